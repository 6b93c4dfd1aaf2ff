"""Help menu dialogs: keyboard shortcuts (generated from the window's actions) and About."""
from __future__ import annotations

import platform
import re

import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6 import QtCore, QtGui, QtWidgets

QT_TRANSLATE_NOOP = QtCore.QT_TRANSLATE_NOOP  # by this name: pyside6-lupdate finds the strings
MOUSE = (  # (action, the mouse gesture): the gesture goes in the Shortcut column like a key
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Start every optimizer there"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Left click on the map")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the start point"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag the start marker")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag on the map")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Mouse wheel")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Pin the Hessian probe there (again: follow the cursor)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Right click on the map")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Rewind to that step (Play returns to the live end)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Click on the loss plot")),
)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic: "&Quit" -> "Quit", "끝내기(&Q)" -> "끝내기" (CJK style)."""
    return re.sub(r"\(&[^)]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def action_rows(actions) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        keys = [k.toString(QtGui.QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((plain_text(action.text()), ", ".join(keys)))
    return rows


class ShortcutsDialog(QtWidgets.QDialog):
    """Every action with a shortcut, then the mouse. Both columns are as wide as their longest
    text and the dialog as wide as both, within the screen; on a narrower screen the table
    scrolls sideways: a name is never cut ("Log-spaced ..." at 1280x720, issue 14 item 13)."""

    def __init__(self, actions, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        translated = QtCore.QCoreApplication.translate  # (not "tr": lupdate would take its arguments as a string)
        rows = action_rows(actions) + [(translated("ShortcutsDialog", what), translated("ShortcutsDialog", how))
                                       for what, how in MOUSE]
        self.table = QtWidgets.QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(QtCore.Qt.TextElideMode.ElideNone)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QtWidgets.QTableWidgetItem(what))
            self.table.setItem(r, 1, QtWidgets.QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.setMinimumSize(480, 360)  # explicit: the layout never re-constrains the window
        self.resize(*self._fitting_size(layout))

    def _fitting_size(self, layout) -> tuple[int, int]:
        self.table.resizeColumnsToContents()
        m = layout.contentsMargins()
        frame = 2 * self.table.frameWidth()
        scroll = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        width = sum(self.table.columnWidth(c) for c in range(2)) + frame + scroll + m.left() + m.right() + 8
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QtGui.QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else QtCore.QRect(0, 0, 1280, 720)
        return min(max(width, 560), int(area.width() * 0.95)), min(620, int(area.height() * 0.9))


def about_text() -> str:
    blurb = QtCore.QCoreApplication.translate(
        "About", "Click a start point on a 2-D loss surface, pick optimizers and watch them race "
        "across saddles, plateaus, cliffs and ravines, tuning each one while it runs.")
    return (
        "<h3>Optimizer Playground</h3>"
        f"<p>{blurb}</p>"
        f"<p>Python {platform.python_version()} · PySide6 {PySide6.__version__} · "
        f"Qt {QtCore.qVersion()} · pyqtgraph {pg.__version__} · numpy {np.__version__}</p>"
    )
