"""Noise and start points are checked by one function each, everywhere in the engine."""
from __future__ import annotations

import json

import numpy as np
import pytest

from engine import surfaces
from engine.oracle import GradientOracle
from engine.run import Run
from engine.setup import Setup, SetupError
from engine.validate import check_noise, check_start

BAD_NOISE = [-1.0, -1e-300, float("nan"), float("inf"), "0.1", None, True, [0.1]]
BAD_START = [(1.0,), (1.0, 2.0, 3.0), (np.nan, 0.0), (0.0, np.inf), ("a", 0.0), None, [[1.0, 2.0]]]


@pytest.mark.parametrize("value", [0, 0.0, 0.25, np.float32(0.5), np.int64(2)])
def test_good_noise_is_a_float(value):
    out = check_noise(value, "adam")
    assert isinstance(out, float) and out == float(value)


@pytest.mark.parametrize("value", BAD_NOISE, ids=repr)
def test_bad_noise_is_refused_the_same_way_everywhere(value):
    with pytest.raises(ValueError, match=r"Invalid value for adam's 'noise': .* \(must be a finite number >= 0\)"):
        check_noise(value, "adam")
    s = surfaces.get("ravine")
    lane = Run(s, s.start).add("adam")
    with pytest.raises(ValueError, match=r"adam's 'noise'.*>= 0"):
        lane.set(noise=value)
    with pytest.raises(ValueError, match=r"'noise'.*>= 0"):
        GradientOracle(s, value)
    with pytest.raises(ValueError, match=r"adam's 'noise'.*>= 0"):
        Run(s, s.start).add("adam", noise=value)


def test_a_setup_file_refuses_bad_noise_with_its_path():
    data = {"surface": {"name": "ravine"}, "start": [1.0, 1.0],
            "optimizers": [{"optimizer": "sgd", "noise": -0.5}], "version": 1}
    with pytest.raises(SetupError, match=r"optimizers\[0\]\.noise: Invalid value for sgd's 'noise': -0.5"):
        Setup.from_json(json.dumps(data))


@pytest.mark.parametrize("value", BAD_START, ids=repr)
def test_bad_start_points_are_refused(value):
    with pytest.raises(ValueError, match="Invalid start point .*must be two finite numbers"):
        check_start(value)
    s = surfaces.get("ravine")
    with pytest.raises(ValueError, match="Invalid start point"):
        Run(s, value)
    if value is not None:               # reset(start=None) keeps the current start
        run = Run(s, s.start)
        with pytest.raises(ValueError, match="Invalid start point"):
            run.reset(start=value)


def test_a_good_start_is_a_fresh_float_array():
    given = [1, 2]
    out = check_start(given)
    assert out.dtype == float and out.tolist() == [1.0, 2.0]
    src = np.array([1.0, 2.0])
    assert check_start(src) is not src
