"""The part of the window API the 3-D feature uses (window/api.py), on a bare QMainWindow:
the GL tests build the feature without the whole playground window."""
from __future__ import annotations


class FakeApi:
    """The two window-API calls the feature makes (features/view3d.py documents them)."""

    def __init__(self, window, controller=None):
        from desktop_app.window.api import Appearance

        self.window = window
        self.controller = controller
        self.appearance = Appearance(window)
        self.actions, self.docks = {}, {}

    def add_action(self, id, text, slot, *, shortcuts=(), checkable=False, tip="", menu=None, **where):
        from PySide6 import QtGui

        action = QtGui.QAction(text, self.window)
        action.setShortcuts([QtGui.QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.setToolTip(tip)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.actions[id] = action
        return action

    def add_dock(self, id, title, widget, *, area, **where):
        from PySide6 import QtCore, QtWidgets

        dock = QtWidgets.QDockWidget(title, self.window)
        dock.setObjectName(id)  # the window saves dock layouts by name
        dock.setWidget(widget)
        self.window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.docks[id] = dock
        return dock
