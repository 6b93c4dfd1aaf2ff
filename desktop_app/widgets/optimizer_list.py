"""Every engine optimizer with a checkbox and its colour; duplicates race each other.

Tick to race, select a row to tune it (the parameter panel follows the selection),
"Add instance" duplicates the selected optimizer with its current settings.
"""
from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from desktop_app.widgets.swatch import swatch

KEY_ROLE = QtCore.Qt.ItemDataRole.UserRole


def summary(entry) -> str:
    """A short reminder of what tells duplicates apart (their learning rate)."""
    lr = entry.optimizer.hyperparams.get("lr")
    label = QtCore.QCoreApplication.translate("scenario", entry.label)  # a scenario's lane label in the user's language
    return f"{label}   (lr {lr:g})" if lr is not None else label


class OptimizerList(QtWidgets.QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.list = QtWidgets.QListWidget()
        self.list.setIconSize(QtCore.QSize(16, 16))
        self.list.setUniformItemSizes(True)
        # long labels are elided ("Coordinate descent (lr 0…"), not scrolled sideways
        self.list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        self.add_button = QtWidgets.QPushButton("Add instance")
        self.add_button.setToolTip("Race another copy of the selected optimizer, with its current settings")
        self.remove_button = QtWidgets.QPushButton("Remove")
        self.remove_button.setToolTip("Remove the selected added instance")
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._quiet = False
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        controller.sigLanesChanged.connect(self.rebuild)
        controller.sigFocusChanged.connect(self._show_focus)
        controller.sigHyperparamsChanged.connect(self._relabel)
        self.rebuild()

    def item_for(self, key) -> QtWidgets.QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                return self.list.item(i)
        return None

    def rebuild(self):
        self._quiet = True
        try:
            self.list.clear()
            for entry in self.ctrl.entries:
                item = QtWidgets.QListWidgetItem(swatch(entry.colour), summary(entry))
                item.setData(KEY_ROLE, entry.key)
                item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(QtCore.Qt.CheckState.Checked if entry.checked else QtCore.Qt.CheckState.Unchecked)
                item.setToolTip(f"{entry.title}: tick to race, select to tune")
                self.list.addItem(item)
        finally:
            self._quiet = False
        self._show_focus()

    def _show_focus(self):
        focused = self.ctrl.focused
        self._quiet = True
        try:
            item = self.item_for(focused.key) if focused else None
            self.list.setCurrentItem(item)
        finally:
            self._quiet = False
        self.remove_button.setEnabled(bool(focused) and self.ctrl.can_remove(focused.key))
        self.add_button.setEnabled(focused is not None)

    def _relabel(self, key):
        item = self.item_for(key)
        if item is not None:
            self._quiet = True
            item.setText(summary(self.ctrl.entry(key)))
            self._quiet = False

    def _item_changed(self, item):
        if self._quiet:
            return
        checked = item.checkState() == QtCore.Qt.CheckState.Checked
        self.ctrl.set_checked(item.data(KEY_ROLE), checked)

    def _current_changed(self, current, _previous):
        if self._quiet or current is None:
            return
        self.ctrl.set_focus(current.data(KEY_ROLE))

    def _add(self):
        if self.ctrl.focused is not None:
            self.ctrl.add_instance(self.ctrl.focused.key)

    def _remove(self):
        if self.ctrl.focused is not None:
            self.ctrl.remove_instance(self.ctrl.focused.key)
