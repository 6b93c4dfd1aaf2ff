"""simulate, Run and History: status, live changes, memory cap, batches, noise, averaging."""
import numpy as np
import pytest

import engine
from engine import optimizers, surfaces
from engine.history import History

BOWL = surfaces.get("quadratic", a=1.0, b=4.0)
START = (1.5, 1.0)


def test_single_trajectory_shapes_and_status():
    traj = engine.simulate(BOWL, optimizers.create("sgd", lr=0.05), start=START, steps=40)
    assert traj.points.shape == (41, 2) and traj.values.shape == (41,)
    assert traj.points.dtype == np.float64 and traj.status == "running"
    np.testing.assert_array_equal(traj.points[0], START)
    np.testing.assert_allclose(traj.values, BOWL.value(traj.points))


def test_converged_run_stops_and_pads_to_the_requested_steps():
    traj = engine.simulate(BOWL, optimizers.create("newton"), start=START, steps=10)
    assert traj.status == "converged" and traj.converged_step == 1
    assert traj.points.shape == (11, 2)
    np.testing.assert_array_equal(traj.points[2:], np.repeat(traj.points[1:2], 9, axis=0))


def test_diverged_run_ends_at_its_last_finite_point():
    traj = engine.simulate(BOWL, optimizers.create("sgd", lr=0.6), start=START, steps=500)
    assert traj.status == "diverged"
    k = traj.diverged_step
    assert 10 < k < 500
    assert traj.points.shape == (k, 2)
    assert np.all(np.isfinite(traj.points)) and np.all(np.isfinite(traj.values))
    (x0, x1), _ = BOWL.bounds
    assert np.abs(traj.points[-1]).max() > 1e3 * (x1 - x0)


def test_non_finite_values_count_as_divergence():
    class LogSurface:
        bounds = ((0.1, 2.0), (0.1, 2.0))

        def value(self, p):
            p = np.asarray(p, float)
            return np.log(p[..., 0]) + p[..., 1] ** 2

        def grad(self, p):
            p = np.asarray(p, float)
            return np.stack([1 / p[..., 0], 2 * p[..., 1]], axis=-1)

        def hessian(self, p):
            p = np.asarray(p, float)
            h = np.zeros(p.shape[:-1] + (2, 2))
            h[..., 0, 0] = -1 / p[..., 0] ** 2
            h[..., 1, 1] = 2
            return h

    traj = engine.simulate(LogSurface(), optimizers.create("sgd", lr=0.5), start=(1.0, 1.0), steps=50)
    assert traj.status == "diverged"
    assert np.all(np.isfinite(traj.points)) and np.all(np.isfinite(traj.values))
    assert traj.points[-1][0] > 0


def test_batch_equals_single_runs():
    starts = np.array([[1.5, 1.0], [-1.0, 0.3], [0.2, -1.8]])
    opt = optimizers.create("adam", lr=0.05)
    many = engine.simulate(BOWL, opt, start=starts, steps=60)
    assert many.points.shape == (61, 3, 2)
    for i, s in enumerate(starts):
        one = engine.simulate(BOWL, opt, start=s, steps=60)
        np.testing.assert_array_equal(many.points[:, i], one.points)


def test_batch_with_a_diverging_member_keeps_the_others_going():
    starts = np.array([[1.5, 1.0], [1e5, 1e5]])
    many = engine.simulate(BOWL, optimizers.create("sgd", lr=0.6), start=starts, steps=30)
    assert list(many.status) == ["running", "diverged"] or many.status[1] == "diverged"
    assert np.all(np.isfinite(many.points))
    assert many.status[0] != "diverged"


def test_start_far_outside_the_window_is_diverged_not_a_crash():
    traj = engine.simulate(BOWL, optimizers.create("sgd", lr=0.1), start=(1e12, 0.0), steps=5)
    assert traj.status == "diverged" and traj.diverged_step == 0
    assert np.all(np.isfinite(traj.points))


def test_noise_is_seeded_and_reproducible():
    opt = optimizers.create("sgd", lr=0.05)
    a = engine.simulate(BOWL, opt, start=START, steps=50, noise=0.5, seed=3)
    b = engine.simulate(BOWL, opt, start=START, steps=50, noise=0.5, seed=3)
    c = engine.simulate(BOWL, opt, start=START, steps=50, noise=0.5, seed=4)
    clean = engine.simulate(BOWL, opt, start=START, steps=50)
    np.testing.assert_array_equal(a.points, b.points)
    assert np.abs(a.points - c.points).max() > 1e-3
    assert np.abs(a.points - clean.points).max() > 1e-3


def test_noise_does_not_fake_convergence():
    """Convergence is judged on the true gradient, not the noisy one."""
    traj = engine.simulate(BOWL, optimizers.create("newton"), start=START, steps=5, noise=1.0, seed=1)
    assert traj.status == "running"


def test_polyak_average_is_the_running_mean():
    traj = engine.simulate(BOWL, optimizers.create("sgd", lr=0.1), start=START, steps=30, noise=0.3, seed=0)
    avg = traj.averaged()
    for k in (0, 5, 30):
        np.testing.assert_allclose(avg[k], traj.points[: k + 1].mean(axis=0), rtol=1e-12)
    late = traj.averaged(burn_in=10)
    np.testing.assert_array_equal(late[:10], traj.points[:10])
    np.testing.assert_allclose(late[30], traj.points[10:31].mean(axis=0), rtol=1e-12)


