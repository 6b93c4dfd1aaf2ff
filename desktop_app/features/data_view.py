"""Data surfaces in the window: the data view, the gradient fan and epochs.

- View → Data view (Ctrl+Shift+D): a dock beside the map with the examples and the
  focused lane's model at the step shown (widgets/data_view.py). It opens by itself the
  first time a data surface is shown (unless closed by hand since) and its action is
  disabled off data surfaces.
- Overlays → Gradient fan (Shift+F): every example's gradient at the focused lane's point,
  the minibatch's highlighted, their means bold (plot/gradient_fan.py); saved with the
  other overlays as "gradient_fan".
- View → Loss plot in epochs (Ctrl+Shift+E): the loss plot's x axis counts epochs on data
  surfaces (the race table's Epoch column and the timeline show them anyway).

View state saved with a setup: {"open": bool, "epochs": bool}.
"""
from __future__ import annotations

from PySide6 import QtCore

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.plot.gradient_fan import GradientFanOverlay
from desktop_app.widgets.data_view import DataView

DOCK = "data_view"
FAN = "gradient_fan"
KEYS = ("open", "epochs")


class DataViewFeature(Feature):
    name = "data_view"
    has_view_state = True

    def install(self, api):
        self.api = api
        self.ctrl = ctrl = api.controller
        self.view = DataView(ctrl)
        self.dock = api.add_dock(DOCK, QtCore.QCoreApplication.translate("DataViewFeature", "Data"), self.view, area="right", hidden=True,
                                 toggle_text=QtCore.QCoreApplication.translate("DataViewFeature", "&Data view"), shortcuts="Ctrl+Shift+D", menu="View",
                                 before="fullscreen")
        self.act_open = api.action(f"show_{DOCK}")
        self.act_open.setToolTip(QtCore.QCoreApplication.translate("DataViewFeature", "The data and the focused optimizer's model at the step shown (data surfaces)"))
        self.fan = GradientFanOverlay(api.canvas, ctrl, api.parent)
        has_overlays = api.feature("overlays") is not None
        self.act_fan = api.add_action("data_view.fan", QtCore.QCoreApplication.translate("DataViewFeature", "Gradient &fan (per-example gradients)"), self.fan.set_enabled,
                                      shortcuts="Shift+F", checkable=True, menu="Overlays" if has_overlays else "View",
                                      tip=QtCore.QCoreApplication.translate("DataViewFeature", "Every example's gradient at the focused point, this step's minibatch "
                                          "highlighted, their mean (the full gradient) bold (data surfaces)"))
        self.fan.sigChanged.connect(self._sync_fan)
        if has_overlays:  # scenarios and setups switch it with the overlays
            api.feature("overlays").overlays.register(FAN, self.act_fan.setChecked, self.act_fan.isChecked)
        self.act_epochs = api.add_action("data_view.epochs", QtCore.QCoreApplication.translate("DataViewFeature", "Loss plot in &epochs"), api.loss_plot.set_epochs,
                                         shortcuts="Ctrl+Shift+E", checkable=True, menu="View", before="fullscreen",
                                         tip=QtCore.QCoreApplication.translate("DataViewFeature", "Count epochs instead of steps on the loss plot (data surfaces)"))
        self._closed_by_hand = False
        self._opened_once = False
        self.dock.visibilityChanged.connect(self._visibility)
        ctrl.sigSurfaceChanged.connect(self._surface_changed)
        self._surface_changed()

    def _sync_fan(self, on: bool):
        if self.act_fan.isChecked() != on:
            with QtCore.QSignalBlocker(self.act_fan):
                self.act_fan.setChecked(on)

    def _visibility(self, _visible):
        if self.dock.isHidden() and self.ctrl.is_data and self._opened_once:
            self._closed_by_hand = True

    def _surface_changed(self):
        data = bool(self.ctrl.is_data)
        self.act_open.setEnabled(data)
        self.act_fan.setEnabled(data)
        if data and not self._opened_once and not self._closed_by_hand:
            self.set_open(True)
        elif not data and not self.dock.isHidden():
            with QtCore.QSignalBlocker(self.dock):
                self.dock.hide()
            self._opened_once = False  # back on data: it comes back

    def set_open(self, on: bool):
        on = bool(on) and bool(self.ctrl.is_data)
        if on:
            self._opened_once = True
            self._closed_by_hand = False
        self.dock.setVisible(on)
        if on and not self.dock.isFloating():
            self.dock.raise_()

    @property
    def is_open(self) -> bool:
        return not self.dock.isHidden()

    # -- setups ----------------------------------------------------------------------------
    def view_state(self):
        return {"open": self.is_open, "epochs": self.act_epochs.isChecked()}

    @classmethod
    def check_view_state(cls, state, where):
        if not isinstance(state, dict):
            raise SetupError(where, f"must be an object with some of open, epochs, got {state!r:.60}")
        for key, value in state.items():
            if key not in KEYS:
                raise SetupError(f"{where}.{key:.40}", "unknown key; expected some of epochs, open")
            if not isinstance(value, bool):
                raise SetupError(f"{where}.{key}", f"must be true or false, got {value!r:.60}")

    def restore(self, state, view):
        if not isinstance(state, dict):
            return
        if "epochs" in state:
            self.act_epochs.setChecked(bool(state["epochs"]))
        if "open" in state:
            self.set_open(bool(state["open"]))

    def shutdown(self):
        self.ctrl.sigSurfaceChanged.disconnect(self._surface_changed)
        overlays = self.api.feature("overlays")
        if overlays is not None:
            overlays.overlays.unregister(FAN)
        self.fan.detach()
