"""Pause points (issue 14 item 11): the schema of a setup's view["pauses"], its broken-file
table with JSON paths, and the first step at which each kind holds."""
from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.model import pauses
from engine import resources, surfaces
from engine.setup import SetupError


def test_the_three_kinds_parse_and_round_trip():
    state = [{"step": 1, "note": "first step"},
             {"lane": 1, "loss_below": 0.01},
             {"lane": 0, "near": "saddle", "within": 0.1, "note": "stalls"},
             {"lane": 0, "near": [0.5, -1], "within": 2}]
    points = pauses.parse(state)
    assert [p.kind for p in points] == ["step", "loss_below", "near", "near"]
    assert points[3].near == (0.5, -1.0) and points[3].within == 2.0
    assert [p.to_dict() for p in points] == [
        {"step": 1, "note": "first step"}, {"lane": 1, "loss_below": 0.01},
        {"lane": 0, "near": "saddle", "within": 0.1, "note": "stalls"},
        {"lane": 0, "near": [0.5, -1.0], "within": 2.0}]
    assert pauses.parse(None) == [] and pauses.parse([]) == []


BROKEN = [
    ({"step": 1}, "view.pauses", "must be a list"),
    ("step 1", "view.pauses", "must be a list"),
    ([{"step": 1}] * 21, "view.pauses", "at most 20"),
    ([3], "view.pauses[0]", "must be an object"),
    ([{}], "view.pauses[0]", "exactly one of 'step', 'loss_below' or 'near'"),
    ([{"step": 1, "loss_below": 2}], "view.pauses[0]", "(has step, loss_below)"),
    ([{"note": "x"}], "view.pauses[0]", "exactly one of"),
    ([{"step": 0}], "view.pauses[0].step", "whole number >= 1"),
    ([{"step": 1.5}], "view.pauses[0].step", "whole number >= 1"),
    ([{"step": True}], "view.pauses[0].step", "whole number >= 1"),
    ([{"step": 2, "lane": 0}], "view.pauses[0].lane", "unknown key"),
    ([{"step": 2, "when": "later"}], "view.pauses[0].when", "unknown key"),
    ([{"step": 2, "note": 5}], "view.pauses[0].note", "a text"),
    ([{"step": 2, "note": "x" * 201}], "view.pauses[0].note", "at most 200"),
    ([{"step": 1}, {"loss_below": 0.1}], "view.pauses[1].lane", "missing"),
    ([{"lane": -1, "loss_below": 0.1}], "view.pauses[0].lane", "lane index >= 0"),
    ([{"lane": "SGD", "loss_below": 0.1}], "view.pauses[0].lane", "lane index >= 0"),
    ([{"lane": 0, "loss_below": "low"}], "view.pauses[0].loss_below", "finite number"),
    ([{"lane": 0, "loss_below": float("nan")}], "view.pauses[0].loss_below", "finite number"),
    ([{"lane": 0, "near": "valley", "within": 1}], "view.pauses[0].near", "'minimum', 'saddle' or [x, y]"),
    ([{"lane": 0, "near": [1, 2, 3], "within": 1}], "view.pauses[0].near", "'minimum', 'saddle' or [x, y]"),
    ([{"lane": 0, "near": [1, "2"], "within": 1}], "view.pauses[0].near", "'minimum', 'saddle' or [x, y]"),
    ([{"lane": 0, "near": "saddle"}], "view.pauses[0].within", "missing"),
    ([{"lane": 0, "near": "saddle", "within": 0}], "view.pauses[0].within", "distance > 0"),
    ([{"lane": 0, "near": "saddle", "within": -1}], "view.pauses[0].within", "distance > 0"),
]


@pytest.mark.parametrize("state, where, words", BROKEN, ids=[f"{i}-{b[1]}" for i, b in enumerate(BROKEN)])
def test_broken_pause_points_are_refused_naming_where(state, where, words):
    with pytest.raises(SetupError) as info:
        pauses.parse(state)
    assert info.value.where == where and words in info.value.message, str(info.value)


def test_first_hit_of_each_kind_among_new_steps_only():
    steps = np.arange(6)
    points = np.array([[2.0, 0.0], [1.0, 0.0], [0.5, 0.0], [0.2, 0.0], [0.05, 0.0], [0.01, 0.0]])
    values = points[:, 0] ** 2
    step, = pauses.parse([{"step": 3}])
    assert pauses.first_hit(step, 0, 2) is None and pauses.first_hit(step, 2, 5) == 3
    assert pauses.first_hit(step, 3, 5) is None          # already looked at: fires once
    loss, = pauses.parse([{"lane": 0, "loss_below": 0.3}])
    assert pauses.first_hit(loss, 0, 5, steps, points, values) == 2   # 0.25 < 0.3
    assert pauses.first_hit(loss, 2, 5, steps, points, values) == 3   # the next new one
    saddle = surfaces.get("saddle")                     # its saddle point is the origin
    near, = pauses.parse([{"lane": 0, "near": "saddle", "within": 0.1}])
    assert pauses.first_hit(near, 0, 5, steps, points, values, saddle) == 4
    minimum, = pauses.parse([{"lane": 0, "near": "minimum", "within": 0.1}])
    assert pauses.first_hit(minimum, 0, 5, steps, points, values, surfaces.get("quadratic")) == 4
    assert pauses.first_hit(minimum, 0, 5, steps, points, values, surfaces.get("slope")) == 1  # (1, 0)
    ravine_saddles, = pauses.parse([{"lane": 0, "near": "saddle", "within": 10}])
    assert pauses.first_hit(ravine_saddles, 0, 5, steps, points, values, surfaces.get("ravine")) is None


@pytest.mark.parametrize("number", [1, 17])
def test_the_scenarios_pause_points_are_valid(number):
    path = sorted(resources.path("scenarios").glob(f"{number:02d}-*.json"))[0]
    points = pauses.parse(json.loads(path.read_text(encoding="utf-8"))["view"]["pauses"])
    assert points and all(p.note for p in points)
