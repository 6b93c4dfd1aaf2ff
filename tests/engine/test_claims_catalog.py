"""The lecture scenarios as files: they load, are numbered and keyed once each, fit on
screen (caption) and in time (steps / speed), and run in the app exactly as the claim tests
run them."""
import json
import re

import numpy as np
import pytest

import engine
from engine.setup import Setup

from claims_util import SCENARIOS, lane_optimizer

FILES = sorted(SCENARIOS.glob("*.json"))
OVERLAYS = {"gradient", "velocity", "step", "lookahead", "precondition_ellipse", "newton_model",
            "bfgs_ellipse", "hessian_eigen", "basin_map",
            "polyak_average"}  # the running mean of the iterates (scenario 18)
MAX_SECONDS = 20.0


def _expected_key(number):
    """1..0 and shift+1..shift+0 go to the first twenty; later ones have no key ("")."""
    if number > 20:
        return ""
    return number % 10 if number <= 10 else f"shift+{number % 10}"


def test_scenarios_are_numbered_once_each_from_one():
    numbers = [json.loads(f.read_text(encoding="utf-8"))["view"]["number"] for f in FILES]
    assert len(numbers) >= 24
    assert sorted(numbers) == list(range(1, len(numbers) + 1)), f"scenario numbers: {sorted(numbers)}"


def test_keys_are_distinct_and_follow_the_numbers():
    keys = {}
    for f in FILES:
        view = json.loads(f.read_text(encoding="utf-8"))["view"]
        if view["number"] > 20 and "key" not in view:   # the 20 keys are taken; later ones go by menu
            continue
        assert view["key"] == _expected_key(view["number"]), f"{f.name}: key {view['key']!r}"
        if view["key"] != "":
            keys.setdefault(str(view["key"]), []).append(f.name)
    assert all(len(names) == 1 for names in keys.values()), f"shared keys: {keys}"


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_scenario_file_is_a_valid_readable_setup(path):
    setup = Setup.from_json(path.read_text(encoding="utf-8"))
    view = setup.view
    assert path.name.startswith(f"{view['number']:02d}-"), "file name must start with its number"
    assert setup.title.strip() and setup.caption.strip()
    assert len(setup.caption) <= 80, f"caption has {len(setup.caption)} characters: {setup.caption!r}"
    assert view["claim"].strip()
    seconds = setup.steps / view["speed"]
    assert seconds <= MAX_SECONDS, f"{setup.steps} steps at {view['speed']} steps/s take {seconds:.1f} s"
    assert set(view["overlays"]) <= OVERLAYS, f"unknown overlays {set(view['overlays']) - OVERLAYS}"
    assert 0 <= view["focus"] < len(setup.lanes)
    assert setup.lanes and all(lane.label for lane in setup.lanes)
    for lane in setup.lanes:
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", lane.color or ""), f"lane {lane.label}: colour {lane.color!r}"
    assert len({lane.label for lane in setup.lanes}) == len(setup.lanes), "lane labels must differ"
    assert Setup.from_dict(setup.to_dict()).to_dict() == setup.to_dict()


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_app_run_follows_the_same_paths_the_claim_tests_measure(path):
    """The app animates setup.build_run(); the claim tests use engine.simulate per lane."""
    setup = Setup.from_json(path.read_text(encoding="utf-8"))
    steps = min(setup.steps, 40)
    run = setup.build_run()
    run.step(steps)
    surface = setup.build_surface()
    for lane_setup, lane in zip(setup.lanes, run.lanes):
        traj = engine.simulate(surface, lane_optimizer(lane_setup), start=setup.start, steps=steps,
                               noise=lane_setup.noise, seed=lane_setup.seed, batch_size=lane_setup.batch_size)
        shown = lane.history.view("points")
        # A lane's history stops where it converged (simulate pads) and repeats its last finite
        # point at the step it diverged (simulate ends there): compare the common part and the verdict.
        n = min(len(shown), len(traj.points))
        if traj.status == "running":
            assert len(shown) == len(traj.points) == steps + 1, lane.label
        np.testing.assert_array_equal(shown[:n], traj.points[:n], err_msg=lane.label)
        assert lane.status == traj.status, lane.label


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_no_scenario_sets_a_surface_parameter_to_an_end_of_its_range(path):
    """A parameter at an end of its range switches off what the surface's description talks
    about (the cliff at height 0 has no wall): a scenario then needs another surface."""
    from engine import surfaces
    setup = Setup.from_json(path.read_text(encoding="utf-8"))
    cls = surfaces.surface_class(setup.surface)
    ends = {p.name: (p.low, p.high) for p in cls.params if p.kind not in ("bool", "choice")}
    at_end = {k: v for k, v in setup.surface_params.items() if k in ends and v in ends[k]}
    assert not at_end, f"{path.name}: {setup.surface} with {at_end} at the end of its range"


def test_captions_7_and_19_describe_the_race_on_screen():
    """Issue 14 item 8: 7's caption compared with a loss /10 and 19's with an axis-aligned
    ravine, neither of which the race shows. Now 7 says what is shown (SGD explodes, AdaDelta
    with no lr does not) and 19 names the setting that gives the other run."""
    from claims_util import lane_index, load, run_lane

    seven = load(7)
    assert "explodes here" in seven.caption and "x10" not in seven.caption
    assert run_lane(seven, lane_index(seven, "sgd")).status == "diverged"
    assert run_lane(seven, lane_index(seven, "adadelta")).status == "converged"
    nineteen = load(19)
    assert "set angle 0" in nineteen.caption and "angle" in nineteen.surface_params
