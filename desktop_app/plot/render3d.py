"""A race in 3-D as frames or a file, for ``optimizer-playground render --view 3d`` and the
window's 3-D recordings (File → Export GIF/MP4 with "3-D view" chosen).

    recorder = RaceRecorder3D(setup, (800, 600), orbit_degrees=90)   # raises OpenGLUnavailable now
    job = Recording(recorder, plan_frames(setup.steps, 20), "race.gif")   # as the map's recorder
    frames = render_frames_3d(setup, (800, 600), orbit=True)         # (h, w, 3) uint8, step by step
    write_3d(setup, "race.gif", size=(800, 600), orbit=True)          # GIF, MP4 or PNG (the last frame)

:class:`RaceRecorder3D` has the interface of the map's :class:`~desktop_app.plot.recorder.RaceRecorder`
(advance_toward, frame, stopped_by, close), so a :class:`~desktop_app.plot.recorder.Recording`
encodes its frames the same way: on a worker thread, a cancel leaving no file. It draws
with the window's own View3D in a GL widget that is never shown. The camera turns with
the step (``orbit_degrees`` over the whole race), so the held frames at the end stand
still and a frame depends on its step only; the turn is centred on the chosen camera.

Everything checks for OpenGL before doing anything else: where no context can be made it
raises :class:`~desktop_app.plot.gl_check.OpenGLUnavailable` (a RuntimeError whose message
is one line naming OpenGL), and no file is created. A QApplication must exist (a GL
context needs one); create it with ``desktop_app.app.make_app`` so GL contexts are shared.
"""
from __future__ import annotations

import copy
import math
from types import SimpleNamespace
from typing import Iterator, Sequence

import numpy as np
from PySide6 import QtCore, QtWidgets

from desktop_app.model import media
from desktop_app.plot.gl_check import OpenGLUnavailable, require_gl  # noqa: F401 (re-exported)
from desktop_app.plot.recorder import plan_frames

ORBIT_DEGREES = 90.0  # a slow quarter turn over the whole film


class ReplayRace(QtCore.QObject):
    """What the 3-D view reads of a controller, for a race the window already computed: copies
    of the lanes' histories, shown up to a chosen step (:meth:`show`)."""

    sigStepped = QtCore.Signal()
    sigReset = QtCore.Signal()
    sigShownStepChanged = QtCore.Signal()
    sigSurfaceChanged = QtCore.Signal()
    sigLanesChanged = QtCore.Signal()
    sigFocusChanged = QtCore.Signal()

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.surface, self.log_levels = ctrl.surface, bool(ctrl.log_levels)
        self.start = np.array(ctrl.start, dtype=float)
        self.active = [SimpleNamespace(key=e.key, colour=e.colour, label=e.label, name=e.name,
                                       lane=SimpleNamespace(history=copy.deepcopy(e.lane.history), status=e.lane.status,
                                                            status_step=e.lane.status_step))
                       for e in ctrl.active if e.lane is not None]
        focused = ctrl.focused
        self.focused = next((e for e in self.active if focused is not None and e.key == focused.key), None)
        self.t = max((int(e.lane.history.last_step) for e in self.active), default=0)
        self._step = self.t

    def show(self, step: int):
        self._step = int(step)
        self.sigShownStepChanged.emit()

    def shown_row(self, entry) -> int:
        return entry.lane.history.row_at(self._step)

    def shown_points(self, entry) -> np.ndarray:
        return entry.lane.history.view("points")[: self.shown_row(entry) + 1]

    def stopped_by(self, step: int) -> bool:
        return all(e.lane.status != "running" and 0 <= e.lane.status_step <= step for e in self.active)


