"""The engine's torch-backed optimizers follow torch.optim's trajectories to 1e-10 relative.

The reference trajectories were recorded once from torch.optim (float64, 200 steps) by
tests/engine/reference/make_torch_reference.py and committed as
tests/engine/reference/torch_trajectories.json; torch itself is not a test dependency.
"""
from __future__ import annotations

import inspect
import json
from pathlib import Path

import numpy as np
import pytest

import engine

FIXTURE = Path(__file__).parent / "reference" / "torch_trajectories.json"
DATA = json.loads(FIXTURE.read_text())
CASES = DATA["cases"]

RTOL = 1e-10
FLOOR = 1e-3  # relative error is measured against max(|reference|, FLOOR * window size)

TORCH_BACKED = [
    "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta",
    "adam", "adamw", "nadam", "radam", "adamax",
]

# torch's non-default options that must each be exercised by some case
NONDEFAULT_OPTIONS = {
    "momentum": ["dampening"],
    "rmsprop": ["centered", "momentum"],
    "adagrad": ["lr_decay", "initial_accumulator_value"],
    "adam": ["amsgrad"],
    "adamw": ["weight_decay"],
    "nadam": ["momentum_decay"],
}


# The fixture's paths never converge (|grad| >= 1e-4 throughout), but if simulate has a
# convergence tolerance, switch it off anyway: this test is about the update rules only.
_NO_STOP = {"tol": 0.0} if "tol" in inspect.signature(engine.simulate).parameters else {}


def _window(surface) -> float:
    (x0, x1), (y0, y1) = surface.bounds
    return float(max(x1 - x0, y1 - y0))


def test_fixture_records_its_torch_version():
    assert DATA["torch_version"].startswith("2.13.0"), DATA["torch_version"]
    assert DATA["generated_by"]
    assert FIXTURE.stat().st_size < 2_000_000


@pytest.mark.parametrize("name", TORCH_BACKED)
def test_fixture_covers_each_torch_backed_optimizer(name):
    """>= 3 surfaces, each with >= 2 hyperparameter settings; non-default options used."""
    mine = [c for c in CASES if c["optimizer"] == name]
    settings: dict[str, set] = {}
    for c in mine:
        key = json.dumps(c["hyperparameters"], sort_keys=True)
        settings.setdefault(c["surface"], set()).add(key)
    well_covered = [s for s, hps in settings.items() if len(hps) >= 2]
    assert len(well_covered) >= 3, (name, {s: len(h) for s, h in settings.items()})
    used = {k for c in mine for k in c["hyperparameters"]}
    missing = [k for k in NONDEFAULT_OPTIONS.get(name, []) if k not in used]
    assert not missing, (name, missing)
    if name == "momentum":
        assert any(c["hyperparameters"].get("dampening") == c["hyperparameters"].get("momentum")
                   for c in mine), "the EMA form (dampening == momentum) is not covered"


def test_every_case_is_unique_and_complete():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for c in CASES:
        assert c["steps"] == 200 and len(c["points"]) == 201, c["id"]
        assert c["points"][0] == c["start"], c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_trajectory_equals_torch(case):
    surface = engine.surfaces.get(case["surface"], **case["surface_params"])
    opt = engine.optimizers.create(case["optimizer"], **case["hyperparameters"])
    traj = engine.simulate(surface, opt, start=tuple(case["start"]), steps=case["steps"], **_NO_STOP)
    ref = np.array(case["points"], dtype=float)
    got = np.asarray(traj.points, dtype=float)

    # the reference path really moves, so equality means something
    scale = _window(surface)
    assert np.linalg.norm(ref[-1] - ref[0]) > 0.05 * scale

    assert got.shape == ref.shape, f"{case['id']}: {got.shape} points, torch has {ref.shape}"
    err = np.abs(got - ref) / np.maximum(np.abs(ref), FLOOR * scale)
    bad = np.flatnonzero(np.any(err > RTOL, axis=1))
    if bad.size:
        k = int(bad[0])
        pytest.fail(
            f"{case['id']}: departs from torch at step {k} of {case['steps']}: "
            f"engine {got[k].tolist()} vs torch {ref[k].tolist()} "
            f"(relative error {err[k].max():.3e}; max over the run {err.max():.3e})"
        )
