"""The 3-D view drawn in a real GL context: what it draws equals the surface and the race."""
from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.geometry import heights, scene3d
from desktop_app.plot import view3d as v3d
from tests.fake_window_api import FakeApi


def expected_heights(surface, values, log: bool) -> np.ndarray:
    """The mapping stated in the legend, recomputed from scratch (not through heights.py)."""
    finite = values[np.isfinite(values)]
    fmin, fmax = finite.min(), finite.max()
    if log:
        delta = (fmax - fmin) * 1e-5
        t = np.log10(np.maximum(values - fmin, 0) + delta)
        lo = np.percentile(t, heights.LOW_PERCENTILE)
    else:
        t = values.copy()
        lo = t.min()
    hi = np.percentile(t, heights.CLIP_PERCENTILE)
    (x0, x1), (y0, y1) = surface.bounds
    relief = heights.RELIEF * max(x1 - x0, y1 - y0)
    return relief * (np.clip(t, lo, hi) - lo) / (hi - lo)


def mesh_vertices(view) -> np.ndarray:
    return np.asarray(view.mesh.opts["meshdata"].vertexes(), dtype=float)


def check_mesh(view, surface, log: bool):
    verts = mesh_vertices(view)
    n = view.mesh_resolution
    assert verts.shape == (n * n, 3)
    (x0, x1), (y0, y1) = surface.bounds
    assert verts[:, 0].min() == pytest.approx(x0) and verts[:, 0].max() == pytest.approx(x1)
    assert verts[:, 1].min() == pytest.approx(y0) and verts[:, 1].max() == pytest.approx(y1)
    values = np.asarray(surface.value(verts[:, :2].astype(float)), dtype=float)
    want = expected_heights(surface, values, log)
    scale = want.max()
    np.testing.assert_allclose(verts[:, 2], want, atol=2e-5 * scale, rtol=1e-4)


def test_mesh_heights_are_the_surface_through_the_stated_mapping(view, ctrl):
    check_mesh(view, ctrl.surface, log=False)
    assert "height: f" in view.legend.text()
    ctrl.set_surface("rosenbrock")  # a log map
    check_mesh(view, ctrl.surface, log=True)
    text = view.legend.text()
    assert "log10(f − f_min + δ)" in text and "clipped" in text
    assert f"{view.hmap.ceiling:.4g}" in text


def test_trails_are_the_histories_with_their_heights(view, ctrl):
    ctrl.advance(40)
    view.flush()
    assert set(view.trails) == {e.key for e in ctrl.active}
    for e in ctrl.active:
        points = e.lane.history.view("points")
        got = view.trail_vertices(e.key)
        assert got.shape == (len(points), 3)
        np.testing.assert_allclose(got[:, :2], points, rtol=1e-6, atol=1e-6)
        values = np.asarray(ctrl.surface.value(points), dtype=float)
        np.testing.assert_allclose(got[:, 2], view.hmap.heights(values) + view.hmap.lift, rtol=1e-5, atol=1e-5)
        assert np.all(got[:, 2] > view.hmap.heights(values))  # above the mesh


def test_rewinding_moves_trails_and_markers(view, ctrl):
    ctrl.advance(40)
    view.flush()
    ctrl.show_step(10)
    view.flush()
    for e in ctrl.active:
        got = view.trail_vertices(e.key)
        row = ctrl.shown_row(e)
        assert len(got) == row + 1
        np.testing.assert_allclose(got[-1, :2], e.lane.history.view("points")[row], atol=1e-6)
    markers = np.asarray(view.markers.pos)
    np.testing.assert_allclose(markers[:, :2], [ctrl.shown_points(e)[-1] for e in ctrl.active], atol=1e-6)
    ctrl.show_step(None)
    view.flush()
    assert all(len(view.trail_vertices(e.key)) == e.lane.history.size for e in ctrl.active)


def test_a_surface_change_rebuilds_the_mesh_and_a_typed_formula_works_the_same(view, ctrl):
    before = mesh_vertices(view).copy()
    ctrl.set_surface_params(**{k: v for k, v in ctrl.surface.values.items()})  # same surface: same mesh
    np.testing.assert_allclose(mesh_vertices(view), before)
    assert ctrl.set_custom_surface("x**2 - y**2 + 0.25*y**4", ((-2, 2), (-2, 2)))
    assert not np.allclose(mesh_vertices(view), before)
    check_mesh(view, ctrl.surface, log=ctrl.log_levels)
    assert "f = x**2 - y**2" in view.legend.text()
    ctrl.advance(5)
    view.flush()
    e = ctrl.active[0]
    np.testing.assert_allclose(view.trail_vertices(e.key)[:, :2], e.lane.history.view("points"), atol=1e-6)


