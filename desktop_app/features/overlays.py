"""The Overlays menu: one checkable, shortcut-bearing action per overlay of
plot/overlays.py (which draws them), and the overlays shown saved with a setup."""
from __future__ import annotations

from PySide6 import QtCore, QtGui

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.plot.overlays import NAMES, OVERLAYS, Overlays  # noqa: F401  (NAMES: the overlays' names)


class OverlaysFeature(Feature):
    """The Overlays menu (before Help), one checkable, shortcut-bearing action each; the
    overlays shown are saved as setup.view.overlays (a list of names)."""

    name = "overlays"
    has_view_state = True

    def install(self, api):
        self.overlays = overlays = Overlays(api.canvas, api.controller, api.parent)
        api.add_menu("Overlays", QtCore.QCoreApplication.translate("OverlaysFeature", "&Overlays"))
        self.actions: dict[str, QtGui.QAction] = {}
        for name, text, key in OVERLAYS:
            self.actions[name] = api.add_action(f"overlays.{name}", QtCore.QCoreApplication.translate("Overlays", text), lambda on, n=name: overlays.set_enabled(n, on),
                                                shortcuts=key, checkable=True, menu="Overlays")
        api.add_menu_entry("Overlays", None)
        api.add_action("overlays.hide_all", QtCore.QCoreApplication.translate("OverlaysFeature", "&Hide all overlays"), lambda: overlays.set_only([]), shortcuts="Shift+X",
                       menu="Overlays")
        overlays.sigChanged.connect(self._sync)
        api.appearance.sigHighContrastChanged.connect(overlays.set_high_contrast)
        if api.appearance.high_contrast:
            overlays.set_high_contrast(True)

    def _sync(self):
        for name, act in self.actions.items():
            with QtCore.QSignalBlocker(act):
                act.setChecked(name in self.overlays.enabled)

    def view_state(self) -> list[str]:
        return [str(n) for n in self.overlays.names_on()]

    @classmethod
    def check_view_state(cls, state, where):
        if not isinstance(state, list) or not all(isinstance(n, str) and len(n) <= 100 for n in state):
            raise SetupError(where, f"must be a list of overlay names, got {state!r}")

    def restore(self, state, view):
        if state is not None:
            self.overlays.set_only(list(state))
