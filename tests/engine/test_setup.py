"""Setup files: exact round trips, and a clear message for every kind of broken file."""
import json

import numpy as np
import pytest

from engine.setup import Setup, SetupError

GOOD = {
    "format": "optimizer-playground-setup", "version": 1, "title": "t", "caption": "c",
    "surface": {"name": "ravine", "params": {"condition": 40.0, "angle": 15.0}},
    "start": [1.2, -0.4], "steps": 250,
    "optimizers": [
        {"optimizer": "sgd", "hyperparams": {"lr": 0.01}, "label": "SGD slow", "noise": 0.0, "seed": 0},
        {"optimizer": "sgd", "hyperparams": {"lr": 0.03, "schedule": "cosine", "step_size": 200},
         "label": "SGD fast", "noise": 0.2, "seed": 7, "color": "#d55e00"},
        {"optimizer": "adam", "hyperparams": {"lr": 0.05, "amsgrad": True}, "label": "", "noise": 0.0, "seed": 0},
    ],
    "view": {"speed": 120, "overlays": ["gradient"]},
}


def test_round_trip_is_exact():
    setup = Setup.from_dict(json.loads(json.dumps(GOOD)))
    again = Setup.from_json(setup.to_json())
    assert again == setup
    assert again.to_dict() == setup.to_dict()
    assert setup.to_dict()["optimizers"][1]["color"] == "#d55e00"


def test_a_loaded_setup_runs_the_race_it_describes():
    run = Setup.from_dict(GOOD).build_run()
    assert [lane.label for lane in run.lanes] == ["SGD slow", "SGD fast", "adam"]
    assert run.lanes[1].optimizer.hyperparams["schedule"] == "cosine"
    assert run.lanes[1].noise == 0.2
    np.testing.assert_array_equal(run.start, GOOD["start"])
    assert run.surface.values["condition"] == 40.0


def _broken(**changes):
    data = json.loads(json.dumps(GOOD))
    for path, value in changes.items():
        node = data
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        last = keys[-1]
        if value is KeyError:
            del node[last]
        elif last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value
    return json.dumps(data)


CASES = [
    ("truncated", json.dumps(GOOD)[:120], "", "not valid JSON"),
    ("empty", "", "", "not valid JSON"),
    ("not an object", "[1, 2, 3]", "", "must be an object"),
    ("future version", _broken(version=7), "version", "newer than this program"),
    ("version text", _broken(version="1"), "version", "whole number"),
    ("wrong format", _broken(format="something-else"), "format", "expected"),
    ("unknown key", json.dumps({**GOOD, "pickle": "x"}), "pickle", "unknown key"),
    ("unknown surface", _broken(surface__name="ravin"), "surface.name", "Did you mean 'ravine'"),
    ("bad surface param", _broken(surface__params__condition=-1), "surface.params", "'condition'"),
    ("unknown optimizer", _broken(optimizers__0__optimizer="adamm"), "optimizers[0].optimizer", "Did you mean 'adam'"),
    ("negative lr", _broken(optimizers__2__hyperparams__lr=-0.1), "optimizers[2].hyperparams.lr", "must be in"),
    ("unknown hyperparameter", _broken(optimizers__1__hyperparams__lrr=0.1), "optimizers[1].hyperparams", "lrr"),
    ("NaN start", json.dumps(GOOD).replace("[1.2, -0.4]", "[NaN, 0]"), "", "NaN is not allowed"),
    ("short start", _broken(start=[1.0]), "start", "pair"),
    ("text start", _broken(start=["a", 0]), "start[0]", "finite number"),
    ("negative noise", _broken(optimizers__1__noise=-1), "optimizers[1].noise", ">= 0"),
    ("float seed", _broken(optimizers__1__seed=1.5), "optimizers[1].seed", "whole number"),
    ("steps zero", _broken(steps=0), "steps", "whole number"),
    ("huge list", _broken(optimizers=[GOOD["optimizers"][0]] * 65), "optimizers", "at most 64"),
    ("view not object", _broken(view=[1]), "view", "object"),
]


@pytest.mark.parametrize("case, text, where, message", CASES, ids=[c[0] for c in CASES])
def test_broken_files_say_what_and_where(case, text, where, message):
    with pytest.raises(SetupError) as err:
        Setup.from_json(text)
    assert err.value.where == where
    assert message in str(err.value)
