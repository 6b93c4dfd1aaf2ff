"""Playback → Tune… (issue 16): the window's sweep equals engine.sweep's for the same
inputs, Race tuned sets exactly the best values through the validated path, the CSV is
Sweep.to_csv's rows, cancel leaves the window usable, the settings travel with setups."""
from __future__ import annotations

import io
import csv

import numpy as np
import pytest

import engine
from engine.setup import SetupError

from desktop_app.features.tune import TuneFeature
from desktop_app.model.tune_job import TuneJob, TuneSettings


def tune(window):
    return window.feature("tune")


def set_form(feat, lo="1e-3", hi="1", points=8, steps=60, seeds=1):
    p = feat.panel
    p.lr_min.setText(lo)
    p.lr_max.setText(hi)
    p.points.setValue(points)
    p.steps.setValue(steps)
    p.seeds.setValue(seeds)


def run_to_end(qtbot, feat):
    assert feat.start()
    qtbot.waitUntil(lambda: not feat.busy and feat.job is not None, timeout=30000)


def test_window_sweep_equals_engine_sweep(window, qtbot):
    feat = tune(window)
    set_form(feat)
    run_to_end(qtbot, feat)
    ctrl = window.ctrl
    lrs = np.logspace(-3, 0, 8)
    assert [t.key for t in feat.job.tasks] == [e.key for e in ctrl.active if "lr" in e.optimizer.spec]
    for task, sw in zip(feat.job.tasks, feat.sweeps):
        entry = ctrl.entry(task.key)
        fixed = {k: v for k, v in entry.optimizer.hyperparams.items() if k != "lr"}
        ref = engine.sweep(ctrl.surface, entry.name, start=tuple(ctrl.start), grid={"lr": lrs}, steps=60,
                           seeds=[0], noise=entry.noise, **fixed)
        np.testing.assert_array_equal(sw.grid["lr"], ref.grid["lr"])
        np.testing.assert_array_equal(sw.final_value, ref.final_value)
        np.testing.assert_array_equal(sw.diverged_step, ref.diverged_step)
        # and one cell against a plain simulate of that setting
        traj = engine.simulate(ctrl.surface, engine.optimizers.create(entry.name, **fixed, lr=float(lrs[3])),
                               start=tuple(ctrl.start), steps=60)
        assert sw.final_value[3, 0] == traj.values[-1] or sw.diverged_step[3, 0] >= 0


def test_race_tuned_sets_exactly_the_best_values(window, qtbot):
    feat = tune(window)
    set_form(feat)
    run_to_end(qtbot, feat)
    expected = {t.key: sw.best("final_value")["lr"] for t, sw in zip(feat.job.tasks, feat.sweeps)}
    others = {e.key: dict(e.optimizer.hyperparams) for e in window.ctrl.active}
    window.ctrl.advance(5)
    assert feat.apply_best() == len(expected)
    assert window.ctrl.t == 0  # restarted
    for key, lr in expected.items():
        hp = window.ctrl.entry(key).optimizer.hyperparams
        assert hp["lr"] == lr
        assert {k: v for k, v in hp.items() if k != "lr"} == {k: v for k, v in others[key].items() if k != "lr"}
    # the best is the lowest median final loss among runs that did not diverge
    for task, sw in zip(feat.job.tasks, feat.sweeps):
        med = np.where(sw.diverged[:, 0], np.inf, sw.final_value[:, 0])
        assert sw.best()["lr"] == sw.grid["lr"][int(np.argmin(med))]


def test_apply_best_goes_through_the_validated_path(window, qtbot, monkeypatch):
    feat = tune(window)
    set_form(feat)
    run_to_end(qtbot, feat)
    calls = []
    real = window.ctrl.set_hyperparams
    monkeypatch.setattr(window.ctrl, "set_hyperparams", lambda key, **v: calls.append((key, v)) or real(key, **v))
    feat.apply_best()
    assert sorted(k for k, _ in calls) == sorted(t.key for t in feat.job.tasks)
    assert all(set(v) == {"lr"} for _, v in calls)


def test_plot_draws_each_racer_median(window, qtbot):
    feat = tune(window)
    set_form(feat)
    run_to_end(qtbot, feat)
    for task, sw in zip(feat.job.tasks, feat.sweeps):
        x, y = feat.curves[task.key]
        med = sw.summary("final_value")["median"]
        ok = np.isfinite(med) & (med > 0)
        np.testing.assert_array_equal(x, np.asarray(sw.grid["lr"])[ok])
        np.testing.assert_array_equal(y, med[ok])


def test_csv_has_one_row_per_run(window, qtbot, tmp_path):
    feat = tune(window)
    set_form(feat, points=5)
    run_to_end(qtbot, feat)
    path = feat.export_csv(tmp_path / "sweep.csv")
    rows = list(csv.DictReader(io.StringIO(open(path, encoding="utf-8").read())))
    assert len(rows) == 5 * len(feat.job.tasks)
    for task, sw in zip(feat.job.tasks, feat.sweeps):
        mine = [r for r in rows if r["label"] == task.label]
        assert [float(r["final_value"]) for r in mine] == pytest.approx(list(sw.final_value[:, 0]), nan_ok=True)
        assert [float(r["lr"]) for r in mine] == list(sw.grid["lr"])


