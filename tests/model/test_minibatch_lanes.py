"""Per-lane batch sizes and epochs in the race model (no QApplication).

References: engine.simulate with the same batch size and seed (the window races exactly
what the engine computes), epochs = steps B / N when B divides N (every example seen
once per epoch, checked by collecting the drawn minibatches), and saved setups."""
from __future__ import annotations

import numpy as np
import pytest

import engine
from desktop_app.model import scenarios
from desktop_app.model.race import RaceModel

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


def _data_race(batch=None, **surface_params):
    race = RaceModel(surface="ravine", optimizers=["sgd", "momentum"])
    race.set_surface("linear_regression", standardize=True, **surface_params)
    sgd = race.active[0]
    if batch is not None:
        assert race.set_hyperparams(sgd.key, batch_size=batch)
        race.reset()
    return race, sgd


def test_scenario_25_races_its_lanes_at_their_own_batch_sizes_as_the_engine_does():
    sc = SCENARIOS[25]
    race = RaceModel()
    assert race.load_setup(sc.setup)
    assert [race.batch_size_of(e) for e in race.active] == [1, 32, 442]
    race.advance(120)
    for entry, lane in zip(race.active, sc.setup.lanes):
        opt = engine.optimizers.create("sgd", **lane.hyperparams)
        surface = sc.setup.build_surface()
        if lane.batch_size is not None:
            surface = surface.with_values(batch_size=lane.batch_size)
        ref = engine.simulate(surface, opt, start=sc.setup.start, steps=120, seed=lane.seed)
        np.testing.assert_array_equal(entry.lane.history.view("points"), ref.points)
    # and it saves them again
    saved = race.to_setup()
    assert [lane.batch_size for lane in saved.lanes] == [1, 32, None]


def test_epochs_are_steps_times_batch_over_n_and_each_epoch_sees_every_example_once():
    race, sgd = _data_race(batch=8, n_examples=400)     # 8 divides 400: 50 steps an epoch
    race.set_step_limit(130)
    race.advance(130)
    assert race.epochs_at(sgd, 130) == pytest.approx(130 * 8 / 400)
    np.testing.assert_allclose(race.epochs_of(sgd, np.arange(0, 131)), np.arange(0, 131) * 8 / 400)
    seen = np.concatenate([race.minibatch_at(sgd, k) for k in range(1, 51)])   # steps 1..50: epoch 1
    assert sorted(seen.tolist()) == list(range(400))
    full = race.active[1]                                # no batch size of its own: full batch
    assert race.batch_size_of(full) == 400 and race.epochs_at(full, 130) == 130
    assert race.minibatch_at(full, 5) is None


def test_epochs_when_the_batch_does_not_divide_n_follow_the_engines_ceil():
    race, sgd = _data_race(batch=32)                     # 442 / 32: 14 steps an epoch, the last of 26
    race.advance(28)
    assert race.epochs_at(sgd, 28) == 2.0 == sgd.lane.stepper.oracle.epoch
    sizes = [len(race.minibatch_at(sgd, k)) for k in range(1, 15)]
    assert sizes == [32] * 13 + [442 - 13 * 32]


def test_the_minibatch_shown_is_the_one_the_step_used():
    """The step from row k-1 to k moved by -lr times the mean gradient of minibatch_at(k)."""
    race, sgd = _data_race(batch=4)
    race.advance(30)
    lr = sgd.optimizer.hyperparams["lr"]
    pts = sgd.lane.history.view("points")
    for k in (1, 2, 17, 30):
        idx = race.minibatch_at(sgd, k)
        g = race.surface.batch_grad(pts[k - 1], idx)
        np.testing.assert_allclose(pts[k], pts[k - 1] - lr * g, rtol=1e-13)
    np.testing.assert_array_equal(race.minibatch_at(sgd, 0), race.minibatch_at(sgd, 1))


def test_a_live_batch_size_change_keeps_the_trail_and_counts_epochs_on():
    race, sgd = _data_race(batch=17, n_examples=340)     # 20 steps an epoch
    race.advance(30)
    before = sgd.lane.history.view("points").copy()
    assert race.set_hyperparams(sgd.key, batch_size=34)  # 10 steps an epoch from here
    race.advance(10)
    np.testing.assert_array_equal(sgd.lane.history.view("points")[:31], before)
    assert race.epochs_at(sgd, 30) == pytest.approx(1.5)
    assert race.epochs_at(sgd, 40) == pytest.approx(2.5)
    assert race.epochs_at(sgd, 15) == pytest.approx(0.75)
    assert race.minibatch_at(sgd, 20) is None            # drawn in the old size: not recomputed
    assert len(race.minibatch_at(sgd, 31)) == 34
    race.reset()                                          # a restart forgets the change
    race.advance(10)
    assert race.epochs_at(sgd, 10) == pytest.approx(1.0)


@pytest.mark.parametrize("value, words", [(0, "batch_size"), (443, "442"), (2.5, "whole number"),
                                          (float("nan"), "batch_size"), ("8", "batch_size"), (True, "batch_size")])
def test_bad_batch_sizes_are_refused_with_a_message_and_change_nothing(value, words):
    race, sgd = _data_race()
    said = []
    race.sigStatus.connect(said.append)
    assert not race.set_hyperparams(sgd.key, batch_size=value)
    assert words in said[-1] and sgd.batch_size is None and sgd.lane.stepper.oracle.sampler is None


def test_no_batch_size_and_no_epochs_off_data_surfaces():
    race = RaceModel(surface="ravine", optimizers=["sgd"])
    e = race.active[0]
    said = []
    race.sigStatus.connect(said.append)
    assert not race.set_hyperparams(e.key, batch_size=4)
    assert "no examples" in said[-1]
    assert not race.is_data and race.epochs_at(e, 10) is None and race.minibatch_at(e, 3) is None
    assert race.batch_size_of(e) is None


def test_a_lane_that_stopped_stops_counting_epochs():
    race = RaceModel(surface="ravine", optimizers=["newton", "sgd"])
    race.set_surface("linear_regression", standardize=True)
    newton = next(e for e in race.active if e.name == "newton")
    race.advance(40)
    assert newton.lane.status == "converged" and newton.lane.t < 40 == race.t
    assert race.epochs_at(newton) == newton.lane.t          # full batch: an epoch a step, until it stopped
