"""The desk window (PySide6): the only package, with `checkin.app`, that imports Qt."""