class RaceRecorder3D:
    """Draws a race at chosen steps with the 3-D view, ``size`` (w, h) pixels.

    setup: an engine Setup (surface, start, lanes, colours; its saved camera in
        ``view["view3d"]["camera"]``). A fresh race runs in a race model, like the map's recorder.
    replay: a controller whose computed race is drawn instead (its histories are copied now).
    camera: a camera dict; else the named ``preset`` (default, top, saddle, ravine); else the
        setup's saved camera; else the default preset.
    orbit_degrees: how far the camera turns between step 0 and ``total_steps``, centred on the
        chosen camera (0: it stands).
    legend: the view's legend (surface, height mapping) top left and the lanes' key top right.
    caption: "step N" above the legend.
    """

    def __init__(self, setup, size=(800, 600), *, total_steps: int | None = None, orbit_degrees: float = 0.0,
                 camera: dict | None = None, preset: str | None = None, dark: bool = False, legend: bool = True,
                 caption: bool = True, replay=None):
        require_gl()
        if QtWidgets.QApplication.instance() is None:
            raise OpenGLUnavailable("OpenGL needs a running QApplication (create one with desktop_app.app.make_app)")
        from desktop_app.model.controller import Controller
        from desktop_app.model.race import RaceModel
        from desktop_app.plot.view3d import View3D

        self.setup = setup
        self.legend, self.show_caption = bool(legend), bool(caption)
        self.replay = ReplayRace(replay) if replay is not None else None
        if self.replay is None:
            model = RaceModel()
            if not model.load_setup(setup):
                raise ValueError(f"Cannot set up the race of {setup.title or 'this setup'}")
            self.ctrl = Controller(model=model)
            self.model = model
        else:
            self.ctrl, self.model = self.replay, None
        self.total_steps = max(1, int(total_steps if total_steps is not None else setup.steps or 1))
        self.orbit_degrees = float(orbit_degrees)
        self.view = view = View3D(self.ctrl, on_screen=False)  # a GLViewWidget draws without being shown
        # the picture alone, at exactly ``size``: out of the view's rows, never on screen
        gl_widget = view.gl_widget
        view.layout().removeWidget(gl_widget)
        gl_widget.setParent(None)
        gl_widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        gl_widget.resize(int(size[0]), int(size[1]))
        gl_widget.show()
        view.legend.hide()  # painted into each frame by grab()
        view.set_theme(dark)
        saved = (setup.view.get("view3d") or {}).get("camera") if isinstance(setup.view, dict) else None
        if not (view.set_camera_state(camera) or (preset is not None and view.apply_preset(preset))
                or view.set_camera_state(saved)):
            view.reset_camera()
        self.base_camera = view.camera_state()
        QtWidgets.QApplication.processEvents()

    @property
    def run(self):
        return self.model.run if self.model is not None else None

    @property
    def size(self) -> tuple[int, int]:
        return self.view.gl_widget.width(), self.view.gl_widget.height()

    def advance_toward(self, step: int, until: float) -> bool:
        """Step the race toward ``step`` (all at once: the 3-D frame costs more than the steps)."""
        if self.model is not None and self.run.t < step and self.run.running:
            self.model.advance(step - self.run.t)
        return True

    def stopped_by(self, step: int) -> bool:
        if self.model is None:
            return self.replay.stopped_by(step)
        return not self.run.running and self.run.t <= step

    def camera_at(self, step: int) -> dict:
        """The camera of the frame at ``step``: the base camera turned by its share of the orbit,
        from half of it to one side to half to the other: mid-race the camera is the chosen one."""
        cam = dict(self.base_camera)
        cam["azimuth"] = self.base_camera["azimuth"] + self.orbit_degrees * (min(1.0, step / self.total_steps) - 0.5)
        return cam

    def frame(self, step: int) -> np.ndarray:
        step = int(step)
        if self.model is not None:
            self.advance_toward(step, math.inf)
            shown = min(step, self.run.t)
        else:
            self.replay.show(step)
            shown = min(step, self.replay.t)
        self.shown_step = int(shown)  # what render prints (issue 14 item 12)
        self.view.set_camera_state(self.camera_at(step))
        self.view.set_caption(QtCore.QCoreApplication.translate("RaceRecorder", "step {0}").format(shown) if self.show_caption else "")
        return self.view.grab(legend=self.legend, key=self.legend)

    def close(self) -> None:
        if self.view is not None:
            self.view.dispose()
            self.view.close()
            self.view.deleteLater()
            self.view = None


def render_frames_3d(setup, size: tuple[int, int] = (800, 600), steps: Sequence[int] | None = None, *,
                     fps: float = 20.0, duration: float | None = None, orbit: bool = True,
                     orbit_degrees: float = ORBIT_DEGREES, **kwargs) -> Iterator[np.ndarray]:
    """Frames of ``setup``'s race drawn by the 3-D view at ``size`` (w, h) pixels.

    steps: the steps to draw (default: recorder.plan_frames(setup.steps, fps, duration), the
        2-D recordings' plan, held last frame included). orbit: turn the camera by
        ``orbit_degrees`` in all, with the step. Other keywords go to RaceRecorder3D.
    Raises OpenGLUnavailable (before any frame) or ValueError (a setup that cannot race).
    """
    if steps is None:
        steps = plan_frames(setup.steps, fps, duration).frame_steps
    steps = list(steps)
    recorder = RaceRecorder3D(setup, size, total_steps=max(steps, default=1),
                              orbit_degrees=orbit_degrees if orbit else 0.0, **kwargs)
    return _frames(recorder, steps)


def _frames(recorder, steps):
    try:
        for step in steps:
            yield recorder.frame(step)
    finally:
        recorder.close()


def write_3d(setup, path, size: tuple[int, int] = (800, 600), *, fps: float = 20.0, duration: float | None = None,
             orbit: bool = True, **kwargs):
    """The race in 3-D to ``path``: .gif or .mp4 (every frame), .png (the race's last frame).
    OpenGL, the path and the setup are checked before a file is created; a failure while
    rendering leaves no file either. Returns the path written."""
    path = media.check_target(path)
    frames = render_frames_3d(setup, size, fps=fps, duration=duration, orbit=orbit, **kwargs)
    if path.suffix.lower() == ".png":
        last = None
        for last in frames:
            pass
        return media.write_png(path, last)
    with media.VideoWriter(path, fps=fps) as writer:
        for frame in frames:
            writer.append(frame)
    return path
