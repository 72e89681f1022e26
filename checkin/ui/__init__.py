"""The desk window: PySide6 widgets, models and workers (the only package importing Qt)."""
