"""Small window-manager helpers shared by the dialogs."""
from __future__ import annotations

from PySide6 import QtGui, QtWidgets

# Platforms without a window manager: raise() only logs "This plugin does not support raise()".
_HEADLESS = ("offscreen", "minimal")


def bring_to_front(widget: QtWidgets.QWidget) -> None:
    """Raise and activate a window, where the platform can (not offscreen, as in tests and renders)."""
    if QtGui.QGuiApplication.platformName() in _HEADLESS:
        return
    widget.raise_()
    if widget.isWindow():
        widget.activateWindow()
