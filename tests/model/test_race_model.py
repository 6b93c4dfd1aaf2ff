"""The race model and the pacing without Qt: plain pytest, no QApplication.

References: engine.simulate for the same optimizer and settings (the model must race
exactly what the engine computes), and the model's own setups round-tripped.
"""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import engine
from desktop_app.model.pacing import MAX_TICK_DEBT_S, STEP_BUDGET_RANGE_S, Pacer
from desktop_app.model.race import DEFAULT_OPTIMIZERS, RaceModel


class Recorder:
    """Collects what each event emitted."""

    def __init__(self, model, *names):
        self.seen = {name: [] for name in names}
        for name in names:
            getattr(model, name).connect(lambda *args, name=name: self.seen[name].append(args))


def test_the_model_and_pacing_import_no_qt():
    code = ("import sys, desktop_app.model.race, desktop_app.model.pacing, desktop_app.model.events;"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_default_race_races_the_default_optimizers_with_the_surface_suggestions():
    race = RaceModel(surface="ravine")
    assert [e.name for e in race.active] == list(DEFAULT_OPTIMIZERS)
    assert race.focused is race.active[0]
    for e in race.active:
        expected = {**e.optimizer.spec.defaults(), **race.surface.suggested_for(e.name)}
        assert e.optimizer.hyperparams == expected
    colours = [e.colour for e in race.entries]
    assert len(set(colours)) == len(colours)


def test_advance_equals_the_engine_and_stops_at_the_step_limit():
    race = RaceModel(surface="ravine", optimizers=["sgd", "adam"])
    events = Recorder(race, "sigStepped", "sigStopped")
    race.set_step_limit(40)
    assert race.advance(25) == 25 and race.t == 25
    assert race.advance(100) == 15 and race.t == 40
    assert events.seen["sigStopped"] == [("Step limit 40 reached",)]
    assert len(events.seen["sigStepped"]) == 2
    for e in race.active:
        ref = engine.simulate(race.surface, engine.optimizers.create(e.name, **e.optimizer.hyperparams),
                              start=race.start, steps=40)
        np.testing.assert_array_equal(e.lane.history.view("points"), ref.points)
    assert race.finished


def test_rewind_shows_the_history_and_stepping_goes_live():
    race = RaceModel(surface="saddle", optimizers=["momentum"])
    events = Recorder(race, "sigShownStepChanged")
    race.advance(30)
    entry = race.active[0]
    race.show_step(12)
    assert race.rewound and race.shown_step == 12
    np.testing.assert_array_equal(race.shown_points(entry), entry.lane.history.view("points")[:13])
    race.show_step(10 ** 6)  # past the live end: live again
    assert not race.rewound and race.shown_step == 30
    race.show_step(-5)
    assert race.shown_step == 0
    race.advance(1)
    assert not race.rewound and race.shown_step == 31
    assert len(events.seen["sigShownStepChanged"]) == 4  # 12, live, 0, live


def test_a_setup_round_trips_and_races_the_same():
    race = RaceModel(surface="rosenbrock", optimizers=["sgd", "adam", "adam"], start=(-1.2, 1.5))
    second = race.active[2]
    race.set_hyperparams(second.key, lr=0.02, noise=0.1)
    race.set_speed(250)
    race.set_step_limit(77)
    race.set_focus(second.key)
    setup = race.to_setup()
    other = RaceModel(surface="saddle")
    assert other.load_setup(setup)
    assert other.to_setup().to_json() == setup.to_json()
    assert [(e.name, e.label, e.colour, e.noise) for e in other.active] == \
           [(e.name, e.label, e.colour, e.noise) for e in race.active]
    assert other.focused.label == second.label and other.speed == 250 and other.step_limit == 77
    race.advance(20)
    other.advance(20)
    for a, b in zip(race.active, other.active):
        np.testing.assert_array_equal(a.lane.history.view("points"), b.lane.history.view("points"))


def test_a_bad_setup_changes_nothing_and_says_why():
    race = RaceModel(surface="ravine")
    events = Recorder(race, "sigStatus", "sigReset")
    setup = race.to_setup()
    setup.start = (float("nan"), 0.0)
    before = race.to_setup().to_json()
    assert not race.load_setup(setup)
    assert race.to_setup().to_json() == before
    assert "start point" in events.seen["sigStatus"][-1][0] and not events.seen["sigReset"]


@pytest.mark.parametrize("noise", [-1.0, float("nan"), float("inf")])
def test_bad_noise_is_refused_with_its_name(noise):
    race = RaceModel()
    events = Recorder(race, "sigStatus")
    entry = race.active[0]
    assert not race.set_hyperparams(entry.key, noise=noise, lr=0.5)
    assert "noise" in events.seen["sigStatus"][-1][0]
    assert entry.noise == 0.0 and entry.optimizer.hyperparams["lr"] != 0.5  # all or nothing


def test_instances_join_leave_and_keep_their_settings():
    race = RaceModel(surface="ravine", optimizers=["sgd"])
    sgd = race.active[0]
    race.set_hyperparams(sgd.key, lr=0.01)
    copy = race.add_instance(sgd.key)
    assert copy.optimizer.hyperparams == sgd.optimizer.hyperparams and copy.colour != sgd.colour
    assert race.focused is copy and race.can_remove(copy.key) and race.can_remove(sgd.key)
    race.set_checked(sgd.key, False)
    assert race.active == [copy]
    race.set_checked(sgd.key, True)
    assert sgd.optimizer.hyperparams["lr"] == 0.01  # unchecking kept its settings
    assert race.remove_instance(copy.key)
    assert not race.can_remove(sgd.key)
    assert not race.remove_instance(sgd.key)


def test_changing_surface_restarts_and_applies_its_suggestions():
    race = RaceModel(surface="ravine", optimizers=["sgd"])
    race.advance(5)
    assert race.set_surface("saddle")
    sgd = race.active[0]
    assert race.t == 0 and race.surface_name == "saddle"
    assert np.allclose(race.start, race.surface.start)
    assert sgd.optimizer.hyperparams["lr"] == race.surface.suggested_for("sgd").get("lr", 1e-3)
    assert not race.set_surface("nowhere")
    assert race.surface_name == "saddle"


def test_pacer_owes_fractions_and_never_makes_up_a_stall():
    pacer = Pacer(lambda: 500.0)
    assert pacer.steps_due(0.016) == 8  # 500 steps/s x 16 ms
    pacer = Pacer(lambda: 1.0)
    assert sum(pacer.steps_due(0.016) for _ in range(63)) == 1  # 1 step/s: fractions carry
    pacer = Pacer(lambda: 100.0)
    assert pacer.steps_due(2.0) == int(100 * MAX_TICK_DEBT_S)


def test_pacer_budget_follows_what_drawing_leaves():
    pacer = Pacer(lambda: 2000.0)
    lo, hi = STEP_BUDGET_RANGE_S
    pacer.measured(10, 0.01)  # 1 ms a step
    assert pacer.steps_affordable(2) == 2 and not pacer.engine_limited  # 2 ms of steps fit the starting budget
    for i in range(40):  # ticks on time: the engine may take more of each frame
        pacer.keep_up(0.016, 0.016)
    assert pacer.step_budget == hi and pacer.steps_affordable(1000) == int(hi / 0.001)
    assert pacer.engine_limited
    pacer.keep_up(0.030, 0.016)  # one late tick is jitter (a shared machine): the budget holds
    assert pacer.step_budget == hi
    pacer.keep_up(0.016, 0.016)
    pacer.keep_up(0.030, 0.016)  # two late of the last five: still the median is on time
    assert pacer.step_budget == hi
    pacer.keep_up(0.030, 0.016)  # three of five: the frames are slipping, much less at once
    assert pacer.step_budget == pytest.approx(0.7 * hi)
    for i in range(40):  # drawing alone takes longer than a frame: the engine still moves
        pacer.keep_up(0.05, 0.016)
    assert pacer.step_budget == lo and pacer.steps_affordable(1000) == int(lo / 0.001)


def test_pacer_measures_the_speed_it_reached():
    pacer = Pacer(lambda: 100.0)
    for i in range(11):
        pacer.reached(i * 0.05, i * 5)  # 5 steps every 50 ms
    assert pacer.achieved_speed() == pytest.approx(100.0)


def test_only_the_lane_in_focus_records_and_a_new_focus_fills_in_its_past():
    race = RaceModel(surface="ravine", optimizers=["sgd", "adam"])
    sgd, adam = race.active
    race.advance(30)
    assert sgd.lane.history.extras and not adam.lane.history.extras
    race.set_focus(adam.key)
    assert adam.lane.diagnostics is True and sgd.lane.diagnostics is None
    ref = engine.Run(race.surface, race.start)
    twin = ref.add("adam", **adam.optimizer.hyperparams)
    ref.step(30)
    for key in twin.history.extras:
        np.testing.assert_array_equal(adam.lane.history.view(key), twin.history.view(key), err_msg=key)
    race.advance(5)
    assert np.isfinite(adam.lane.history.view("m")[-2]).all()  # and it records from now on