def test_lanes_colours_and_focus(view, ctrl):
    focused = ctrl.focused
    for e in ctrl.active:
        item = view.trails[e.key]
        assert item.width == (v3d.FOCUS_WIDTH if e is focused else v3d.TRAIL_WIDTH)
        assert tuple(item.color) == pytest.approx(v3d.rgba(e.colour))
    other = ctrl.active[1]
    ctrl.set_focus(other.key)
    assert view.trails[other.key].width == v3d.FOCUS_WIDTH
    assert view.trails[focused.key].width == v3d.TRAIL_WIDTH
    nesterov = next(e for e in ctrl.entries if e.name == "nesterov")
    ctrl.set_checked(nesterov.key, True)
    assert nesterov.key in view.trails
    ctrl.set_checked(nesterov.key, False)
    assert nesterov.key not in view.trails


def test_camera_state_round_trips_as_json(view, ctrl):
    view.apply_preset("saddle")
    view.orbit(33, 5)
    state = view.camera_state()
    again = json.loads(json.dumps(state))
    view.reset_camera()
    assert view.camera_state() != state
    assert view.set_camera_state(again)
    assert _same_camera(view.camera_state(), state)
    assert not view.set_camera_state({"center": [0, 0], "distance": -1})  # not a camera: nothing moves
    assert _same_camera(view.camera_state(), state)


def _same_camera(a, b) -> bool:
    return (np.allclose(a["center"], b["center"]) and
            all(a[k] == pytest.approx(b[k]) for k in ("distance", "elevation", "azimuth", "fov")))


def test_presets_follow_the_surface(view, ctrl):
    assert set(view.presets) == {"default", "top", "saddle", "ravine"}
    saddle = view.presets["saddle"]
    np.testing.assert_allclose(saddle["center"][:2], ctrl.surface.saddles[0])
    ctrl.set_surface("quadratic")  # no saddle: no such preset, and asking for it moves nothing
    assert "saddle" not in view.presets
    state = view.camera_state()
    assert not view.apply_preset("saddle")
    assert view.camera_state() == state


