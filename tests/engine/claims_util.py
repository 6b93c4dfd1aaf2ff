"""Shared helpers of the lecture-claim tests: load a scenario file, run its lanes, measure.

The tests load resources/scenarios/NN-*.json and run exactly the lanes it lists (optimizer,
hyperparameters, noise, seed) through ``engine.simulate``, the same Stepper the app animates
(test_claims_catalog checks that the two agree), so what is tested is what is shown.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np

import engine
from engine import optimizers, resources
from engine.setup import Setup

SCENARIOS = resources.path("scenarios")


def scenario_path(number: int) -> Path:
    matches = sorted(SCENARIOS.glob(f"{number:02d}-*.json"))
    assert len(matches) == 1, f"expected one scenario file {number:02d}-*.json, found {matches}"
    return matches[0]


def load(number: int) -> Setup:
    return Setup.from_json(scenario_path(number).read_text(encoding="utf-8"))


def lane_optimizer(lane, **override):
    return optimizers.create(lane.optimizer, **{**lane.hyperparams, **override})


def run_lane(setup: Setup, index: int, *, surface=None, start=None, steps=None, record=False, **override):
    """One lane of the scenario (optionally on another surface/start, or with changed settings)."""
    lane = setup.lanes[index]
    return engine.simulate(surface if surface is not None else setup.build_surface(),
                           lane_optimizer(lane, **override),
                           start=setup.start if start is None else start,
                           steps=setup.steps if steps is None else steps,
                           noise=lane.noise, seed=lane.seed, record=record,
                           batch_size=getattr(lane, "batch_size", None))


def lane_index(setup: Setup, optimizer: str, nth: int = 0) -> int:
    """The index of the nth lane running ``optimizer`` (so tests do not depend on lane order)."""
    found = [i for i, lane in enumerate(setup.lanes) if lane.optimizer == optimizer]
    assert len(found) > nth, f"scenario has no lane #{nth} with optimizer {optimizer!r}"
    return found[nth]


def window_size(surface) -> float:
    (x0, x1), (y0, y1) = surface.bounds
    return max(x1 - x0, y1 - y0)


# -- measurements -----------------------------------------------------------------------

def sign_changes(values, dead_band: float) -> int:
    """How often ``values`` changes sign, ignoring entries within +-dead_band of zero (jitter
    far below a pixel is not a zigzag)."""
    v = np.asarray(values, dtype=float)
    signs = np.sign(v) * (np.abs(v) > dead_band)
    signs = signs[signs != 0]
    return int(np.count_nonzero(signs[1:] != signs[:-1]))


def steep_coordinate(points, angle_degrees: float) -> np.ndarray:
    """The coordinate across a ravine rotated by ``angle`` (v = -x sin t + y cos t)."""
    t = math.radians(angle_degrees)
    return -math.sin(t) * points[:, 0] + math.cos(t) * points[:, 1]


def first_step(mask) -> int | None:
    """The first index where ``mask`` holds, None if never."""
    idx = np.flatnonzero(np.asarray(mask))
    return int(idx[0]) if len(idx) else None


def arrival_step(points, target, radius: float) -> int | None:
    """The first step from which the path stays within ``radius`` of ``target`` to the end."""
    d = np.linalg.norm(np.asarray(points) - np.asarray(target), axis=-1)
    outside = np.flatnonzero(d >= radius)
    if len(outside) == 0:
        return 0
    last = int(outside[-1])
    return None if last == len(d) - 1 else last + 1


def escape_step(values, surface) -> int | None:
    """The first step whose value lies below the saddle's by half the depth of the valleys:
    the point has left the saddle for a valley, not just slid along the ridge."""
    f_saddle = float(surface.value(surface.saddles[0]))
    f_min = float(np.min(surface.minima_values))
    return first_step(np.asarray(values) < f_saddle - 0.5 * (f_saddle - f_min))


def step_lengths(points) -> np.ndarray:
    return np.linalg.norm(np.diff(np.asarray(points), axis=0), axis=-1)


def turning_angles(points) -> np.ndarray:
    """Absolute angles (degrees) between consecutive steps of a path (zero-length steps skipped)."""
    d = np.diff(np.asarray(points), axis=0)
    d = d[np.linalg.norm(d, axis=-1) > 0]
    heading = np.arctan2(d[:, 1], d[:, 0])
    turn = (np.diff(heading) + np.pi) % (2.0 * np.pi) - np.pi
    return np.degrees(np.abs(turn))


def overshoot(points, minimum) -> float:
    """How far the path goes past ``minimum`` along the line from the start through it,
    as a fraction of the start's distance (0: it never passes the minimum)."""
    pts = np.asarray(points) - np.asarray(minimum)
    length = np.linalg.norm(pts[0])
    along = pts @ (pts[0] / length)
    return max(0.0, -float(along.min())) / length


def loglog_slope(t, y) -> float:
    """Least-squares slope of log y against log t."""
    return float(np.polyfit(np.log(np.asarray(t, dtype=float)), np.log(np.asarray(y, dtype=float)), 1)[0])


def nearest_minimum(surface, point) -> tuple[int, float]:
    d = np.linalg.norm(surface.minima - np.asarray(point), axis=-1)
    i = int(np.argmin(d))
    return i, float(d[i])
