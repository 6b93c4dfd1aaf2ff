"""View → Count cost in (issue 16 item 3): the loss plot's x values are the lane's
evaluation counts, equal to engine.simulate's traj.evaluations for the same run; switching
the axis steps nothing; the race table's Cost column shows the counts; the choice travels
with setups and a broken one names its JSON path."""
from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6 import QtCore

import engine
from engine.setup import SetupError
from engine.stepper import Stepper

from desktop_app.model.controller import Controller
from desktop_app.model.race import COST_KINDS
from desktop_app.widgets.race_table import COST
from desktop_app.window import setup_io

RACERS = ["sgd", "newton", "bfgs", "cg"]
STEPS = 40


@pytest.fixture
def ctrl(qapp):
    c = Controller(surface="rosenbrock", optimizers=RACERS)
    yield c
    c.pause()


def feature(window):
    return window.feature("cost_axis")


def reference(ctrl, entry, steps):
    """The same run through engine.simulate: its evaluation counts are the reference."""
    opt = engine.optimizers.create(entry.name, **entry.optimizer.hyperparams)
    return engine.simulate(ctrl.surface, opt, start=tuple(ctrl.start), steps=steps, seed=0)


def test_switching_the_axis_draws_the_lanes_evaluation_counts(window, ctrl):
    ctrl.advance(STEPS)
    loss = window.loss_plot
    for kind in ("grad", "value", "hessian"):
        window.api.action(f"cost.{kind}").trigger()
        assert loss.cost == kind
        assert loss.getPlotItem().getAxis("bottom").labelText == loss.cost_titles()[kind]
        for entry in ctrl.active:
            traj = reference(ctrl, entry, STEPS)
            counts = traj.evaluations[kind]
            series = ctrl.loss_series(entry, False, kind)
            # the lane keeps a row per step taken (simulate pads a stopped run to its budget);
            # both charge the check that found the run had stopped to the last point
            n = len(series)
            assert n == (traj.converged_step + 1 if traj.status == "converged" else STEPS + 1)
            np.testing.assert_array_equal(series[:-1, 0], counts[:n - 1])
            assert series[-1, 0] == counts[-1]
            np.testing.assert_array_equal(series[:, 1], traj.values[:n])
            x, _ = loss.curves[entry.key].getData()
            assert len(x) and set(x.tolist()) <= set(series[:, 0].tolist())  # decimated: a subset
            assert x[-1] == series[-1, 0]
    # Newton asked for one Hessian per step, the others none
    newton = next(e for e in ctrl.active if e.name == "newton")
    assert ctrl.loss_series(newton, False, "hessian")[-1, 0] >= 1
    sgd = next(e for e in ctrl.active if e.name == "sgd")
    np.testing.assert_array_equal(ctrl.loss_series(sgd, False, "hessian")[:, 0], 0)
    np.testing.assert_array_equal(ctrl.loss_series(sgd, False, "grad")[:, 0], np.arange(STEPS + 1))


def test_the_line_searches_cost_more_than_their_steps(window, ctrl):
    ctrl.advance(STEPS)
    window.api.action("cost.grad").trigger()
    for name in ("bfgs", "cg"):
        entry = next(e for e in ctrl.active if e.name == name)
        x, _ = window.loss_plot.curves[entry.key].getData()
        assert x[-1] > entry.lane.t  # probes of the line search: more gradients than steps


def test_switching_steps_nothing(window, ctrl, monkeypatch):
    ctrl.advance(25)
    before = {e.key: (e.lane.history.size, e.lane.evaluations, ctrl.loss_series(e)[:, 1].copy())
              for e in ctrl.active}
    calls = []
    for name in ("step", "propose"):  # a lone lane's step, and a Run's shared one
        real = getattr(Stepper, name)
        monkeypatch.setattr(Stepper, name, lambda self, *a, _real=real, **k: calls.append(1) or _real(self, *a, **k))
    f = feature(window)
    for kind in COST_KINDS + ("steps",):
        f.set_axis(kind)
    for _ in range(len(COST_KINDS)):
        window.api.action("cost.next").trigger()
    assert calls == []
    assert ctrl.t == 25
    for e in ctrl.active:
        size, evals, values = before[e.key]
        assert e.lane.history.size == size and e.lane.evaluations == evals
        np.testing.assert_array_equal(ctrl.loss_series(e)[:, 1], values)
    ctrl.advance(1)
    assert calls  # (the patch does see steps)


