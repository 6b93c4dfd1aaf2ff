"""The File menu: New, Open, Open Recent, Save, Save As, the exports, and the setup that
comes back at the next start.

A setup file is opened all or nothing: a malformed, truncated, future-version or
out-of-range file gets one non-modal message saying what is wrong and where
(``optimizers[1].hyperparams.lr: ...``) and the window stays exactly as it was.
On close the window's setup is stored in QSettings (``session/last_setup``, as the setup
JSON); at start it is checked like a file, and a broken stored value is reported in the
status bar and ignored. ``--clean`` on the command line, or File → New, starts clean.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from engine.setup import Setup, SetupError

from desktop_app.model.media import replacing
from desktop_app.widgets.errors import ErrorDialog
from desktop_app.window import setup_io
from desktop_app.window.export_dialogs import ExportActions, message_dialog
from desktop_app.window.recent_files import RecentFiles

LAST_SETUP_KEY = "session/last_setup"
LAST_PATH_KEY = "session/last_path"
FOLDER_KEY = "files/folder"
FILTER = QtCore.QT_TRANSLATE_NOOP("FileMenu", "Optimizer Playground setup (*.json);;All files (*)")
APP_TITLE = "Optimizer Playground"
log = logging.getLogger("optimizer_playground")


class FileMenu(QtCore.QObject):
    """Owns the document (the file the window's setup came from, if any)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.path: Path | None = None
        self.base: Setup | None = None  # the setup last opened: its title, caption, extra view keys
        self.message: ErrorDialog | None = None
        self._loading = False
        a = window.api.add_action
        self.act_new = a("file.new", self.tr("&New (start clean)"), self.new, shortcuts=QtGui.QKeySequence.StandardKey.New,
                         tip=self.tr("The default surface and optimizers, nothing from before"))
        self.act_open = a("file.open", self.tr("&Open setup…"), self.open_dialog, shortcuts=QtGui.QKeySequence.StandardKey.Open)
        self.act_save = a("file.save", self.tr("&Save setup"), self.save, shortcuts=QtGui.QKeySequence.StandardKey.Save,
                          tip=self.tr("Save surface, optimizers, start point and view to a JSON file"))
        # explicit: StandardKey.SaveAs is empty on Windows and under some desktop themes
        self.act_save_as = a("file.save_as", self.tr("Save setup &as…"), self.save_as_dialog, shortcuts="Ctrl+Shift+S")
        self.recent = RecentFiles(self.settings, window)
        self.recent.sigOpen.connect(self.open_path)
        self.exports = ExportActions(window, folder=self.folder)
        window.ctrl.sigSetupLoaded.connect(self._setup_loaded)

    def install(self, menu: QtWidgets.QMenu, before: QtGui.QAction | None = None):
        """Put the actions into ``menu`` above ``before`` (Quit)."""
        items = [self.act_new, self.act_open, self.recent.menu, None, self.act_save, self.act_save_as, None,
                 *self.exports.actions, None]
        for item in items:
            if item is None:
                menu.insertSeparator(before) if before is not None else menu.addSeparator()
            elif isinstance(item, QtWidgets.QMenu):
                menu.insertMenu(before, item) if before is not None else menu.addMenu(item)
            else:
                menu.insertAction(before, item) if before is not None else menu.addAction(item)

    # -- helpers ------------------------------------------------------------------------------
    def folder(self) -> str:
        folder = str(self.settings.value(FOLDER_KEY, "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember_folder(self, path: Path):
        self.settings.setValue(FOLDER_KEY, str(path.parent))

    def _set_document(self, path: Path | None, base: Setup | None):
        self.path, self.base = path, base
        self.window.setWindowTitle(f"{path.name} – {APP_TITLE}" if path is not None else APP_TITLE)

    def _show_message(self, title: str, text: str):
        """One non-modal message at a time (the lecture goes on behind it)."""
        if self.message is None:
            self.message = message_dialog(self.window)
        self.message.setWindowTitle(title)
        self.message.setText(text)
        self.message.show()

    def _status(self, text: str):
        self.window.statusBar().showMessage(text, 8000)

    def _setup_loaded(self, setup):
        """A setup loaded from elsewhere (a scenario) is not this file: Save must not overwrite it."""
        if not self._loading:
            self.path, self.base = None, setup
            if self.window.windowTitle().endswith(f"– {APP_TITLE}"):
                self.window.setWindowTitle(APP_TITLE)

    def _apply(self, setup: Setup):
        self._loading = True
        try:
            setup_io.apply(self.window, setup)
        finally:
            self._loading = False

    # -- New / Open ---------------------------------------------------------------------------
    def new(self):
        self._apply(setup_io.default_setup())
        self._set_document(None, None)
        self._status(self.tr("New setup: the defaults"))

    def open_dialog(self):
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, self.tr("Open setup"), self.folder(), self.tr(FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path) -> bool:
        """Open a setup file; False (a message, the window unchanged) if it is not a good one."""
        path = Path(path)
        if not path.exists():
            self.recent.remove(path)
            self._show_message(self.tr("Could not open setup"), self.tr("{0}\n\nThe file no longer exists.").format(path))
            return False
        try:
            setup = setup_io.read_setup_file(path, self.window.features)
        except SetupError as err:
            where = self.tr("at {0}: ").format(err.where) if err.where else ""
            self._show_message(self.tr("Could not open setup"),
                               self.tr("{0} is not a setup this program can open.\n\n{1}{2}\n\n"
                                       "Nothing was changed.").format(path.name, where, err.message))
            return False
        self._apply(setup)
        self._set_document(path, setup)
        self.recent.add(path)
        self._remember_folder(path)
        self._status(self.tr("Opened {0}").format(path))
        return True

    # -- Save ---------------------------------------------------------------------------------
    def capture(self) -> Setup:
        return setup_io.capture(self.window, self.base)

    def save(self) -> bool:
        return self.save_to(self.path) if self.path is not None else self.save_as_dialog()

    def save_as_dialog(self) -> bool:
        start = str(self.path or Path(self.folder()) / "race.json")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, self.tr("Save setup"), start, self.tr(FILTER))
        if not path:
            return False
        path = Path(path)
        return self.save_to(path if path.suffix else path.with_suffix(".json"))

    def save_to(self, path) -> bool:
        path = Path(path)
        setup = self.capture()
        try:
            with replacing(path, ".json") as tmp:
                tmp.write_text(setup.to_json() + "\n", encoding="utf-8")
        except OSError as err:
            self._show_message(self.tr("Could not save setup"), f"{path}\n\n{err.strerror or err}")
            return False
        self._set_document(path, setup)
        self.recent.add(path)
        self._remember_folder(path)
        self._status(self.tr("Saved {0}").format(path))
        return True

    # -- the next start -----------------------------------------------------------------------
    def remember_last(self):
        """Store the setup for the next start (called when the window closes)."""
        try:
            self.settings.setValue(LAST_SETUP_KEY, self.capture().to_json())
            self.settings.setValue(LAST_PATH_KEY, str(self.path) if self.path else "")
        except Exception:  # closing must never fail because of this
            log.exception("Could not store the setup for the next start")

    def restore_last(self) -> bool:
        """Bring back the last session's setup; a broken stored value is reported and ignored."""
        text = self.settings.value(LAST_SETUP_KEY)
        if not text:
            return False
        try:
            setup = setup_io.read_setup(str(text), self.window.features)
            self._apply(setup)
        except SetupError as err:
            log.warning("The last session's setup was not restored: %.300s", err)
            self._status(self.tr("The last session's setup was not restored ({0}); starting clean").format(err))
            return False
        except Exception as exc:  # never let a stored value stop the app from starting
            log.exception("Could not restore the last setup")
            self._status(self.tr("The last session's setup was not restored ({0}); starting clean").format(type(exc).__name__))
            return False
        path = str(self.settings.value(LAST_PATH_KEY, "") or "")
        self._set_document(Path(path) if path and Path(path).exists() else None, setup)
        self._status(self.tr("The last session's setup is back (File → New starts clean)"))
        return True
