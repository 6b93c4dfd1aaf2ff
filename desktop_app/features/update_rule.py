"""The update-rule panel as a dock: a tab beside Settings, listed in View (Ctrl+U), raised
when a scenario loads so the class sees the equations of what races."""
from __future__ import annotations

from PySide6 import QtCore

from desktop_app.features.base import Feature
from desktop_app.widgets.update_rule_panel import UpdateRulePanel


class UpdateRuleFeature(Feature):
    name = "update_rule"

    def install(self, api):
        self.ctrl = api.controller
        self.panel = UpdateRulePanel(api.controller)
        # one tab each: the right column already holds the loss plot
        self.dock = api.add_dock("update_rule", QtCore.QCoreApplication.translate("UpdateRuleFeature", "Update rule"), self.panel, area="right", tabify_with="settings",
                                 toggle_text=QtCore.QCoreApplication.translate("UpdateRuleFeature", "Show &update rule"), shortcuts="Ctrl+U", menu="View",
                                 before="fullscreen")
        api.controller.sigSetupLoaded.connect(self._setup_loaded)
        api.appearance.sigTextScaleChanged.connect(self.panel.apply_fonts)

    def _setup_loaded(self, _setup):
        if not self.dock.isFloating():  # a floating dock is left where the user put it
            self.dock.raise_()

    def shutdown(self):
        self.ctrl.sigSetupLoaded.disconnect(self._setup_loaded)