def test_cancel_leaves_the_window_usable(window, qtbot):
    feat = tune(window)
    set_form(feat, points=200, steps=20000)
    assert feat.start()
    assert feat.busy
    assert feat.cancel()
    assert not feat.busy and feat.panel.run_button.isEnabled()
    assert feat.job is None  # nothing half-done is shown
    window.ctrl.advance(3)
    assert window.ctrl.t == 3
    set_form(feat)
    run_to_end(qtbot, feat)
    assert feat.sweeps and all(sw.completed for sw in feat.sweeps)


def test_racing_goes_on_while_tuning(window, qtbot):
    feat = tune(window)
    set_form(feat, points=60, steps=3000)
    window.ctrl.play()
    assert feat.start()
    t0 = window.ctrl.t
    qtbot.waitUntil(lambda: window.ctrl.t > t0 + 5, timeout=10000)
    feat.cancel()
    window.ctrl.pause()


BAD_FORMS = [
    (dict(lo="abc"), "lr from"),
    (dict(lo="0"), "lr_min"),
    (dict(lo="1", hi="0.1"), "min must be < max"),
    (dict(hi="inf"), "lr_max"),
]


@pytest.mark.parametrize("form,words", BAD_FORMS)
def test_bad_form_says_why_and_starts_nothing(window, form, words):
    feat = tune(window)
    set_form(feat, **form)
    assert not feat.start()
    assert words in feat.panel.message.text() and not feat.busy


def test_click_on_a_point_adds_that_racer(window, qtbot):
    feat = tune(window)
    set_form(feat)
    run_to_end(qtbot, feat)
    task = feat.job.tasks[0]
    n = len(window.ctrl.entries)
    entry = feat.add_racer_at(task.key, feat.job.settings.lrs[2])
    assert len(window.ctrl.entries) == n + 1 and entry.name == task.name
    assert entry.optimizer.hyperparams["lr"] == feat.job.settings.lrs[2]


def test_settings_round_trip_through_view_state(window):
    feat = tune(window)
    set_form(feat, lo="0.002", hi="3", points=11, steps=250, seeds=3)
    state = feat.view_state()
    TuneFeature.check_view_state(state, "view.tune")
    set_form(feat)
    feat.restore(state)
    assert feat.panel.settings() == TuneSettings(0.002, 3.0, 11, 250, 3)


BROKEN_VIEW_STATES = [
    ([], "view.tune"),
    ({"grid": {}}, "view.tune.grid"),
    ({"settings": 5}, "view.tune.settings"),
    ({"settings": {"lr_min": -1}}, "view.tune.settings"),
    ({"settings": {"lr_min": 1, "lr_max": 0.5}}, "view.tune.settings"),
    ({"settings": {"points": 1.5}}, "view.tune.settings.points"),
    ({"settings": {"points": 1}}, "view.tune.settings"),
    ({"settings": {"seeds": True}}, "view.tune.settings.seeds"),
    ({"settings": {"objective": "speed"}}, "view.tune.settings"),
    ({"settings": {"objective": "target_step"}}, "view.tune.settings"),
    ({"settings": {"colour": "red"}}, "view.tune.settings"),
]


@pytest.mark.parametrize("state,where", BROKEN_VIEW_STATES)
def test_broken_view_state_is_refused_with_its_path(state, where):
    with pytest.raises(SetupError) as err:
        TuneFeature.check_view_state(state, "view.tune")
    assert where in str(err.value)


def test_job_skips_line_search_methods(ctrl):
    for e in ctrl.entries:
        if e.name in ("bfgs", "sgd"):
            ctrl.set_checked(e.key, True)
    job = TuneJob.for_entries(ctrl, ctrl.active, TuneSettings())
    assert "BFGS" in " ".join(job.skipped)
    assert all("lr" in engine.optimizers.create(t.name).spec for t in job.tasks)


def test_the_default_tune_runs_in_a_child_process_and_a_small_one_on_a_thread(ctrl):
    """A sweep's step is mostly Python on a small batch: on a thread it waits for the GIL the
    window holds (bench_tune_window: 1.67 s against 0.76 s in a child, both at >= 60 fps), so
    its cost counts STEP_POINTS a step; a one-racer short sweep still saves the ~0.3 s spawn."""
    from desktop_app.model import job_runner
    from desktop_app.model.tune_job import STEP_POINTS

    names = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "nadam", "radam", "adamax"]
    for e in ctrl.entries:
        ctrl.set_checked(e.key, e.name in names)
    big = TuneJob.for_entries(ctrl, ctrl.active, TuneSettings())
    assert len(big.tasks) == 10
    assert big.cost == 10 * 500 * (25 + STEP_POINTS) >= job_runner.PROCESS_WORK
    small = TuneJob.for_entries(ctrl, ctrl.active[:1], TuneSettings(steps=100))
    assert small.cost == 100 * (25 + STEP_POINTS) < job_runner.PROCESS_WORK
