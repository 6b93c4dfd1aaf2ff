"""View → 3-D view: the landscape in 3-D in a dock beside the map (plot/view3d.py).

It installs through the window API like every feature (features/registry.py): one action
(View → 3-D view, Ctrl+D) and, the first time the view opens, one dock. The view state
saved with a setup is {"open", "camera", "overlays"}.

Ctrl+D is free (README's shortcut table; digits load scenarios, Shift+letters are overlays).
Without OpenGL (Qt's offscreen platform, no GL driver, no PyOpenGL) the action is disabled
and its tooltip says why; nothing is logged and no GL module is imported.
"""
from __future__ import annotations

from typing import Callable

from PySide6 import QtCore, QtWidgets

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.geometry import scene3d
from desktop_app.plot.gl_check import gl_available

ACTION_ID, DOCK_ID = "view3d.toggle", "view3d"
SHORTCUT = "Ctrl+D"


class View3DFeature(QtCore.QObject, Feature):
    """Owns the 3-D dock: created lazily, synced with the controller by the view itself."""

    name = "view3d"
    has_view_state = True

    def __init__(self, ctrl=None, parent=None, *, lane_colour: Callable[[str], str] | None = None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.lane_colour = lane_colour
        self.api = None
        self.action = None
        self.dock = None
        self.view = None
        self.available, self.reason = False, "not installed"
        self.dark = False
        self.text_scale = 1.0
        self._pending: dict = {}  # state restored before the view exists

    # -- installing --------------------------------------------------------------------
    def install(self, api) -> None:
        self.api = api
        if self.ctrl is None:
            self.ctrl = api.controller
        api.appearance.sigHighContrastChanged.connect(self.set_theme)
        api.appearance.sigTextScaleChanged.connect(self.set_text_scale)
        self.dark, self.text_scale = api.appearance.high_contrast, api.appearance.text_scale
        self.available, self.reason = gl_available()
        tip = (self.tr("The landscape in 3-D beside the map: drag to orbit, wheel to zoom ({key})").format(key=SHORTCUT)
               if self.available else self.reason)
        self.action = api.add_action(ACTION_ID, self.tr("&3-D view"), self.set_open, shortcuts=[SHORTCUT],
                                     checkable=True, tip=tip, menu="View")
        self.action.setEnabled(self.available)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def _colour_of(self, entry) -> str:
        return self.lane_colour(entry.colour) if self.lane_colour is not None else entry.colour

    def _create(self) -> bool:
        if self.view is not None:
            return True
        if not self.available:
            return False
        from desktop_app.plot.view3d import View3D  # imports pyqtgraph.opengl: only now

        self.view = View3D(self.ctrl, colour_of=self._colour_of)
        self.view.setObjectName("view3d")
        self._add_tools(self.view)
        self.view.set_theme(self.dark)
        self.view.set_text_scale(self.text_scale)
        self.dock = self.api.add_dock(DOCK_ID, self.tr("3-D view"), self.view, area="right")
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self._apply_pending()
        return True

    def _add_tools(self, view):
        row = view.tool_row
        self.grad_box = QtWidgets.QCheckBox(self.tr("Gradient"))
        self.grad_box.setToolTip(self.tr("−∇f at the focused optimizer's point, drawn on the surface"))
        self.grad_box.toggled.connect(lambda on: view.set_overlay("gradient", on))
        self.hess_box = QtWidgets.QCheckBox(self.tr("Hessian directions"))
        self.hess_box.setToolTip(self.tr("The Hessian's eigen-directions there: curving up (dark), down (orange)"))
        self.hess_box.toggled.connect(lambda on: view.set_overlay("hessian", on))
        self.png_button = QtWidgets.QPushButton(self.tr("Save PNG…"))
        self.png_button.clicked.connect(self.export_png_dialog)
        for w in (self.grad_box, self.hess_box, self.png_button):
            row.insertWidget(row.count() - 1, w)  # before the stretch

    # -- open / closed -----------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.dock is not None and not self.dock.isHidden()

    def set_open(self, on: bool) -> None:
        on = bool(on) and self._create()
        if self.dock is not None:
            self.dock.setVisible(on)
            if on:
                self.dock.raise_()
        self._sync_action(on)

    def _dock_visibility(self, visible: bool):
        # a tabbed-away dock is not visible either: only a closed (hidden) one unchecks
        self._sync_action(not self.dock.isHidden())

    def _sync_action(self, on: bool):
        if self.action is not None and self.action.isChecked() != on:
            with QtCore.QSignalBlocker(self.action):
                self.action.setChecked(on)

    # -- theme and text --------------------------------------------------------------------------
    def set_theme(self, dark: bool) -> None:
        self.dark = bool(dark)
        if self.view is not None:
            self.view.set_theme(self.dark)

    def set_text_scale(self, k: float) -> None:
        self.text_scale = float(k)
        if self.view is not None:
            self.view.set_text_scale(self.text_scale)

    # -- exports -----------------------------------------------------------------------------
    def export_png(self, path):
        """The 3-D view as shown, as a PNG (raises model.media.MediaError on a bad path)."""
        if self.view is None:
            raise RuntimeError("The 3-D view is not open")
        return self.view.save_png(path)

    def export_png_dialog(self):
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.view, self.tr("Save the 3-D view"), "view3d.png",
                                                        self.tr("PNG image (*.png)"))
        if path:
            from desktop_app.model.media import MediaError

            try:
                self.export_png(path)
            except (MediaError, OSError) as exc:
                QtWidgets.QMessageBox.warning(self.view, self.tr("Save the 3-D view"), str(exc))

    # -- state saved with setups and sessions --------------------------------------------------
    def view_state(self) -> dict:
        """JSON-able: whether it is open, the camera, the 3-D overlays."""
        if self.view is None:
            return {"open": False, **self._pending}
        return {"open": self.is_open, "camera": self.view.camera_state(),
                "overlays": sorted(self.view.overlays_on)}

    @classmethod
    def check_view_state(cls, state, where):
        if not isinstance(state, dict):
            raise SetupError(where, f"must be an object with some of open, camera, overlays, got {state!r:.60}")
        for key in state:
            if key not in ("open", "camera", "overlays"):
                raise SetupError(f"{where}.{key:.40}", "unknown key; expected some of camera, open, overlays")
        if "open" in state and not isinstance(state["open"], bool):
            raise SetupError(f"{where}.open", f"must be true or false, got {state['open']!r:.60}")
        if "camera" in state and scene3d.valid_camera(state["camera"]) is None:
            raise SetupError(f"{where}.camera", "must be {center: [x, y, z], distance > 0, elevation, "
                             f"azimuth, fov in [1, 170]}}, got {state['camera']!r:.60}")
        overlays = state.get("overlays", [])
        if not isinstance(overlays, list) or not set(overlays) <= {"gradient", "hessian"}:
            raise SetupError(f"{where}.overlays", f"must be a list of 'gradient', 'hessian', got {overlays!r:.60}")

    def restore(self, state, view=None) -> None:
        """A setup's view state (checked by check_view_state): camera and overlays now or
        when the view first opens."""
        if not isinstance(state, dict):
            return
        pending = {}
        camera = scene3d.valid_camera(state.get("camera"))
        if camera is not None:
            pending["camera"] = camera
        overlays = state.get("overlays")
        if isinstance(overlays, list):
            pending["overlays"] = [o for o in overlays if o in ("gradient", "hessian")]
        self._pending = pending
        if self.view is not None:
            self._apply_pending()
        if isinstance(state.get("open"), bool) and self.available:
            self.set_open(state["open"])

    def _apply_pending(self):
        pending, self._pending = self._pending, {}
        if "camera" in pending:
            self.view.set_camera_state(pending["camera"])
        if "overlays" in pending:
            self.grad_box.setChecked("gradient" in pending["overlays"])
            self.hess_box.setChecked("hessian" in pending["overlays"])

    def shutdown(self) -> None:
        """The window is closing: let go of the GL view (its context dies with the window)."""
        if self.view is not None:
            self.view.dispose()
            self.view.close()
            self.view.deleteLater()
            self.view = None
