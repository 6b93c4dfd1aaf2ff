"""The 3-D view's numbers without Qt: heights, their legend, colours, cameras, draped lines."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import engine
from desktop_app.geometry import contours, heights, scene3d


def sampled(name, res=81):
    s = engine.surfaces.get(name)
    xs, ys, z = contours.sample(s, res)
    return s, z


def test_linear_heights_are_f_rescaled_and_clipped_at_the_percentile():
    s, z = sampled("cliff")
    hm = heights.HeightMap.fit(z, False, heights.window_size(s.bounds))
    h = hm.heights(z)
    assert h.min() == pytest.approx(0.0) and h.max() == pytest.approx(hm.relief)
    assert hm.relief == pytest.approx(heights.RELIEF * 8.0)  # the cliff's window is 8 wide
    hi = np.percentile(z, heights.CLIP_PERCENTILE)
    inside = z <= hi
    np.testing.assert_allclose(h[inside], hm.relief * (z[inside] - z.min()) / (hi - z.min()))
    np.testing.assert_allclose(h[~inside], hm.relief)
    assert hm.clipped and not hm.floored
    assert hm.legend().startswith("height: f\nclipped above f = ")


def test_log_heights_follow_the_maps_log_scale():
    s, z = sampled("rosenbrock")
    hm = heights.HeightMap.fit(z, True, heights.window_size(s.bounds))
    field = contours.compute(s, resolution=81)
    assert hm.floor == pytest.approx(field.floor) and hm.fmin == pytest.approx(field.zmin)
    t = np.log10(z - z.min() + hm.floor)
    lo, hi = np.percentile(t, heights.LOW_PERCENTILE), np.percentile(t, heights.CLIP_PERCENTILE)
    np.testing.assert_allclose(hm.heights(z), hm.relief * (np.clip(t, lo, hi) - lo) / (hi - lo))
    assert hm.ceiling == pytest.approx(z.min() + 10 ** hi - hm.floor)
    text = hm.legend()
    assert "log10(f − f_min + δ)" in text and f"{hm.ceiling:.4g}" in text and f"{hm.bottom:.3g}" in text


def test_points_map_exactly_like_the_mesh_and_odd_values_stay_in_range():
    s, z = sampled("saddle")
    hm = heights.HeightMap.fit(z, False, 4.0)
    pts = np.array([[0.3, -0.2], [1.0, 1.0]])
    v = s.value(pts)
    np.testing.assert_allclose(hm.lifted(v), hm.heights(v) + heights.LIFT * hm.relief)
    odd = hm.heights(np.array([np.nan, np.inf, -np.inf, -1e300]))
    assert list(odd) == [hm.relief, hm.relief, 0.0, 0.0]


def test_flat_surfaces_do_not_divide_by_zero():
    for log in (False, True):
        hm = heights.HeightMap.fit(np.full((5, 5), 3.0), log, 2.0)
        assert np.all(np.isfinite(hm.heights(np.full(4, 3.0))))
        assert "clipped" not in hm.legend()


def test_mesh_colours_use_the_heat_maps_scale():
    s = engine.surfaces.get("rosenbrock")
    field = contours.compute(s, resolution=81)
    scale = heights.colour_scale(field.z, True)
    assert scale.colour_range == pytest.approx(field.colour_range)
    frac = heights.colour_fraction(field.z, scale)
    lo, hi = field.colour_range
    np.testing.assert_allclose(frac, (field.colour - lo) / (hi - lo), atol=1e-12)


def test_camera_presets_look_at_the_pass_and_down_the_ravine():
    s = engine.surfaces.get("saddle")
    hm = heights.HeightMap.fit(contours.sample(s, 41)[2], False, 4.0)
    cams = scene3d.presets(s, hm)
    assert set(cams) == set(scene3d.PRESETS)
    for cam in cams.values():
        assert scene3d.valid_camera(json.loads(json.dumps(cam))) == cam
    # the saddle's road runs along its negative curvature: the camera looks along it
    lam, vec = np.linalg.eigh(s.hessian(np.asarray(s.saddles[0])))
    road = vec[:, 0]
    az = np.radians(cams["saddle"]["azimuth"])
    assert abs(np.dot([np.cos(az), np.sin(az)], road)) == pytest.approx(1.0, abs=1e-9)
    assert scene3d.valid_camera({"center": [0, 0, 0], "distance": 0, "elevation": 0, "azimuth": 0}) is None
    assert scene3d.valid_camera("nonsense") is None
    ravine = engine.surfaces.get("ravine")
    hm = heights.HeightMap.fit(contours.sample(ravine, 41)[2], True, 5.0)
    assert "saddle" not in scene3d.presets(ravine, hm)


@pytest.mark.parametrize("name, condition, ravine", [("ravine", 50.0, True), ("ravine", 4.0, False),
                                                      ("quadratic", None, False), ("saddle", None, False)])
def test_the_default_camera_looks_down_into_a_ravine(name, condition, ravine):
    """Seen from low across it, a narrow valley's near wall hides the race on its floor."""
    s = engine.surfaces.get(name, **({} if condition is None else {"condition": condition}))
    m = np.asarray(s.minima, dtype=float).reshape(-1, 2)[0]
    lam = np.linalg.eigvalsh(s.hessian(m))
    assert (lam.min() > 0 and lam.max() >= scene3d.RAVINE_CONDITION * lam.min()) == ravine  # the definition
    hm = heights.HeightMap.fit(contours.sample(s, 41)[2], name == "ravine", 5.0)
    default = scene3d.presets(s, hm)["default"]
    assert default["elevation"] == (scene3d.RAVINE_ELEVATION if ravine else 32.0)
    assert default["azimuth"] == scene3d.FRONT_AZIMUTH


def test_gradient_arrow_points_downhill_on_the_surface():
    s = engine.surfaces.get("quadratic")
    hm = heights.HeightMap.fit(contours.sample(s, 41)[2], False, 4.0)
    p = np.array([1.0, 0.5])
    arrow = scene3d.gradient_arrow(s, hm, p, 0.5)
    np.testing.assert_allclose(arrow[0, :2], p)
    np.testing.assert_allclose(arrow[:, 2], hm.lifted(s.value(arrow[:, :2])))
    shaft_tip = arrow[2 * 24 - 3, :2]
    assert np.dot(shaft_tip - p, -s.grad(p)) > 0
    assert scene3d.gradient_arrow(s, hm, np.asarray(s.minima[0]), 0.5) is None  # no slope, no arrow
    dirs = scene3d.eigen_directions(s, hm, p, 0.4)
    assert [lam for lam, _ in dirs] == sorted(np.linalg.eigvalsh(s.hessian(p)))


def test_the_geometry_imports_no_qt():
    """In a fresh interpreter (pytest-qt has loaded Qt into this one)."""
    code = ("import sys, desktop_app.geometry.heights, desktop_app.geometry.scene3d; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'OpenGL'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
