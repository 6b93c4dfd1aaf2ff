"""The Scenarios menu: the 20 lecture scenarios by title, each on its number key
(1..9, 0, Shift+1..Shift+0). Choosing one loads it paused with its caption on the canvas
(Space plays): a lecturer says what will happen before it happens.
"""
from __future__ import annotations

from PySide6 import QtCore, QtGui

from desktop_app.features.base import Feature
from desktop_app.model import scenarios

# Shift+digit arrives as the shifted symbol on most layouts; Qt matches "Shift+1"
# itself on X11/xkb (checked under Xvfb), the US symbol is only the fallback label.


class ScenarioMenu(Feature):
    name = "scenarios"

    def __init__(self, found: list[scenarios.Scenario] | None = None):
        self.found = found
        self.actions: list[QtGui.QAction] = []
        self.current: scenarios.Scenario | None = None

    def install(self, api):
        self.api = api
        self.scenarios = scenarios.load_all() if self.found is None else self.found
        self.menu = api.add_menu("Scenarios", "&Scenarios")
        for sc in self.scenarios:
            self.actions.append(api.add_action(
                f"scenarios.{sc.path.stem}", f"{sc.number}. {_tr(sc.title).replace('&', '&&')}",
                lambda _=False, s=sc: self.load(s), shortcuts=[sc.shortcut] if sc.shortcut else [],
                tip=_tr(sc.claim or sc.setup.caption), menu="Scenarios"))
        self.menu.setToolTipsVisible(True)

    def load(self, sc: scenarios.Scenario) -> bool:
        """Load a scenario (re-read from its file, so a setup edited on disk shows as is)."""
        try:
            setup = scenarios.load(sc.path).setup
        except (OSError, ValueError) as exc:
            self.api.controller.sigStatus.emit(f"{sc.path.name}: {exc}")
            return False
        ok = self.api.controller.load_setup(setup)
        if ok:
            self.current = sc
            self.api.canvas.fit_window()
            self.api.controller.sigStatus.emit(f"Scenario {sc.number}: {_tr(sc.title)}. Space plays.")
        return ok



def _tr(text: str) -> str:
    """A scenario file's text in the user's language (resources/i18n/data_ko.ts)."""
    return QtCore.QCoreApplication.translate("scenario", text)
