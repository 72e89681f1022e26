"""The window layer: PySide6 widgets, models and workers. The only package that imports Qt."""
