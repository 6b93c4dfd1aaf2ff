"""File → Open Recent: the last few setup files, newest first, kept in QSettings.

Stored as JSON text (an ini file turns a one-item list into a string); a damaged value
reads as an empty list. A file that has gone is dropped when chosen, with a message.

    recent = RecentFiles(settings)
    menu.addMenu(recent.menu)
    recent.sigOpen.connect(open_path)
    recent.add("/home/me/lecture3.json")
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from desktop_app.model.settings import note_damaged

KEY = "files/recent"
MAX_FILES = 10


class RecentFiles(QtCore.QObject):
    sigOpen = QtCore.Signal(str)

    def __init__(self, settings: QtCore.QSettings, parent: QtWidgets.QWidget | None = None, *,
                 key: str = KEY, title: str | None = None):
        """``key``/``title``: another list (the recent decks) in the same settings."""
        super().__init__(parent)
        self.settings = settings
        self.key = key
        self.menu = QtWidgets.QMenu(title or self.tr("Open &Recent"), parent)  # owned by the window, deleted with it
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def paths(self) -> list[str]:
        try:
            value = json.loads(str(self.settings.value(self.key, "[]")))
        except (ValueError, RecursionError):  # RecursionError: nested 100,000 deep
            value = None
        if not isinstance(value, list):
            if self.settings.contains(self.key):  # the window says so once at start, and removes it
                note_damaged(self.settings, self.key, self.settings.value(self.key))
            return []
        return [p for p in value if isinstance(p, str) and p][:MAX_FILES]

    def _store(self, paths: list[str]) -> None:
        self.settings.setValue(self.key, json.dumps(paths[:MAX_FILES]))
        self.rebuild()

    def add(self, path) -> None:
        path = str(Path(path).resolve())
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path) -> None:
        self._store([p for p in self.paths() if p != str(path)])

    def clear(self) -> None:
        self._store([])

    def rebuild(self) -> None:
        self.menu.clear()
        paths = self.paths()
        for i, path in enumerate(paths, 1):
            name = Path(path).name.replace("&", "&&")
            action = self.menu.addAction(f"&{i % 10}  {name}" if i <= 10 else name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.sigOpen.emit(p))
        if paths:
            self.menu.addSeparator()
        clear = self.menu.addAction(self.tr("&Clear list"), self.clear)
        clear.setEnabled(bool(paths))
        self.menu.setEnabled(True)
