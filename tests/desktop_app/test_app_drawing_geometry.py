"""The Qt-free drawing modules: palette, contour geometry, decimation."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.geometry import contours, palette
from desktop_app.geometry.decimate import Decimator, EnvelopeDecimator, cell_size
from engine import surfaces


def test_palette_has_at_least_18_distinct_colours():
    assert len(set(c.upper() for c in palette.LANE_COLOURS)) >= 18
    assert palette.first_unused(palette.LANE_COLOURS[:3]) == palette.LANE_COLOURS[3]
    assert palette.colour(len(palette.LANE_COLOURS)) == palette.LANE_COLOURS[0]


def test_contours_are_one_nan_separated_array_within_bounds():
    s = surfaces.get("himmelblau")
    f = contours.compute(s, resolution=200)
    assert f.lines.ndim == 2 and f.lines.shape[1] == 2
    gaps = np.isnan(f.lines[:, 0])
    assert gaps.sum() >= len(f.levels)
    (x0, x1), (y0, y1) = s.bounds
    pts = f.lines[~gaps]
    assert pts[:, 0].min() >= x0 - 1e-9 and pts[:, 0].max() <= x1 + 1e-9
    # every vertex lies on one of the levels (linear interpolation of the grid)
    values = s.value(pts)
    nearest = np.abs(values[:, None] - f.levels[None, :]).min(axis=1)
    assert np.median(nearest / (f.zmax - f.zmin)) < 1e-3


def test_log_levels_for_rosenbrock_linear_for_the_bowl():
    rosen = contours.compute(surfaces.get("rosenbrock"), resolution=100)
    assert rosen.log and len(rosen.levels) >= 15
    gaps = rosen.levels - rosen.zmin
    np.testing.assert_allclose(gaps[1:] / gaps[:-1], gaps[1] / gaps[0])
    bowl = contours.compute(surfaces.get("quadratic"), resolution=100)
    assert not bowl.log
    np.testing.assert_allclose(np.diff(bowl.levels), np.diff(bowl.levels)[0])
    assert bowl.colour_range[0] < bowl.colour_range[1]


def test_non_finite_values_do_not_reach_the_drawing():
    class Spiky:
        bounds = ((-1.0, 1.0), (-1.0, 1.0))
        log_levels = False

        def value(self, p):
            v = p[..., 0] ** 2 + p[..., 1] ** 2
            return np.where(p[..., 0] > 0.9, np.inf, v)

    f = contours.compute(Spiky(), resolution=50)
    assert np.all(np.isfinite(f.z)) and np.all(np.isfinite(f.colour))


def test_decimation_keeps_zigzags_and_collapses_converged_tails():
    zig = np.c_[np.linspace(0, 1, 200), np.tile([0.0, 1.0], 100)]
    tail = np.c_[1 + 1e-6 * np.arange(5000), np.ones(5000)]
    pts = np.vstack([zig, tail])
    x, y = Decimator().update(pts, (0.01, 0.01))
    assert len(x) < 300  # the 5,000-step tail is a few points
    np.testing.assert_array_equal(np.c_[x, y][:200], zig)  # every bounce kept
    np.testing.assert_array_equal([x[-1], y[-1]], pts[-1])


def test_decimation_is_bounded():
    rng = np.random.default_rng(1)
    walk = np.cumsum(rng.normal(size=(50_000, 2)), axis=0)
    d = Decimator(max_points=2000)
    for end in range(1000, 50_001, 1000):
        x, y = d.update(walk[:end], (1e-3, 1e-3))
        assert len(x) <= 2001
        np.testing.assert_array_equal([x[-1], y[-1]], walk[end - 1])
        np.testing.assert_array_equal([x[0], y[0]], walk[0])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 40), min_size=1, max_size=8), st.integers(0, 10_000))
def test_incremental_decimation_equals_one_shot(chunks, seed):
    rng = np.random.default_rng(seed)
    pts = np.cumsum(rng.normal(scale=0.01, size=(sum(chunks), 2)), axis=0)
    inc = Decimator()
    end = 0
    for n in chunks:
        end += n
        got = inc.update(pts[:end], (0.02, 0.02))
    want = Decimator().update(pts, (0.02, 0.02))
    np.testing.assert_array_equal(got[0], want[0])
    np.testing.assert_array_equal(got[1], want[1])


def test_restart_and_rescale_are_detected():
    d = Decimator()
    pts = np.c_[np.arange(100.0), np.zeros(100)]
    d.update(pts, (1.0, 1.0))
    x, _ = d.update(pts[:1] + 5, (1.0, 1.0))  # a reset: shorter, new first point
    assert len(x) == 1 and x[0] == 5
    x, _ = d.update(pts, (10.0, 10.0))
    assert len(x) == 11  # a coarser cell: one vertex per 10 units, plus the exact end


def test_cell_size_rounds_to_powers_of_two():
    assert cell_size(0.3) == 0.25 and cell_size(1.0) == 1.0 and cell_size(0) == 0.0
    assert cell_size(float("nan")) == 0.0


def test_envelope_keeps_extremes_and_at_most_four_points_per_column():
    rng = np.random.default_rng(3)
    steps = np.arange(10_000.0)
    y = rng.normal(size=steps.size)
    y[7_777] = 50.0  # a spike must survive
    x_out, y_out = EnvelopeDecimator().update(np.c_[steps, y], 100.0)
    assert len(x_out) <= 4 * 100
    assert 50.0 in y_out and y.min() in y_out
    assert x_out[0] == 0 and x_out[-1] == 9_999 and np.all(np.diff(x_out) > 0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=1, max_size=8), st.integers(0, 10_000))
def test_incremental_envelope_equals_one_shot(chunks, seed):
    rng = np.random.default_rng(seed)
    n = sum(chunks)
    pts = np.c_[np.arange(float(n)), rng.normal(size=n)]
    inc = EnvelopeDecimator()
    end = 0
    for k in chunks:
        end += k
        got = inc.update(pts[:end], 7.0)
    want = EnvelopeDecimator().update(pts, 7.0)
    np.testing.assert_array_equal(got[0], want[0])
    np.testing.assert_array_equal(got[1], want[1])