def test_next_cycles_through_every_cost(window):
    f = feature(window)
    seen = []
    for _ in COST_KINDS:
        window.api.action("cost.next").trigger()
        seen.append(window.loss_plot.cost)
        assert window.api.action(f"cost.{seen[-1]}").isChecked()
    assert seen == list(COST_KINDS[1:]) + ["steps"]
    assert f.axis == "steps"


def test_the_race_table_shows_the_counts(window, ctrl):
    ctrl.advance(STEPS)
    model = window.race_table.model()
    assert not window.race_table.isColumnHidden(COST)
    for kind in ("grad", "value", "hessian", "steps"):
        feature(window).set_axis(kind)
        assert model.headerData(COST, QtCore.Qt.Orientation.Horizontal) == model.cost_headers()[kind]
        for row, entry in enumerate(ctrl.active):
            counts = reference(ctrl, entry, STEPS).evaluations
            shown = int(model.index(row, COST).data())
            assert shown == entry.lane.evaluations["grad" if kind == "steps" else kind]
            assert shown >= counts["grad" if kind == "steps" else kind][-2]
    feature(window).set_axis("seconds")
    for row, entry in enumerate(ctrl.active):
        assert float(model.index(row, COST).data()) == pytest.approx(1000 * entry.lane.seconds, abs=0.051)


def test_the_timeline_maps_steps_to_the_focused_lanes_cost(window, ctrl):
    ctrl.advance(STEPS)
    bfgs = next(e for e in ctrl.active if e.name == "bfgs")
    ctrl.set_focus(bfgs.key)
    feature(window).set_axis("grad")
    loss = window.loss_plot
    grads = ctrl.loss_series(bfgs, False, "grad")[:, 0]
    steps = ctrl.loss_series(bfgs)[:, 0]
    for i in (0, 3, len(steps) // 2):
        assert loss.x_of_step(steps[i]) == grads[i]
        assert loss.step_of_x(grads[i]) == steps[i]


def test_the_axis_travels_with_setups_and_broken_ones_name_their_path(window, ctrl):
    f = feature(window)
    f.set_axis("hessian")
    setup = window.api.capture_setup()
    assert setup.view["cost_axis"] == {"axis": "hessian"}
    text = setup.to_json()
    f.set_axis("steps")
    window.api.apply_setup(setup_io.read_setup(text))
    assert window.loss_plot.cost == "hessian" and window.api.action("cost.hessian").isChecked()
    broken = [({"axis": "flops"}, "view.cost_axis.axis"), ({"axis": 3}, "view.cost_axis.axis"),
              ({"axes": "grad"}, "view.cost_axis.axes"), ("grad", "view.cost_axis"), (None, "view.cost_axis")]
    for bad, where in broken:
        data = json.loads(text)
        data["view"]["cost_axis"] = bad
        with pytest.raises(SetupError) as err:
            setup_io.read_setup(json.dumps(data))
        assert err.value.where == where, bad
    assert window.loss_plot.cost == "hessian"  # a refused file changed nothing
    window.api.apply_setup(setup_io.read_setup(json.dumps({k: v for k, v in json.loads(text).items()})))
    data = json.loads(text)
    del data["view"]["cost_axis"]
    window.api.apply_setup(setup_io.read_setup(json.dumps(data)))
    assert window.loss_plot.cost == "steps"  # a setup without one counts steps


def test_the_feature_can_be_removed_and_the_plot_keeps_working(window, ctrl):
    feature(window).set_axis("grad")
    window.features.remove("cost_axis")
    with pytest.raises(KeyError):
        window.api.action("cost.next")
    ctrl.advance(3)
    assert window.loss_plot.cost == "grad"
