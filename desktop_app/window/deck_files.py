"""File → Open deck, Open recent deck, Save deck, Save deck as, Export deck report (CSV).

A deck file is opened all or nothing, as a setup is: every slide's setup is checked with
the window's rules before anything changes, and a bad value gets one non-modal message
naming its JSON path (``slides[3].question.answer.first_below: ...``) while the window
stays exactly as it was. The deck mode itself (slides, clicker, questions) is the "deck"
feature (features/deck); this is only its files.
"""
from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from engine.setup import SetupError

from desktop_app.model import deck as deck_mod
from desktop_app.model.media import replacing
from desktop_app.window.export_dialogs import message_dialog
from desktop_app.window.recent_files import RecentFiles

RECENT_KEY = "files/recent_decks"
FILTER = "Optimizer Playground deck (*.json);;All files (*)"
CSV_FILTER = "CSV report (*.csv);;All files (*)"


class UnsavedQuestion(QtWidgets.QDialog):
    """Save / Discard / Cancel, window-modal without blocking the event loop (a QMessageBox
    re-fixes its size as it shows, which Qt's offscreen platform warns about)."""

    def __init__(self, parent, text: str):
        super().__init__(parent)
        self.setObjectName("unsaved_deck")
        self.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QtWidgets.QLabel()
        icon.setPixmap(self.style().standardIcon(
            QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.label = QtWidgets.QLabel(text)
        self.label.setWordWrap(True)
        Btn = QtWidgets.QDialogButtonBox.StandardButton
        self.buttons = QtWidgets.QDialogButtonBox(Btn.Save | Btn.Discard | Btn.Cancel)
        self.buttons.button(Btn.Save).setDefault(True)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(420, 160)

    def text(self) -> str:
        return self.label.text()

    def button(self, which) -> QtWidgets.QPushButton:
        return self.buttons.button(which)


class DeckFiles(QtCore.QObject):
    def __init__(self, window, feature):
        super().__init__(window)
        self.window, self.feature = window, feature
        self.message = None
        api = window.api.for_owner("deck_files")
        tr = self.tr
        a = api.add_action
        self.act_open = a("file.open_deck", tr("Open &deck…"), self.open_dialog,
                          tip=tr("A lecture: slides of setups with captions, notes and questions"))
        self.recent = RecentFiles(window.settings, window, key=RECENT_KEY, title=tr("Open recent dec&k"))
        self.recent.sigOpen.connect(lambda path: self.confirm_discard(lambda: self.open_path(path)))
        self.act_save = a("file.save_deck", tr("Save dec&k"), self.save)
        self.act_save_as = a("file.save_deck_as", tr("Save deck a&s…"), self.save_as_dialog)
        self.act_report = a("file.deck_report", tr("Export deck &report (CSV)…"), self.report_dialog,
                            tip=tr("Each question of the deck, its answer rule and the hands typed for each choice"))
        for entry in (self.act_open, self.recent.menu, self.act_save, self.act_save_as, self.act_report, None):
            api.add_menu_entry("File", entry, before="quit")
        feature.set_discard_guard(self.confirm_discard)
        self.ask = None  # the Save / Discard / Cancel question while it is open
        feature.sigDeckChanged.connect(self._sync)
        feature.sigDirtyChanged.connect(lambda _d: self._sync())
        self._sync()

    def _sync(self):
        has = self.feature.deck is not None
        for act in (self.act_save, self.act_save_as):
            act.setEnabled(has)
        deck = self.feature.deck
        self.act_report.setEnabled(has and any(s.question is not None for s in deck.slides))

    def _folder(self) -> str:
        return self.window.files.folder()

    def _show_message(self, title: str, text: str):
        if self.message is None:
            self.message = message_dialog(self.window)
        self.message.setWindowTitle(title)
        self.message.setText(text)
        self.message.show()

    # -- unsaved edits -----------------------------------------------------------------
    def unsaved(self) -> bool:
        """An open deck has edits that are not in its file."""
        return self.feature.deck is not None and self.feature.dirty

    def confirm_discard(self, proceed) -> bool:
        """Call ``proceed`` once the deck's unsaved edits are saved or knowingly discarded.

        Without unsaved edits it runs at once (and False is returned). Otherwise the lecturer
        is asked Save / Discard / Cancel in a window-modal question that does not block the
        event loop (True is returned: ``proceed`` runs later, or never on Cancel or a failed
        save)."""
        if not self.unsaved():
            proceed()
            return False
        if self.ask is not None:
            self.ask.close()
        name = self.feature.path.name if self.feature.path is not None else (self.feature.deck.title or self.tr("The deck"))
        box = UnsavedQuestion(self.window, self.tr("{0} has changes that are not saved.\n\nSave them before going on?")
                              .format(name))
        box.setWindowTitle(self.tr("Unsaved deck"))
        Btn = QtWidgets.QDialogButtonBox.StandardButton

        def answered(button):
            self.ask = None
            role = box.buttons.standardButton(button)
            box.close()
            if role == Btn.Save:
                if not self.save():
                    return  # the save was cancelled or failed (its message says why): keep the deck
            elif role != Btn.Discard:
                return
            self.feature.discard_edits()
            proceed()

        box.buttons.clicked.connect(answered)
        box.finished.connect(lambda _result: self._asked(box))  # Esc or the title bar: Cancel
        self.ask = box
        box.open()
        return True

    def _asked(self, box):
        if self.ask is box:
            self.ask = None

    # -- open --------------------------------------------------------------------------
    def open_dialog(self):
        if self.confirm_discard(self._open_dialog):
            return

    def _open_dialog(self):
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, self.tr("Open deck"), self._folder(), FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path, slide: int = 0) -> bool:
        """Open a deck file (or "builtin") at ``slide`` (0-based); False, with a message
        naming where and the window unchanged, if it is not a good one."""
        builtin = str(path) == deck_mod.BUILTIN
        if not builtin and not Path(path).exists():
            self.recent.remove(path)
            self._show_message(self.tr("Could not open deck"),
                               self.tr("{0}\n\nThe file no longer exists.").format(path))
            return False
        try:
            deck = self.feature.read(path)
        except SetupError as err:
            where = self.tr("at {0}: ").format(err.where) if err.where else ""
            self._show_message(self.tr("Could not open deck"),
                               self.tr("{0} is not a deck this program can open.\n\n{1}{2}\n\nNothing was changed.")
                               .format(Path(str(path)).name, where, err.message))
            return False
        ok = self.feature.open(deck, None if builtin else Path(path), slide)
        if not builtin:
            self.recent.add(path)
            self.window.settings.setValue("files/folder", str(Path(path).resolve().parent))
        return ok

    # -- save --------------------------------------------------------------------------
    def save(self) -> bool:
        path = self.feature.path
        return self.save_to(path) if path is not None else self.save_as_dialog()

    def save_as_dialog(self) -> bool:
        if self.feature.deck is None:
            return False
        start = str(self.feature.path or Path(self._folder()) / "lecture.json")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, self.tr("Save deck"), start, FILTER)
        if not path:
            return False
        path = Path(path)
        return self.save_to(path if path.suffix else path.with_suffix(".json"))

    def save_to(self, path) -> bool:
        deck = self.feature.deck
        if deck is None:
            return False
        path = Path(path)
        if not self._write(path, ".json", deck.to_json() + "\n", self.tr("Could not save deck")):
            return False
        self.feature.saved(path)
        self.recent.add(path)
        self.window.statusBar().showMessage(self.tr("Saved deck {0}").format(path), 8000)
        return True

    def _write(self, path: Path, suffix: str, text: str, failure: str) -> bool:
        """``text`` into ``path`` whole or not at all; a failure is shown, titled ``failure``."""
        try:
            with replacing(path, suffix) as tmp:
                tmp.write_text(text, encoding="utf-8")
        except OSError as err:
            self._show_message(failure, f"{path}\n\n{err.strerror or err}")
            return False
        return True

    # -- the report --------------------------------------------------------------------
    def report_dialog(self) -> bool:
        if self.feature.deck is None:
            return False
        stem = self.feature.path.stem if self.feature.path is not None else "deck"
        start = str(Path(self._folder()) / f"{stem}-report.csv")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, self.tr("Export deck report"), start,
                                                        CSV_FILTER)
        return self.write_report(path) if path else False

    def write_report(self, path) -> bool:
        deck = self.feature.deck
        if deck is None:
            return False
        path = Path(path)
        if not self._write(path, ".csv", deck.report_csv(), self.tr("Could not write the report")):
            return False
        self.window.statusBar().showMessage(self.tr("Wrote the deck's report {0}").format(path), 8000)
        return True
