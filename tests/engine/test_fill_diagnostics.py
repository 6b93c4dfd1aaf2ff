"""A lane that recorded no diagnostics fills them in by replaying itself: the records
equal, bit for bit, those of a twin lane that recorded all along."""
from __future__ import annotations

import numpy as np
import pytest

import engine


def _twins(name, noise=0.0, **hp):
    run = engine.Run(engine.surfaces.get("rosenbrock"), start=(-1.2, 1.4))
    watched = run.add(name, noise=noise, seed=3, **hp)
    quiet = run.add(name, noise=noise, seed=3, **hp)
    quiet.diagnostics = None
    return run, watched, quiet


@pytest.mark.parametrize("name, hp, noise", [("adam", {"lr": 0.02}, 0.0), ("momentum", {"lr": 1e-3}, 0.5),
                                             ("rmsprop", {"lr": 1e-3, "centered": True}, 0.0),
                                             ("bfgs", {}, 0.0), ("newton", {"damping": 1.0}, 0.0)])
def test_filled_diagnostics_equal_those_recorded_all_along(name, hp, noise):
    run, watched, quiet = _twins(name, noise, **hp)
    run.step(150)
    assert not quiet.history.extras  # recorded nothing
    quiet.diagnostics = True
    filled = quiet.fill_diagnostics()
    assert filled == watched.history.size - 1 > 0
    assert set(quiet.history.extras) == set(watched.history.extras)
    for key, arr in watched.history.extras.items():
        np.testing.assert_array_equal(quiet.history.view(key), watched.history.view(key), err_msg=key)


def test_a_setting_changed_mid_run_stops_the_fill_where_the_replay_parts():
    run, watched, quiet = _twins("sgd", lr=1e-3)
    run.step(40)
    quiet.set(lr=2e-3)
    run.step(40)
    quiet.diagnostics = True
    assert quiet.fill_diagnostics() == 0  # replayed at lr 2e-3 it parts from the history at step 1
    quiet.set(lr=1e-3)  # back to the first 40 steps' setting: they replay, the rest part
    assert quiet.fill_diagnostics() == 40
    np.testing.assert_array_equal(quiet.history.view("grad")[:40], watched.history.view("grad")[:40])
    assert np.isnan(quiet.history.view("grad")[40:]).all()


def test_no_replay_past_the_limit_or_with_diagnostics_off():
    run, watched, quiet = _twins("sgd", lr=1e-3)
    run.step(30)
    assert quiet.fill_diagnostics() == 0  # still off
    quiet.diagnostics = True
    assert quiet.fill_diagnostics(limit=10) == 0
    assert quiet.fill_diagnostics(limit=30) == 30
