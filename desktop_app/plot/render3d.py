"""A race in 3-D as frames or a file, for ``optimizer-playground render --view 3d`` and the
window's 3-D recordings.

    frames = render_frames_3d(setup, (800, 600), orbit=True)    # raises OpenGLUnavailable now
    for frame in frames: ...                                     # (h, w, 3) uint8, step by step
    write_3d(setup, "race.gif", size=(800, 600), orbit=True)     # GIF, MP4 or PNG (the last frame)

Both check for OpenGL before doing anything else: where no context can be made they raise
:class:`~desktop_app.plot.gl_check.OpenGLUnavailable` (a RuntimeError whose message is one
line naming OpenGL), and no file is created. A QApplication must exist (a GL context needs
one); create it with ``desktop_app.app.make_app`` so GL contexts are shared.
"""
from __future__ import annotations

from typing import Iterator, Sequence

import numpy as np
from PySide6 import QtCore, QtWidgets

from desktop_app.model import media
from desktop_app.plot.gl_check import OpenGLUnavailable, require_gl  # noqa: F401 (re-exported)
from desktop_app.plot.recorder import plan_frames

ORBIT_DEGREES = 90.0  # a slow quarter turn over the whole film


def render_frames_3d(setup, size: tuple[int, int] = (800, 600), steps: Sequence[int] | None = None, *,
                     fps: float = 20.0, duration: float | None = None, orbit: bool = True,
                     orbit_degrees: float = ORBIT_DEGREES, preset: str = "default", camera: dict | None = None,
                     dark: bool = False) -> Iterator[np.ndarray]:
    """Frames of ``setup``'s race drawn by the 3-D view at ``size`` (w, h) pixels.

    steps: the steps to draw (default: recorder.plan_frames(setup.steps, fps, duration), the
        2-D recordings' plan, held last frame included). orbit: turn the camera by
        ``orbit_degrees`` in all, evenly over the frames. camera: a camera dict (else
        setup.view["view3d"]["camera"], else the named ``preset``).
    Raises OpenGLUnavailable (before any frame) or ValueError (a setup that cannot race).
    """
    require_gl()
    if QtWidgets.QApplication.instance() is None:
        raise OpenGLUnavailable("OpenGL needs a running QApplication (create one with desktop_app.app.make_app)")
    if steps is None:
        steps = plan_frames(setup.steps, fps, duration).frame_steps
    from desktop_app.model.race import RaceModel

    model = RaceModel()
    if not model.load_setup(setup):
        raise ValueError(f"Cannot set up the race of {setup.title or 'this setup'}")
    return _frames(setup, model, size, list(steps), orbit, orbit_degrees, preset, camera, dark)


def _frames(setup, model, size, steps, orbit, orbit_degrees, preset, camera, dark):
    from desktop_app.model.controller import Controller
    from desktop_app.plot.view3d import View3D

    ctrl = Controller(model=model)
    view = View3D(ctrl, on_screen=False)  # a GLViewWidget draws without being shown
    try:
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
        if not view.set_camera_state(camera if camera is not None else saved):
            view.apply_preset(preset) or view.reset_camera()
        QtWidgets.QApplication.processEvents()
        turn = orbit_degrees / max(1, len(steps) - 1) if orbit else 0.0
        for i, step in enumerate(steps):
            if model.run.t < step and model.run.running:
                model.advance(step - model.run.t)
            view.set_caption(f"step {min(step, model.run.t)}")
            if i and turn:
                view.orbit(turn)
            yield view.grab()
    finally:
        view.dispose()
        view.close()
        view.deleteLater()


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
