"""View → Language: English or 한국어 (Korean), remembered in the settings.

Qt translates a text when a widget is made, so the choice applies at the next start: the
feature remembers it and offers to restart now (a non-modal box: nothing blocks the race).
The menu names each language in that language, so it can be found in either. Until a
language is chosen the app follows the system locale (``--lang`` overrides both).
"""
from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.features.base import Feature
from desktop_app.model import i18n


class LanguageFeature(Feature):
    name = "language"

    def __init__(self):
        self.actions: dict[str, QtGui.QAction] = {}
        self.box: QtWidgets.QMessageBox | None = None

    def install(self, api):
        self.api = api
        menu = api.add_menu("View/Language", QtCore.QCoreApplication.translate("LanguageFeature", "&Language"))
        api.add_menu_entry("View", None, before=menu.menuAction())
        group = QtGui.QActionGroup(menu)
        current = i18n.current()
        for code, own_name in i18n.LANGUAGES.items():
            act = api.add_action(f"language.{code}", own_name, lambda on, c=code: on and self.choose(c),
                                 checkable=True, menu="View/Language")
            with QtCore.QSignalBlocker(act):  # showing the language running is not choosing it
                act.setChecked(code == current)
            group.addAction(act)
            self.actions[code] = act

    def choose(self, code: str) -> None:
        """Remember ``code``; when it is not the language running, offer to restart in it."""
        self.api.settings.setValue(i18n.SETTINGS_KEY, code)
        if code == i18n.current():
            self.close_box()  # back to the language running: nothing to restart
            return
        name = i18n.LANGUAGES[code]
        self.api.status(QtCore.QCoreApplication.translate("LanguageFeature", "The language changes to {0} at the next start").format(name))
        self.close_box()
        box = QtWidgets.QDialog(self.api.parent)  # not a QMessageBox: it re-fixes its size (offscreen warns)
        box.setWindowTitle(QtCore.QCoreApplication.translate("LanguageFeature", "Language"))
        text = QtWidgets.QLabel(QtCore.QCoreApplication.translate(
            "LanguageFeature", "The program will be in {0} from its next start.\n\n"
            "Restart now? (The current setup comes back.)").format(name))
        text.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox()
        restart = buttons.addButton(QtCore.QCoreApplication.translate("LanguageFeature", "Restart now"),
                                    QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtCore.QCoreApplication.translate("LanguageFeature", "Later"),
                          QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(lambda: self.restart(code))
        buttons.rejected.connect(self.close_box)
        layout = QtWidgets.QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(buttons)
        box.setModal(False)
        box.setMinimumSize(460, 170)  # explicit: the layout never re-constrains the window (offscreen warns)
        box.resize(480, 180)
        box.show()
        self.restart_button = restart
        self.box = box

    def restart(self, code: str) -> None:
        """Close the window (its settings and setup saved: the setup comes back) and start
        the program again in ``code``."""
        window = self.api.parent
        if not window.close():
            return
        if not QtCore.QProcess.startDetached(sys.executable, ["-m", "desktop_app", "--lang", code]):
            print(QtCore.QCoreApplication.translate("LanguageFeature", "Could not restart: please start the program again"), file=sys.stderr)

    def close_box(self):
        if self.box is not None:
            self.box.close()
            self.box.deleteLater()
            self.box = None

    def shutdown(self):
        self.close_box()
