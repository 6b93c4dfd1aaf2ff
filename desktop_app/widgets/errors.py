"""The last line of defence: an exception inside a Qt slot must not kill the app silently,
nor open one dialog per animation frame.

``ErrorReporter.install()`` replaces sys.excepthook: the traceback is logged (in full the
first time a given error is seen), and ONE non-modal message box says what happened and
counts repeats. The timer keeps running; the lecture goes on.
"""
from __future__ import annotations

import logging
import sys
import traceback

from PySide6 import QtCore, QtWidgets

log = logging.getLogger("optimizer_playground")


class ErrorReporter(QtCore.QObject):
    def __init__(self, parent_widget: QtWidgets.QWidget | None = None):
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.count = 0
        self.seen: set[str] = set()
        self.box: ErrorDialog | None = None
        self._previous = None

    def install(self):
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        return self

    def uninstall(self):
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            QtWidgets.QApplication.quit()
            return
        self.count += 1
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        if text not in self.seen:
            self.seen.add(text)
            log.error("Unexpected error (the app keeps running):\n%s", text)
        else:
            log.error("Unexpected error again (%d so far): %s: %s", self.count, exc_type.__name__, exc)
        self._show(f"{exc_type.__name__}: {exc}")

    def _show(self, summary: str):
        if self.box is None:
            self.box = ErrorDialog(self.parent_widget)
        repeats = "\n\n" + self.tr("(This has happened {0} times.)").format(self.count) if self.count > 1 else ""
        self.box.setText(self.tr("Something went wrong, but the playground keeps running.\n\n"
                                 "{0}{1}\n\nThe full traceback was printed to the terminal.").format(summary, repeats))
        if not self.box.isVisible():
            self.box.show()


class ErrorDialog(QtWidgets.QDialog):
    """A non-modal message (QMessageBox re-fixes its size on every update; this one keeps
    a stable size while the repeat count changes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Optimizer Playground: unexpected error"))
        self.setModal(False)
        self.setWindowModality(QtCore.Qt.WindowModality.NonModal)
        icon = QtWidgets.QLabel()
        icon.setPixmap(self.style().standardIcon(
            QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.label = QtWidgets.QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(460, 220)

    def setText(self, text: str):
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()
