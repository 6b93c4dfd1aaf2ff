"""Evaluation counts: traj.evaluations and lane.evaluations against closed forms and
against a surface that counts the points it is asked for itself (the independent reference)."""
import numpy as np
import pytest

import engine


class Counting:
    """Wraps a surface and counts, per kind, the points it was asked for."""

    def __init__(self, surface):
        self.surface = surface
        self.bounds = surface.bounds
        self.calls = {"value": 0, "grad": 0, "hessian": 0}

    def _count(self, kind, p):
        self.calls[kind] += int(np.prod(np.shape(p)[:-1]))

    def value(self, p):
        self._count("value", p)
        return self.surface.value(p)

    def grad(self, p):
        self._count("grad", p)
        return self.surface.grad(p)

    def hessian(self, p):
        self._count("hessian", p)
        return self.surface.hessian(p)


def totals(traj):
    return {kind: int(a[-1]) for kind, a in traj.evaluations.items()}


def test_sgd_counts_one_gradient_and_one_value_per_step():
    s = engine.surfaces.get("rosenbrock")
    k = 40
    traj = engine.simulate(s, engine.optimizers.create("sgd", lr=1e-4), start=(-1.0, 1.5), steps=k)
    assert traj.status == "running"
    np.testing.assert_array_equal(traj.evaluations["grad"], np.arange(k + 1))
    np.testing.assert_array_equal(traj.evaluations["value"], np.arange(k + 1) + 1)
    np.testing.assert_array_equal(traj.evaluations["hessian"], 0)
    assert {kind: a.shape for kind, a in traj.evaluations.items()} == {kind: (k + 1,) for kind in totals(traj)}


def test_newton_counts_one_hessian_per_step():
    s = engine.surfaces.get("rosenbrock")
    k = 8
    traj = engine.simulate(s, engine.optimizers.create("newton", lr=0.1), start=(-1.0, 1.5), steps=k)
    assert traj.status == "running"
    np.testing.assert_array_equal(traj.evaluations["hessian"], np.arange(k + 1))
    np.testing.assert_array_equal(traj.evaluations["grad"], np.arange(k + 1))


def test_stopping_check_is_charged_to_the_last_entry():
    s = engine.surfaces.get("quadratic")
    traj = engine.simulate(s, engine.optimizers.create("newton"), start=(1.0, 1.0), steps=5)
    assert traj.status == "converged" and traj.converged_step == 1
    # step 1 jumps to the minimum; the gradient there stops it
    assert totals(traj) == {"value": 2, "grad": 2, "hessian": 1}
    assert traj.evaluations["grad"].tolist() == [0, 1, 2, 2, 2, 2]


@pytest.mark.parametrize("name,hp", [("bfgs", {}), ("lbfgs", {}), ("cg", {}), ("cg", {"line_search": "wolfe"}),
                                     ("bfgs", {"line_search": "exact"}),
                                     ("coordinate_descent", {"line_search": "exact"}),
                                     ("newton", {}), ("saddle_free_newton", {"damping": 0.1}),
                                     ("adam", {"lr": 0.05})])
@pytest.mark.parametrize("surface", ["rosenbrock", "himmelblau", "saddle", "beale"])
def test_counts_equal_the_surfaces_own_count(name, hp, surface):
    inner = engine.surfaces.get(surface)
    s = Counting(inner)
    start = (-1.0, 1.5) if surface != "beale" else (1.0, 1.0)
    traj = engine.simulate(s, engine.optimizers.create(name, **hp), start=start, steps=30)
    assert totals(traj) == s.calls
    for a in traj.evaluations.values():
        assert len(a) == len(traj.points) and np.all(np.diff(a) >= 0)


@pytest.mark.parametrize("name", ["bfgs", "cg", "newton", "sgd"])
def test_batch_rows_count_what_each_start_costs_alone(name):
    s = engine.surfaces.get("himmelblau")
    starts = np.array([(-1.0, 1.5), (0.3, -2.0), (4.0, 4.0), (3.0, 2.0)])   # the last one is a minimum
    opt = engine.optimizers.create(name, **({"lr": 0.01} if name == "sgd" else {}))
    many = engine.simulate(s, opt, start=starts, steps=25)
    for i, p in enumerate(starts):
        one = engine.simulate(s, engine.optimizers.create(opt.name, **opt.hyperparams), start=p, steps=25)
        for kind in ("value", "grad", "hessian"):
            assert many.evaluations[kind].shape == (26, len(starts))
            assert many.evaluations[kind][-1, i] == one.evaluations[kind][-1], (kind, i)


def test_run_lanes_count_live_and_agree_with_the_surface():
    inner = engine.surfaces.get("rosenbrock")
    s = Counting(inner)
    run = engine.Run(s, start=(-1.0, 1.5))
    sgd = run.add("sgd", lr=1e-4)
    bfgs = run.add("bfgs")
    newton = run.add("newton", lr=0.5)
    before = dict(s.calls)
    run.step(12)
    lanes = (sgd, bfgs, newton)
    for kind in s.calls:
        used = sum(lane.evaluations[kind] for lane in lanes)
        # the three lanes' start values were asked at construction, before `before`
        assert used - sum(kind == "value" for _ in lanes) == s.calls[kind] - before[kind], kind
    assert sgd.evaluations == {"value": 13, "grad": 12, "hessian": 0}
    assert newton.evaluations["hessian"] == 12
    alone = engine.simulate(inner, engine.optimizers.create("bfgs"), start=(-1.0, 1.5), steps=12)
    assert bfgs.evaluations == totals(alone)
    h = sgd.history
    assert h.view("evaluations").shape == (13, 3)
    np.testing.assert_array_equal(h.view("evaluations")[:, 1], np.arange(13))


def test_lanes_keep_engine_seconds_per_step_for_a_time_axis():
    run = engine.Run(engine.surfaces.get("rosenbrock"), start=(-1.0, 1.5), history_cap=64)
    sgd = run.add("sgd", lr=1e-4)
    bfgs = run.add("bfgs")
    run.step(5)
    bfgs.step()
    for lane in (sgd, bfgs):
        secs = lane.history.view("seconds")
        assert secs[0] == 0.0 and np.all(np.diff(secs) >= 0) and secs[-1] == lane.seconds > 0
    run.step(200)                          # past the cap: thinned with the other columns
    h = sgd.history
    assert h.size <= 64 and np.all(np.diff(h.view("seconds")) >= 0)
    np.testing.assert_array_equal(h.view("evaluations")[:, 1], h.view("steps"))
    run.reset()
    assert sgd.seconds == 0.0 and sgd.evaluations == {"value": 1, "grad": 0, "hessian": 0}
