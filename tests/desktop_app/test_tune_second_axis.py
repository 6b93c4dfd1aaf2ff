"""Tune with one more hyperparameter (issue 16 item 1, "optionally one more"): the window's
two-axis sweep equals engine.sweep on the same grid, racers without that hyperparameter are
left out and named, Race tuned sets both values, the curve drawn is the median at the best
second value, results and settings travel with setups, bad values are refused by name."""
from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest

import engine
from engine.setup import SetupError

from desktop_app.features.tune import TuneFeature
from desktop_app.model.tune_job import TuneSettings
from desktop_app.window import setup_io

VALUES = (0.5, 0.9)


def tune(window):
    return window.feature("tune")


def set_form(feat, second="momentum", values="0.5, 0.9"):
    p = feat.panel
    p.lr_min.setText("1e-3")
    p.lr_max.setText("0.3")
    p.points.setValue(6)
    p.steps.setValue(60)
    p.seeds.setValue(1)
    p.second.setCurrentIndex(p.second.findData(second))
    p.second_values.setText(values)


@pytest.fixture
def tuned(window, qtbot):
    feat = tune(window)
    set_form(feat)
    assert feat.start()
    qtbot.waitUntil(lambda: not feat.busy and feat.job is not None, timeout=30000)
    return feat


def test_two_axis_sweep_equals_engine_sweep_and_leaves_out_who_lacks_it(window, tuned):
    ctrl = window.ctrl
    lrs = np.logspace(-3, np.log10(0.3), 6)
    having = [e for e in ctrl.active if "momentum" in e.optimizer.spec]
    lacking = [e for e in ctrl.active if "momentum" not in e.optimizer.spec]
    assert having and lacking  # the default race has both kinds
    assert [t.key for t in tuned.job.tasks] == [e.key for e in having]
    assert set(tuned.job.skipped) == {e.label for e in lacking}
    for task, sw in zip(tuned.job.tasks, tuned.sweeps):
        entry = ctrl.entry(task.key)
        fixed = {k: v for k, v in entry.optimizer.hyperparams.items() if k not in ("lr", "momentum")}
        ref = engine.sweep(ctrl.surface, entry.name, start=tuple(ctrl.start), grid={"lr": lrs, "momentum": VALUES},
                           steps=60, seeds=[0], noise=entry.noise, **fixed)
        assert sw.final_value.shape == (6, 2, 1)
        np.testing.assert_array_equal(sw.grid["lr"], ref.grid["lr"])
        np.testing.assert_array_equal(sw.final_value, ref.final_value)
        # one cell by a plain simulate call
        traj = engine.simulate(ctrl.surface, engine.optimizers.create(entry.name, **fixed, lr=float(lrs[2]),
                                                                      momentum=0.9),
                               start=tuple(ctrl.start), steps=60)
        assert sw.final_value[2, 1, 0] == traj.values[-1] or sw.diverged_step[2, 1, 0] >= 0


def test_race_tuned_sets_both_values_and_the_curve_is_the_best_column(window, tuned):
    ctrl = window.ctrl
    expected = {t.key: sw.best("final_value") for t, sw in zip(tuned.job.tasks, tuned.sweeps)}
    for task, sw in zip(tuned.job.tasks, tuned.sweeps):
        j = sw.best_index("final_value")[1]
        med = np.where(sw.diverged[..., 0], np.inf, sw.final_value[..., 0])
        assert expected[task.key]["momentum"] == VALUES[int(np.unravel_index(np.argmin(med), med.shape)[1])]
        x, y = tuned.curves[task.key]
        column = np.where(sw.diverged[:, j, 0], np.inf, sw.final_value[:, j, 0])  # diverged: not drawn
        ok = np.isfinite(column) & (column > 0)
        np.testing.assert_array_equal(y, column[ok])
        assert tuned.seconds[task.key] == ("momentum", VALUES[j])
    assert tuned.apply_best() == len(expected)
    for key, best in expected.items():
        hp = ctrl.entry(key).optimizer.hyperparams
        assert hp["lr"] == best["lr"] and hp["momentum"] == best["momentum"]


def test_a_click_adds_the_racer_at_the_drawn_second_value(window, tuned):
    task = tuned.job.tasks[0]
    entry = tuned.add_racer_at(task.key, tuned.job.settings.lrs[1])
    assert entry.optimizer.hyperparams["momentum"] == tuned.seconds[task.key][1]


def test_csv_has_a_column_per_axis(window, tuned):
    rows = list(csv.DictReader(io.StringIO(tuned.csv_text())))
    assert len(rows) == len(tuned.job.tasks) * 6 * 2
    assert {float(r["momentum"]) for r in rows} == set(VALUES)


def test_two_axis_results_and_settings_travel_with_setups(window, tuned):
    text = window.api.capture_setup().to_json()
    state = json.loads(text)["view"]["tune"]
    assert state["settings"]["second"] == "momentum" and state["settings"]["second_values"] == list(VALUES)
    old = [sw.final_value.copy() for sw in tuned.sweeps]
    best = tuned.best()
    tuned.restore(None)
    set_form(tuned, second="", values="")
    window.api.apply_setup(setup_io.read_setup(text))
    assert tuned.panel.settings().second == "momentum"
    for a, sw in zip(old, tuned.sweeps):
        np.testing.assert_array_equal(sw.final_value, a)
    assert tuned.best() == best
    data = json.loads(text)
    data["view"]["tune"]["results"]["lanes"][0]["final_value"][0] = [[1.0]]
    with pytest.raises(SetupError) as err:
        setup_io.read_setup(json.dumps(data))
    assert err.value.where == "view.tune.results.lanes[0].final_value[0]"
    assert "momentum value" in str(err.value)


@pytest.mark.parametrize("second,values,words", [
    ("momentum", "0.5, x", "momentum values"),
    ("beta1", "", "beta1 values"),
    ("beta1", "0.9, 0.9", "a value twice"),
    ("eps", ", ".join(["1e-8"] * 13), "eps values"),
])
def test_bad_second_values_say_why_and_start_nothing(window, second, values, words):
    feat = tune(window)
    set_form(feat, second, values)
    assert not feat.start()
    assert words in feat.panel.message.text() and not feat.busy


@pytest.mark.parametrize("settings,where", [
    ({"second": "gamma", "second_values": [1.0]}, "view.tune.settings"),
    ({"second": "beta1", "second_values": []}, "view.tune.settings"),
    ({"second_values": [0.9]}, "view.tune.settings"),
    ({"second": "beta1", "second_values": "0.9"}, "view.tune.settings"),
])
def test_broken_second_axis_in_a_file_names_its_path(settings, where):
    with pytest.raises(SetupError) as err:
        TuneFeature.check_view_state({"settings": settings}, "view.tune")
    assert err.value.where == where


def test_a_racer_lacking_the_second_axis_only_nothing_to_tune(window, qtbot):
    feat = tune(window)
    set_form(feat, "rho", "0.9, 0.95")      # only AdaDelta has rho; it is not racing by default
    assert not feat.start()
    assert "rho" in feat.panel.message.text()
    assert TuneSettings(second="rho", second_values=(0.9,)).check().grid_axes[1][0] == "rho"
