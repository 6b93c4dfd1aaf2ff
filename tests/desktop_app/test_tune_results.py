"""Tuning results travel with setups (issue 16 item 5): a saved setup holds the sweep grid
and every tuned racer's runs; opening it shows the same sensitivity plot, the same best
settings and the same CSV without computing anything; a broken results object is refused
with its JSON path and changes nothing; a setup without results clears them."""
from __future__ import annotations

import json

import numpy as np
import pytest

import engine
from engine.setup import SetupError

from desktop_app.window import setup_io


def tune(window):
    return window.feature("tune")


@pytest.fixture
def tuned(window, qtbot):
    feat = tune(window)
    p = feat.panel
    p.lr_min.setText("1e-3")
    p.lr_max.setText("3")
    p.points.setValue(7)
    p.steps.setValue(80)
    p.seeds.setValue(2)
    window.ctrl.set_hyperparams(window.ctrl.active[0].key, noise=0.3)  # seeds matter for this one
    assert feat.start()
    qtbot.waitUntil(lambda: not feat.busy and feat.job is not None, timeout=30000)
    return feat


def saved_text(window) -> str:
    return window.api.capture_setup().to_json()


def test_results_round_trip_without_recomputing(window, tuned, monkeypatch):
    feat = tuned
    text = saved_text(window)
    data = json.loads(text)
    results = data["view"]["tune"]["results"]
    assert len(results["lanes"]) == len(feat.job.tasks)
    assert results["settings"] == feat.job.settings.to_json()
    before = ([t.key for t in feat.job.tasks], [sw for sw in feat.sweeps], feat.best(), feat.csv_text(),
              {k: (v[0].copy(), v[1].copy()) for k, v in feat.curves.items()})
    feat.restore(None)                    # a setup without results: cleared
    assert feat.job is None and not feat.curves and not feat.apply_action.isEnabled()
    monkeypatch.setattr(engine, "sweep", lambda *a, **k: pytest.fail("opening a setup must not sweep"))
    window.api.apply_setup(setup_io.read_setup(text))
    assert not feat.busy and feat.job is not None
    keys, sweeps, best, csv_text, curves = before
    assert [t.key for t in feat.job.tasks] == [window.ctrl.active[i["lane"]].key for i in results["lanes"]]
    for old, new in zip(sweeps, feat.sweeps):
        np.testing.assert_array_equal(new.grid["lr"], old.grid["lr"])
        assert new.seeds == old.seeds
        for name in ("final_value", "best_value", "converged_step", "target_step", "diverged_step"):
            np.testing.assert_array_equal(getattr(new, name), getattr(old, name))
        for kind in ("value", "grad", "hessian"):
            np.testing.assert_array_equal(new.evaluations[kind], old.evaluations[kind])
    assert feat.best() == best
    assert feat.apply_action.isEnabled()
    assert len(feat.curves) == len(curves)
    for (x0, y0), (x1, y1) in zip(curves.values(), feat.curves.values()):
        np.testing.assert_array_equal(x0, x1)
        np.testing.assert_array_equal(y0, y1)
    # the CSV's rows are the same runs (the restored lanes have new keys, not new numbers)
    assert feat.csv_text().splitlines()[1:] == csv_text.splitlines()[1:]


def test_a_setup_without_results_clears_them(window, tuned):
    data = json.loads(saved_text(window))
    del data["view"]["tune"]["results"]
    window.api.apply_setup(setup_io.read_setup(json.dumps(data)))
    assert tuned.job is None and not tuned.panel.csv_button.isEnabled()


def test_results_of_a_changed_lane_are_left_out(window, tuned):
    data = json.loads(saved_text(window))
    first = data["view"]["tune"]["results"]["lanes"][0]["lane"]
    other = "adagrad" if data["optimizers"][first]["optimizer"] != "adagrad" else "sgd"
    data["optimizers"][first] = {**data["optimizers"][first], "optimizer": other, "hyperparams": {"lr": 0.1}}
    window.api.apply_setup(setup_io.read_setup(json.dumps(data)))
    assert window.ctrl.active[first].key not in [t.key for t in tuned.job.tasks]
    assert len(tuned.job.tasks) == len(data["view"]["tune"]["results"]["lanes"]) - 1


def _set(data, path, value):
    """data["view"]["tune"]["results"] ... by a list of keys; value DELETE removes it."""
    node = data["view"]["tune"]["results"]
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value


DELETE = object()
R = "view.tune.results"
BROKEN = [
    ([], [], R),                                                        # (path [] = the results object itself)
    (["lanes"], {}, f"{R}.lanes"),
    (["extra"], 1, f"{R}.extra"),
    (["settings", "points"], 1, f"{R}.settings"),
    (["lanes", 0], "sgd", f"{R}.lanes[0]"),
    (["lanes", 0, "lane"], -1, f"{R}.lanes[0].lane"),
    (["lanes", 0, "lane"], True, f"{R}.lanes[0].lane"),
    (["lanes", 0, "optimizer"], "sgdx", f"{R}.lanes[0].optimizer"),
    (["lanes", 0, "lr"], [], f"{R}.lanes[0].lr"),
    (["lanes", 0, "lr"], [0.1, -1], f"{R}.lanes[0].lr"),
    (["lanes", 0, "seeds"], ["a"], f"{R}.lanes[0].seeds"),
    (["lanes", 0, "final_value"], [[1.0]], f"{R}.lanes[0].final_value"),
    (["lanes", 0, "final_value", 1], [1.0], f"{R}.lanes[0].final_value[1]"),
    (["lanes", 0, "final_value", 2, 1], "low", f"{R}.lanes[0].final_value[2][1]"),
    (["lanes", 0, "target_step", 0, 0], -5, f"{R}.lanes[0].target_step[0][0]"),
    (["lanes", 0, "diverged_step", 3, 0], 2.5, f"{R}.lanes[0].diverged_step[3][0]"),
    (["lanes", 0, "evaluations", "grad", 0, 0], None, f"{R}.lanes[0].evaluations.grad[0][0]"),
    (["lanes", 0, "evaluations", "flops"], [], f"{R}.lanes[0].evaluations"),
    (["lanes", 0, "best_value"], DELETE, f"{R}.lanes[0].best_value"),
    (["lanes", 0, "colour"], "red", f"{R}.lanes[0].colour"),
]


def test_broken_results_are_refused_with_their_path_and_change_nothing(window, tuned):
    text = saved_text(window)
    job, sweeps = tuned.job, tuned.sweeps
    for path, value, where in BROKEN:
        data = json.loads(text)
        if path:
            _set(data, path, value)
        else:
            data["view"]["tune"]["results"] = value
        with pytest.raises(SetupError) as err:
            window.api.apply_setup(setup_io.read_setup(json.dumps(data)))
        assert err.value.where == where, (path, value, str(err.value))
    assert tuned.job is job and tuned.sweeps is sweeps