def test_overlays_theme_and_text(view, ctrl):
    ctrl.advance(3)
    view.set_overlay("gradient", True)
    view.set_overlay("hessian", True)
    assert len(view.overlay_items["gradient"]) == 1
    assert len(view.overlay_items["hessian"]) == 2
    p = ctrl.shown_points(ctrl.focused)[-1]
    arrow = view.overlay_items["gradient"][0].pos
    np.testing.assert_allclose(arrow[0, :2], p, atol=1e-6)
    g = ctrl.surface.grad(p)
    tip = arrow[len(arrow) // 3 - 1, :2]  # the shaft ends where the barbs start
    assert np.dot(tip - p, -g) > 0  # points downhill
    view.set_overlay("gradient", False)
    assert "gradient" not in view.overlay_items
    with pytest.raises(ValueError, match="gradient"):
        view.set_overlay("nope", True)
    view.set_theme(True)
    assert view.gl_view.opts["bgcolor"][:3] == (0.0, 0.0, 0.0)
    view.set_text_scale(2.0)
    assert f"{v3d.LEGEND_PT * 2:.1f}pt" in view.legend.styleSheet()


def test_the_high_contrast_theme_darkens_the_mesh_as_drawn(view, ctrl):
    view.grab()
    light = np.asarray(view.mesh.colors, dtype=float).copy()  # as uploaded for drawing
    view.set_theme(True)
    frame = view.grab()
    dark = np.asarray(view.mesh.colors, dtype=float)
    want = view._mesh_colours(view.mesh_values).transpose(1, 0, 2).reshape(-1, 4)
    faces = view.mesh.opts["meshdata"].faces()  # drawn face by face: each face's three corners
    np.testing.assert_allclose(dark.reshape(-1, 4), want[faces].reshape(-1, 4), atol=1e-6)
    assert dark[:, :3].mean() < 0.5 < light[:, :3].mean()
    h, w, _ = frame.shape
    assert frame[h // 3: 2 * h // 3, w // 3: 2 * w // 3].mean() < 110  # the picture, not only the numbers


def test_grab_draws_a_picture(view, ctrl):
    ctrl.advance(20)
    frame = view.grab()
    h, w, _ = frame.shape
    assert (w, h) == (view.gl_view.width(), view.gl_view.height())
    assert len(np.unique(frame.reshape(-1, 3), axis=0)) > 200  # shaded mesh, not a blank


def test_render_frames_orbit_and_write_a_gif(qapp, tmp_path):
    from engine.setup import LaneSetup, Setup

    from desktop_app.plot.render3d import render_frames_3d, write_3d

    setup = Setup(surface="saddle", start=(1.8, 0.05), steps=30,
                  lanes=[LaneSetup("sgd", {"lr": 0.05}), LaneSetup("adam", {"lr": 0.05})])
    frames = list(render_frames_3d(setup, (320, 240), steps=[0, 15, 30], orbit=True))
    assert len(frames) == 3 and all(f.shape == (240, 320, 3) for f in frames)
    assert not np.array_equal(frames[0], frames[2])
    out = write_3d(setup, tmp_path / "race.gif", size=(200, 150), fps=10, duration=1.0)
    assert out.exists() and out.stat().st_size > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["race.gif"]  # no temporary left


def test_feature_opens_the_dock_and_restores_its_camera(qtbot, ctrl):
    from PySide6 import QtWidgets

    from desktop_app.features.view3d import View3DFeature

    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    api = FakeApi(window)
    feature = View3DFeature(ctrl)
    feature.install(api)
    assert api.actions["view3d.toggle"].isEnabled()
    assert "view3d" not in api.docks  # lazily: nothing until it opens
    window.show()
    api.actions["view3d.toggle"].trigger()
    assert feature.is_open and api.docks["view3d"].widget() is feature.view
    feature.view.apply_preset("top")
    state = json.loads(json.dumps(feature.view_state()))
    assert state["open"] is True and state["camera"]["elevation"] == 90.0
    feature.view.reset_camera()
    feature.restore(state)
    assert _same_camera(feature.view.camera_state(), state["camera"])
    api.docks["view3d"].close()
    assert not api.actions["view3d.toggle"].isChecked()
    feature.shutdown()


def test_a_trail_that_leaves_the_window_leaves_the_picture(view, ctrl):
    e = ctrl.active[0]
    ctrl.set_hyperparams(e.key, lr=3.0)  # SGD overshoots the saddle's walls: out of the window in a few steps
    ctrl.advance(6)
    view.flush()
    strip, drawn = view.trail_vertices(e.key), np.asarray(view.trails[e.key].pos, dtype=float)
    (x0, x1), (y0, y1) = ctrl.surface.bounds
    outside = (strip[:, 0] < x0) | (strip[:, 0] > x1) | (strip[:, 1] < y0) | (strip[:, 1] > y1)
    assert outside.any() and not outside[0]  # it started inside and left
    np.testing.assert_allclose(strip[:, :2], e.lane.history.view("points"), atol=1e-5, rtol=1e-5)
    m = v3d.TRAIL_MARGIN * max(x1 - x0, y1 - y0)
    assert len(drawn) % 2 == 0
    assert np.all((drawn[:, 0] >= x0 - m) & (drawn[:, 0] <= x1 + m) & (drawn[:, 1] >= y0 - m) & (drawn[:, 1] <= y1 + m))
    mx, my = v3d.TRAIL_MARGIN * (x1 - x0), v3d.TRAIL_MARGIN * (y1 - y0)
    near = (strip[:, 0] >= x0 - mx) & (strip[:, 0] <= x1 + mx) & (strip[:, 1] >= y0 - my) & (strip[:, 1] <= y1 + my)
    inside_segments = int(np.sum(near[:-1] & near[1:]))
    assert len(drawn) == 2 * inside_segments
    markers = np.asarray(view.markers.pos, dtype=float)
    assert len(markers) == len(ctrl.active) - int(not near[-1])  # no marker floating off the mesh


def test_vertex_normals_equal_pyqtgraphs_own(view, ctrl):
    """The vectorized normals (the mesh's lighting) against pyqtgraph's loop, on a fresh copy."""
    from pyqtgraph.opengl import MeshData

    md = view.mesh.opts["meshdata"]
    reference = MeshData(vertexes=md.vertexes().copy(), faces=md.faces().copy())
    want = reference.vertexNormals()  # pyqtgraph's own loop (slow: a few seconds at most here)
    got = v3d.vertex_normals(md)
    np.testing.assert_allclose(got, want, atol=1e-5)
    view.grab()  # drawn with them
    np.testing.assert_allclose(md.vertexNormals(), want, atol=1e-5)
