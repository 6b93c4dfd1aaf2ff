"""The Scenarios menu: the 20 lecture scenarios by title, each on its number key
(1..9, 0, Shift+1..Shift+0). Choosing one loads it paused with its caption on the canvas
(Space plays): a lecturer says what will happen before it happens.
"""
from __future__ import annotations

from PySide6 import QtGui, QtWidgets

from desktop_app.model import scenarios

# Shift+digit arrives as the shifted symbol on most layouts; Qt matches "Shift+1"
# itself on X11/xkb (checked under Xvfb), the US symbol is only the fallback label.


class ScenarioMenu:
    def __init__(self, window, found: list[scenarios.Scenario] | None = None):
        self.window = window
        self.scenarios = scenarios.load_all() if found is None else found
        self.menu = QtWidgets.QMenu("&Scenarios", window)
        self.actions: list[QtGui.QAction] = []
        self.current: scenarios.Scenario | None = None
        for sc in self.scenarios:
            keys = [sc.shortcut] if sc.shortcut else []
            tip = sc.claim or sc.setup.caption
            act = window._action(f"{sc.number}. {sc.title.replace('&', '&&')}", lambda _=False, s=sc: self.load(s),
                                 keys, tip=tip)
            self.menu.addAction(act)
            self.actions.append(act)
        self.menu.setToolTipsVisible(True)

    def load(self, sc: scenarios.Scenario) -> bool:
        """Load a scenario (re-read from its file, so a setup edited on disk shows as is)."""
        try:
            setup = scenarios.load(sc.path).setup
        except (OSError, ValueError) as exc:
            self.window.ctrl.sigStatus.emit(f"{sc.path.name}: {exc}")
            return False
        ok = self.window.ctrl.load_setup(setup)
        if ok:
            self.current = sc
            self.window.canvas.fit_window()
            self.window.ctrl.sigStatus.emit(f"Scenario {sc.number}: {sc.title}. Space plays.")
        return ok


def install(window) -> ScenarioMenu:
    sm = ScenarioMenu(window)
    window.menuBar().insertMenu(window.menu_help.menuAction(), sm.menu)
    window.scenario_menu = sm
    return sm