def test_bad_simulate_arguments():
    with pytest.raises(ValueError, match="start shape"):
        engine.simulate(BOWL, optimizers.create("sgd"), start=(1.0, 2.0, 3.0))
    with pytest.raises(ValueError, match="steps"):
        engine.simulate(BOWL, optimizers.create("sgd"), start=START, steps=-1)
    with pytest.raises(ValueError, match="noise"):
        engine.simulate(BOWL, optimizers.create("sgd"), start=START, noise=-1)


# -- Run -----------------------------------------------------------------------------

def test_run_steps_every_lane_and_matches_simulate():
    run = engine.Run(BOWL, START)
    run.add("sgd", lr=0.05)
    run.add("momentum", lr=0.05, momentum=0.8)
    assert run.step(25) == 25
    for lane in run.lanes:
        ref = engine.simulate(BOWL, optimizers.create(lane.optimizer.name, **lane.optimizer.hyperparams),
                              start=START, steps=25)
        np.testing.assert_array_equal(lane.history.view("points"), ref.points)
        np.testing.assert_array_equal(lane.history.view("values"), ref.values)
        assert lane.t == 25


def test_live_change_applies_at_the_next_step_and_keeps_velocity():
    run = engine.Run(BOWL, START)
    lane = run.add("momentum", lr=0.05, momentum=0.9)
    run.step(10)
    buf = lane.stepper.state.blocks[1]["buf"].copy()
    p = lane.point.copy()
    lane.set(lr=0.01)
    run.step(1)
    g = BOWL.grad(p)
    expected = p - 0.01 * (0.9 * buf[0] + g)
    np.testing.assert_allclose(lane.point, expected, rtol=1e-14)
    assert lane.history.size == 12      # the trail is kept


def test_records_show_why_it_moved():
    run = engine.Run(BOWL, START)
    adam = run.add("adam", lr=0.1)
    nag = run.add("nesterov", lr=0.05, momentum=0.9)
    newton = run.add("newton")
    run.step(3)
    for lane in (adam, nag):
        rec = lane.last_record
        np.testing.assert_allclose(rec["step"][0], lane.history.view("points")[-1] - lane.history.view("points")[-2])
    assert {"grad", "step", "m", "v", "m_hat", "v_hat", "effective_lr"} <= set(adam.last_record)
    assert {"velocity", "lookahead"} <= set(nag.last_record)
    np.testing.assert_allclose(nag.last_record["lookahead"][0], nag.point + 0.9 * nag.last_record["velocity"][0])
    rec0 = newton.history.record_at(0)
    np.testing.assert_allclose(rec0["hessian"], BOWL.hessian(np.array(START)), rtol=1e-6)


def test_diverged_lane_stops_and_the_others_go_on():
    run = engine.Run(BOWL, START)
    wild = run.add("sgd", lr=5.0)
    calm = run.add("sgd", lr=0.05)
    run.step(200)
    assert wild.status == "diverged" and 0 < wild.status_step < 200
    assert calm.status in ("running", "converged") and calm.t > wild.t
    assert np.all(np.isfinite(wild.history.view("points")))


def test_reset_and_new_start():
    run = engine.Run(BOWL, START)
    lane = run.add("adam", lr=0.1)
    run.step(5)
    run.reset(start=(-1.0, 0.5))
    assert lane.t == 0 and lane.history.size == 1
    np.testing.assert_array_equal(lane.point, (-1.0, 0.5))
    run.step(5)
    ref = engine.simulate(BOWL, optimizers.create("adam", lr=0.1), start=(-1.0, 0.5), steps=5)
    np.testing.assert_array_equal(lane.history.view("points"), ref.points)
    with pytest.raises(ValueError, match="start point"):
        run.reset(start=(np.nan, 0.0))


def test_surface_change_restarts_from_the_same_start():
    run = engine.Run(BOWL, START)
    lane = run.add("sgd", lr=0.05)
    run.step(5)
    ravine = surfaces.get("ravine")
    run.set_surface(ravine)
    run.step(1)
    np.testing.assert_allclose(lane.point, np.array(START) - 0.05 * ravine.grad(np.array(START)))


def test_history_memory_is_capped_and_keeps_the_recent_path():
    run = engine.Run(BOWL, START, history_cap=256, tol=0.0)
    lane = run.add("sgd", lr=1e-4)
    run.step(5000)
    h = lane.history
    assert h.size <= 256 and len(h.steps) <= 256
    steps = h.view("steps")
    assert steps[0] == 0 and steps[-1] == 5000 and np.all(np.diff(steps) > 0)
    assert np.all(np.diff(steps[-100:]) == 1)           # recent path at full resolution
    row = h.row_at(4990)
    assert steps[row] == 4990
    np.testing.assert_allclose(h.view("points")[-1], lane.point)


def test_history_rejects_tiny_caps():
    with pytest.raises(ValueError, match="cap"):
        History(cap=3)
