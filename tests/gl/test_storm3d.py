"""The action storm with a real 3-D view (an X server; the window suite's storm runs
offscreen, where the 3-D action is disabled): a seeded random mix of the storm's actions
weighted towards the 3-D view (open/close, in place of the map, orbit, zoom, presets,
overlays, rewinding with it open, PNG, setups' cameras), the race playing in between.

After every action: no exception, no Qt warning, and, with the view open, what it draws
is the race as the timeline shows it: each trail ends at its lane's shown point and the
mesh is the current surface's.

    GL_STORM_ACTIONS=2000 GL_STORM_SEED=5 .venv/bin/pytest tests/gl/test_storm3d.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop_app"))  # the storm and its helpers

from reliability_helpers import ExceptionRecorder  # noqa: E402
from test_reliability_storm import Storm  # noqa: E402


ACTIONS = int(os.environ.get("GL_STORM_ACTIONS", "300"))
SEEDS = [int(os.environ["GL_STORM_SEED"])] if os.environ.get("GL_STORM_SEED") else [20261204, 11]
MIX = {"view3d": 12, "play": 4, "wait": 8, "step": 3, "reset": 1, "scrub": 4, "timeline_action": 3, "surface": 2,
       "surface_param": 1, "formula": 1, "scenario": 1, "check": 2, "select": 1, "presenter": 3, "resize": 1,
       "click_start": 2, "hyperparam": 2}


class Storm3D(Storm):
    def __init__(self, *args):
        super().__init__(*args)
        self.actions = [getattr(self, name) for name in MIX]
        weights = np.array(list(MIX.values()), dtype=float)
        self.p = weights / weights.sum()


def drawn_3d_problem(window) -> str | None:
    """With the view open: trails end at the shown points; the mesh spans the surface's window."""
    f = window.feature("view3d")
    if not f.is_open:
        return None
    view, ctrl = f.view, window.ctrl
    view.flush()
    for e in ctrl.active:
        if e.lane is None or e.key not in view.trails:
            continue
        shown = ctrl.shown_points(e)
        got = view.trail_vertices(e.key)
        if len(shown) and (len(got) == 0 or not np.allclose(got[-1, :2], shown[-1], atol=1e-5, rtol=1e-5)):
            return f"trail {e.label}: ends at {got[-1, :2] if len(got) else None}, shown point {shown[-1]}"
        if not np.all(np.isfinite(got)):
            return f"trail {e.label}: non-finite vertex"
    verts = np.asarray(view.mesh.opts["meshdata"].vertexes(), dtype=float)
    (x0, x1), (y0, y1) = ctrl.surface.bounds
    if not (np.isclose(verts[:, 0].min(), x0) and np.isclose(verts[:, 1].max(), y1)):
        return f"mesh spans x from {verts[:, 0].min()}, y to {verts[:, 1].max()}: not the surface's window"
    return None




@pytest.mark.parametrize("seed", SEEDS)
def test_action_storm_with_the_3d_view(qtbot, window, ctrl, qtlog, tmp_path, seed):
    storm = Storm3D(window, qtbot, np.random.default_rng(seed), tmp_path)
    log: list[str] = []
    opened = 0
    with ExceptionRecorder() as recorder:
        for i in range(ACTIONS):
            action = storm.pick()
            try:
                log.append(f"{i}: {action()}")
            except Exception as exc:  # noqa: BLE001 - any exception is the finding
                pytest.fail(f"seed {seed}, action {i} {action.__name__} raised {type(exc).__name__}: {exc}\n"
                            + "\n".join(log[-20:]))
            assert not recorder.seen, f"seed {seed}: an exception reached sys.excepthook:\n{recorder.seen[0]}"
            warnings = [r for r in qtlog.records if r.type_name in ("QtWarningMsg", "QtCriticalMsg")]
            assert not warnings, f"seed {seed}, after {log[-1]}: Qt warning {warnings[-1].message}"
            problem = drawn_3d_problem(window)
            assert problem is None, f"seed {seed}, after {log[-1]}: {problem}\n" + "\n".join(log[-20:])
            opened += window.feature("view3d").is_open
    ctrl.pause()
    window.feature("presenter").act_leave.trigger()
    assert window.centralWidget().isVisible()  # the map is back after the storm's replacements
    kinds = {line.split(": ", 1)[1].split(" ")[0] for line in log}
    assert opened > ACTIONS // 10 and {"3-D"} <= kinds  # the view really was open for a good part of it
    assert sum("3-D orbit" in line for line in log) >= 5
    assert sum("3-D rewind" in line and "open=True" in line for line in log) >= 3
