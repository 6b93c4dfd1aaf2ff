"""Lanes record only the diagnostics something reads; the path never depends on it."""
from __future__ import annotations

import numpy as np
import pytest

from engine import surfaces
from engine.run import Run


def _race(diagnostics_of):
    s = surfaces.get("ravine")
    run = Run(s, s.start, tol=0.0)
    lanes = [run.add("momentum", schedule="step", step_size=3, lr=0.01), run.add("adam", lr=0.05), run.add("bfgs")]
    for lane in lanes:
        lane.diagnostics = diagnostics_of(lane)
    run.step(12)
    return lanes


def test_the_run_default_records_everything_and_off_records_nothing_on_the_same_path():
    full = _race(lambda lane: True)
    bare = _race(lambda lane: None)
    for a, b in zip(full, bare):
        np.testing.assert_array_equal(a.history.view("points"), b.history.view("points"))
        np.testing.assert_array_equal(a.history.view("grad_norms"), b.history.view("grad_norms"))
        assert {"grad", "step"} <= set(a.last_record) and a.history.extras
        assert b.last_record is None and not b.history.extras
    assert {"velocity", "lr_t"} <= set(full[0].last_record)


def test_a_set_of_keys_records_only_those():
    lanes = _race(lambda lane: {"grad", "m_hat"})
    assert set(lanes[1].last_record) == {"grad", "m_hat"}
    assert set(lanes[1].history.extras) == {"grad", "m_hat"}
    assert set(lanes[0].last_record) == {"grad"}       # momentum has no m_hat


def test_the_setting_is_validated_against_the_schema():
    s = surfaces.get("ravine")
    lane = Run(s, s.start).add("sgd")
    with pytest.raises(ValueError, match="Unknown diagnostic 'velocty'.*Did you mean 'velocity'"):
        lane.diagnostics = {"velocty"}
    assert lane.diagnostics is True


def test_run_record_false_lanes_record_nothing():
    s = surfaces.get("ravine")
    run = Run(s, s.start, record=False)
    lane = run.add("adam")
    run.step(3)
    assert lane.diagnostics is None and lane.last_record is None
    lane.diagnostics = True
    run.step()
    assert "m_hat" in lane.last_record
