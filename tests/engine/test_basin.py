"""Basin maps: where each start of the window ends, and how fast."""
import threading

import numpy as np
import pytest

import engine
from engine import optimizers, surfaces


def test_quadratic_bowl_is_one_basin_and_time_grows_with_distance():
    s = surfaces.get("quadratic")
    m = engine.basin_map(s, optimizers.create("sgd", lr=0.1), resolution=41, steps=400, tol=1e-6)
    assert m.completed and m.minimum_index.shape == (41, 41)
    assert np.all(m.minimum_index == 0)
    assert np.all(m.converged_step >= 0)
    gx, gy = np.meshgrid(m.xs, m.ys)
    r = np.hypot(gx, gy)
    # for SGD on a round bowl the converge step is ~ log(r / tol) / -log(1 - lr): monotone in r
    order = np.argsort(r.ravel())
    steps = m.converged_step.ravel()[order]
    assert np.all(np.diff(steps) >= 0)
    assert steps[-1] > steps[0] + 10


def test_himmelblau_has_four_basins_for_plain_gradient_descent():
    s = surfaces.get("himmelblau")
    m = engine.basin_map(s, optimizers.create("sgd", lr=0.005), resolution=64, steps=600)
    counts = m.counts()
    for i in range(4):
        assert counts.get(i, 0) > 0.1 * 64 * 64, counts
    # a start right next to each minimum ends in that minimum
    for i, minimum in enumerate(s.minima[:4]):
        ix = np.argmin(np.abs(m.xs - minimum[0]))
        iy = np.argmin(np.abs(m.ys - minimum[1]))
        assert m.minimum_index[iy, ix] == i


def test_diverging_starts_are_marked_without_nan():
    s = surfaces.get("quadratic")
    m = engine.basin_map(s, optimizers.create("sgd", lr=2.5), resolution=16, steps=200)
    assert np.all(m.minimum_index == -1) and np.all(m.diverged)
    assert np.all(np.isfinite(m.final_value)) and np.all(np.isfinite(m.final_points))
    assert np.all(m.converged_step == -1)


def test_progress_reaches_one_and_grows():
    seen = []
    engine.basin_map(surfaces.get("ravine"), optimizers.create("adam", lr=0.05), resolution=16, steps=300,
                     tol=0.0, progress=seen.append)
    assert seen[-1] == 1.0 and len(seen) >= 50
    assert np.all(np.diff(seen) > 0)


def test_cancel_stops_promptly():
    cancel = threading.Event()
    calls = []

    def progress(f):
        calls.append(f)
        if f >= 0.1:
            cancel.set()

    m = engine.basin_map(surfaces.get("ravine"), optimizers.create("adam", lr=0.05), resolution=32, steps=1000,
                         tol=0.0, progress=progress, cancel=cancel)
    assert not m.completed
    assert m.steps_done <= 0.1 * 1000 + 11
    assert calls[-1] < 1.0


def test_basin_map_uses_the_same_step_code_as_simulate():
    s = surfaces.get("beale")
    opt = optimizers.create("momentum", lr=0.001, momentum=0.9)
    m = engine.basin_map(s, opt, resolution=6, steps=50, tol=0.0)
    gx, gy = np.meshgrid(m.xs, m.ys)
    many = engine.simulate(s, opt, start=np.stack([gx.ravel(), gy.ravel()], -1), steps=50, tol=0.0)
    np.testing.assert_array_equal(m.final_points.reshape(-1, 2), many.points[-1])


def test_bad_arguments():
    with pytest.raises(ValueError, match="resolution"):
        engine.basin_map(surfaces.get("ravine"), optimizers.create("sgd"), resolution=1)
