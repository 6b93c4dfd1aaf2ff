"""View → 3-D view: the landscape in 3-D in a dock beside the map (plot/view3d.py).

It installs through the window API like every feature (features/registry.py): View → 3-D
view (Ctrl+D), View → 3-D view in place of the map (Shift+F10: canvas-only mode with the
3-D view filling the window; it follows the presenter's canvas-only mode through the
window's appearance), File → Export 3-D view (PNG) and, the first time the view opens,
one dock. GIF/MP4 of the race in 3-D are recorded by File → Export GIF/MP4 (the window's
record dialog offers the 3-D view, from its camera). The view state saved with a setup is
{"open", "camera", "overlays"}.

Ctrl+D is free (README's shortcut table; digits load scenarios, Shift+letters are overlays).
Without OpenGL (Qt's offscreen platform, no GL driver, no PyOpenGL) the action is disabled
and its tooltip says why; nothing is logged and no GL module is imported. On a display the
context is tried (gl_check.py) when the view is first asked for, or 1.5 s after start-up,
not before the window's first paint.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6 import QtCore, QtWidgets

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.geometry import scene3d
from desktop_app.plot.gl_check import gl_available, known_answer

ACTION_ID, DOCK_ID, PNG_ACTION_ID = "view3d.toggle", "view3d", "view3d.export_png"
REPLACE_ID, CANVAS_ONLY_ID = "view3d.replace_map", "presenter.canvas_only"
SHORTCUT, REPLACE_SHORTCUT = "Ctrl+D", "Shift+F10"
DOCK_SHARE = (0.4, 0.6)
PROBE_DELAY_MS = 1500  # after start-up: the first paint is not kept waiting for a GL context  # of the window's width and height, when the dock first opens


class View3DFeature(QtCore.QObject, Feature):
    """Owns the 3-D dock: created lazily, synced with the controller by the view itself."""

    name = "view3d"
    has_view_state = True

    def __init__(self, ctrl=None, parent=None, *, lane_colour: Callable[[str], str] | None = None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.lane_colour = lane_colour
        self.api = None
        self.action = self.act_png = self.act_replace = None
        self.dock = None
        self.replacing = False  # the 3-D view fills the window in canvas-only mode
        self._entered_canvas_only = False  # canvas-only was switched on for the replacement
        self._was_open = False  # the dock's state before the replacement
        self._took_over = False  # the map is hidden and the dock fills the window
        self.view = None
        self.available, self.reason = False, "not installed"
        self._probed = True  # (no probe pending)
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
        self.action = api.add_action(ACTION_ID, self.tr("&3-D view"), self.set_open, shortcuts=[SHORTCUT],
                                     checkable=True, menu="View")
        self.act_replace = api.add_action(REPLACE_ID, self.tr("3-D view in place of the &map (canvas only)"),
                                          self.set_replacing, shortcuts=[REPLACE_SHORTCUT], checkable=True,
                                          menu="View")
        api.appearance.sigCanvasOnlyChanged.connect(self._canvas_only_changed)
        self.act_png = api.add_action(PNG_ACTION_ID, self.tr("Export &3-D view (PNG)…"), self.export_png_dialog,
                                      menu="File", after="file.export_mp4")
        known = known_answer()
        if known is not None:  # no display, no PyOpenGL: said at once, nothing loaded
            self._set_available(*known)
        else:  # a display: making a GL context costs ~120 ms under Mesa, so not before the window shows
            self._set_available(True, "")
            self._probed = False
            QtCore.QTimer.singleShot(PROBE_DELAY_MS, self, self.probe)

    def probe(self) -> tuple[bool, str]:
        """Can a GL context be made here? Asked once, when first needed or soon after start-up;
        the actions are disabled with the reason if not."""
        if not self._probed:
            self._probed = True
            self._set_available(*gl_available())
        return self.available, self.reason

    def _set_available(self, ok: bool, reason: str):
        self.available, self.reason = bool(ok), reason
        tips = {self.action: self.tr("The landscape in 3-D beside the map: drag to orbit, wheel to zoom ({key})")
                .format(key=SHORTCUT),
                self.act_replace: self.tr("Canvas only with the 3-D view in place of the map ({key}; F10 is the map, "
                                          "Esc returns)").format(key=REPLACE_SHORTCUT),
                self.act_png: self.tr("Save the 3-D view as shown, with its legend and the optimizers' colours, "
                                      "as a PNG image")}
        for action, tip in tips.items():
            tip = tip if ok else reason
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.action.setEnabled(ok)
        self.act_replace.setEnabled(ok)
        self.act_png.setEnabled(ok and self.is_open)

    def _colour_of(self, entry) -> str:
        return self.lane_colour(entry.colour) if self.lane_colour is not None else entry.colour

    def _create(self) -> bool:
        if self.view is not None:
            return True
        if not self.probe()[0]:
            return False
        from desktop_app.plot.view3d import View3D  # imports pyqtgraph.opengl: only now

        self.view = View3D(self.ctrl, colour_of=self._colour_of)
        self.view.setObjectName("view3d")
        self._add_tools(self.view)
        self.view.set_theme(self.dark)
        self.view.set_text_scale(self.text_scale)
        # a tab beside the loss plot: the right column has no height to spare for a third row
        # at 1280x720 (the settings and the loss plot are at their minimum there already)
        self.dock = self.api.add_dock(DOCK_ID, self.tr("3-D view"), self.view, area="right", tabify_with="loss")
        self.dock.visibilityChanged.connect(self._dock_visibility)
        if hasattr(self.api, "resize_dock"):  # once the dock is laid out (a resize before is lost)
            QtCore.QTimer.singleShot(0, self, self._first_size)
        self.dock.raise_()
        self._apply_pending()
        return True

    def _first_size(self):
        """A picture worth looking at: most of the right column's height, 40 % of the width."""
        if self.dock is not None and not self.dock.isFloating() and not self._took_over:
            size = self.api.parent.size()
            self.api.resize_dock(DOCK_ID, width=int(DOCK_SHARE[0] * size.width()),
                                 height=int(DOCK_SHARE[1] * size.height()))

    def _add_tools(self, view):
        row = view.tool_row
        self.grad_box = QtWidgets.QCheckBox(self.tr("Gradient"))
        self.grad_box.setToolTip(self.tr("−∇f at the focused optimizer's point, drawn on the surface"))
        self.grad_box.toggled.connect(lambda on: view.set_overlay("gradient", on))
        self.hess_box = QtWidgets.QCheckBox(self.tr("Hessian"))
        self.hess_box.setToolTip(self.tr("The Hessian's eigen-directions there: curving up (dark), down (orange)"))
        self.hess_box.toggled.connect(lambda on: view.set_overlay("hessian", on))
        self.png_button = QtWidgets.QPushButton(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Save the 3-D view as a PNG image (also File → Export 3-D view)"))
        self.png_button.clicked.connect(self.export_png_dialog)
        for w in (self.grad_box, self.hess_box, self.png_button):
            row.insertWidget(row.count() - 1, w)  # before the stretch

    # -- open / closed -----------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.dock is not None and not self.dock.isHidden()

    def set_open(self, on: bool) -> None:
        if not on and self.replacing:  # closing the view that fills the window: the map comes back first
            self._was_open = False
            self.set_replacing(False)
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
        if self.act_png is not None:
            self.act_png.setEnabled(on)
        if self.action is not None and self.action.isChecked() != on:
            with QtCore.QSignalBlocker(self.action):
                self.action.setChecked(on)

    # -- in place of the map (canvas only) -------------------------------------------------
    def set_replacing(self, on: bool) -> None:
        """Canvas-only mode with the 3-D view filling the window instead of the map (Shift+F10).
        Canvas-only is switched on for it (and off again after, if it was off before); Esc,
        leaving canvas-only, ends it as well."""
        was_open = self.is_open
        on = bool(on) and self._create()
        if on == self.replacing:
            self._sync_replace()
            return
        canvas_only = self._canvas_only_action()
        if on:
            self._was_open = was_open
            self.replacing = True
            if canvas_only is not None and not canvas_only.isChecked():
                self._entered_canvas_only = True
                canvas_only.setChecked(True)  # -> _canvas_only_changed(True): the view takes over
            else:
                self._arrange()
        else:
            self.replacing = False
            if self._entered_canvas_only and canvas_only is not None and canvas_only.isChecked():
                canvas_only.setChecked(False)  # -> _canvas_only_changed(False): the map comes back
            self._entered_canvas_only = False
            self._arrange()
        self._sync_replace()

    def _canvas_only_action(self):
        try:
            return self.api.action(CANVAS_ONLY_ID)
        except (KeyError, AttributeError):  # no presenter: the replacement alone
            return None

    def _canvas_only_changed(self, on: bool):
        if not on and self.replacing:  # Esc, F10: back to the window as it was
            self.replacing = self._entered_canvas_only = False
        self._arrange()
        self._sync_replace()

    @property
    def replaces_map(self) -> bool:
        """The 3-D view fills the window right now (in place of the map)."""
        return self.replacing and (self._canvas_only_action() is None or self.api.appearance.canvas_only)

    def _arrange(self):
        """Take the map's place, or give it back, as the replacement now says."""
        if self.dock is None:
            return
        take = self.replaces_map
        if take and not self._took_over:
            self._took_over = True
            self.dock.setFloating(False)
            self.dock.setTitleBarWidget(QtWidgets.QWidget())  # no title bar: just the picture
            self.view.tools.hide()
            self.api.show_map(False)  # the docks (only this one is shown) share the whole window
        elif not take and self._took_over:
            self._took_over = False
            self.dock.setTitleBarWidget(None)
            self.view.tools.show()
            self.api.show_map(True)
            self.dock.setVisible(self._was_open)
        if take:
            self.dock.show()  # (canvas-only hid it with the other docks)
            self.dock.raise_()
        self._sync_action(self.is_open)

    def _sync_replace(self):
        if self.act_replace is not None and self.act_replace.isChecked() != self.replacing:
            with QtCore.QSignalBlocker(self.act_replace):
                self.act_replace.setChecked(self.replacing)

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
        if self.view is None:
            return
        folder = getattr(self.api, "export_folder", "") or ""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.view, self.tr("Save the 3-D view"),
                                                        str(Path(folder) / "view3d.png"), self.tr("PNG image (*.png)"))
        if path:
            from desktop_app.model.media import MediaError

            if not Path(path).suffix:
                path += ".png"
            try:
                self.export_png(path)
            except (MediaError, OSError) as exc:
                QtWidgets.QMessageBox.warning(self.view, self.tr("Save the 3-D view"), str(exc))
            else:
                status = getattr(self.api, "status", None)
                if status is not None:
                    status(self.tr("Saved {path}").format(path=path))

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
        if isinstance(state.get("open"), bool) and self.probe()[0]:
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
        if self._took_over:
            self.replacing = False
            self._arrange()
        if self.view is not None:
            self.view.dispose()
            self.view.close()
            self.view.deleteLater()
            self.view = None
