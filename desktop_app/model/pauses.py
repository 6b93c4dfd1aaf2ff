"""Pause points: moments of a race a scenario asks playback to stop at (Qt-free).

A setup's ``view["pauses"]`` is a list; each entry is one of

    {"step": 1, "note": "Adam's first step"}                       # when the race reaches step 1
    {"lane": 1, "loss_below": 0.01, "note": "..."}                 # lane 1's loss first drops below
    {"lane": 0, "near": "saddle", "within": 0.2, "note": "..."}    # lane 0 first comes that close to
                                                                    # a listed saddle, "minimum" or [x, y]

``lane`` is the lane's index in the setup's ``optimizers`` list. ``note`` (optional) is what
the status bar says when playback stops there. :func:`parse` refuses anything else with the
JSON path of what is wrong (``view.pauses[1].within: ...``); :func:`first_hit` finds the
first step at which a pause point holds, among steps just computed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

import numpy as np

from engine.setup import SetupError

KINDS = ("step", "loss_below", "near")
PLACES = ("minimum", "saddle")
MAX_PAUSES = 20
MAX_NOTE = 200


@dataclass(frozen=True)
class PausePoint:
    kind: str                       # "step" | "loss_below" | "near"
    step: int | None = None
    lane: int | None = None
    loss_below: float | None = None
    near: str | tuple[float, float] | None = None
    within: float | None = None
    note: str = ""

    def to_dict(self) -> dict:
        out: dict = {}
        if self.kind == "step":
            out["step"] = self.step
        else:
            out["lane"] = self.lane
            if self.kind == "loss_below":
                out["loss_below"] = self.loss_below
            else:
                out["near"] = self.near if isinstance(self.near, str) else list(self.near)
                out["within"] = self.within
        if self.note:
            out["note"] = self.note
        return out


def _number(value) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(float(value))


def _int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse(state, where: str = "view.pauses") -> list[PausePoint]:
    """The pause points of a setup's view, or SetupError naming the JSON path of the fault."""
    if state is None:
        return []
    if not isinstance(state, list):
        raise SetupError(where, f"must be a list of pause points, not {type(state).__name__}")
    if len(state) > MAX_PAUSES:
        raise SetupError(where, f"has {len(state)} pause points; at most {MAX_PAUSES}")
    return [_parse_one(item, f"{where}[{i}]") for i, item in enumerate(state)]


def _parse_one(item, where: str) -> PausePoint:
    if not isinstance(item, dict):
        raise SetupError(where, f"must be an object, not {type(item).__name__}")
    kinds = [k for k in KINDS if k in item]
    if len(kinds) != 1:
        raise SetupError(where, "needs exactly one of 'step', 'loss_below' or 'near'"
                         + (f" (has {', '.join(kinds)})" if kinds else ""))
    kind = kinds[0]
    allowed = {"note", kind} | ({"lane"} if kind != "step" else set()) | ({"within"} if kind == "near" else set())
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise SetupError(f"{where}.{unknown[0]}", f"unknown key (a '{kind}' pause point takes "
                         f"{', '.join(sorted(allowed))})")
    note = item.get("note", "")
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise SetupError(f"{where}.note", f"must be a text of at most {MAX_NOTE} characters")
    if kind == "step":
        step = item["step"]
        if not _int(step) or step < 1:
            raise SetupError(f"{where}.step", f"must be a whole number >= 1, not {step!r}")
        return PausePoint("step", step=step, note=note)
    lane = item.get("lane")
    if lane is None:
        raise SetupError(f"{where}.lane", "missing: the index of the lane in 'optimizers' (0 is the first)")
    if not _int(lane) or lane < 0:
        raise SetupError(f"{where}.lane", f"must be a lane index >= 0, not {lane!r}")
    if kind == "loss_below":
        value = item["loss_below"]
        if not _number(value):
            raise SetupError(f"{where}.loss_below", f"must be a finite number, not {value!r}")
        return PausePoint("loss_below", lane=lane, loss_below=float(value), note=note)
    near = item["near"]
    if isinstance(near, str):
        if near not in PLACES:
            raise SetupError(f"{where}.near", f"must be 'minimum', 'saddle' or [x, y], not {near!r}")
    elif isinstance(near, list) and len(near) == 2 and all(_number(v) for v in near):
        near = (float(near[0]), float(near[1]))
    else:
        raise SetupError(f"{where}.near", f"must be 'minimum', 'saddle' or [x, y], not {near!r}")
    within = item.get("within")
    if within is None:
        raise SetupError(f"{where}.within", "missing: how close (a distance in the map's units)")
    if not _number(within) or within <= 0:
        raise SetupError(f"{where}.within", f"must be a distance > 0, not {within!r}")
    return PausePoint("near", lane=lane, near=near, within=float(within), note=note)


def targets(point: PausePoint, surface) -> np.ndarray:
    """The points a "near" pause measures the distance to: (k, 2), empty if there are none."""
    if isinstance(point.near, tuple):
        return np.array([point.near], dtype=float)
    listed = getattr(surface, "minima" if point.near == "minimum" else "saddles", None)
    return np.zeros((0, 2)) if listed is None else np.asarray(listed, dtype=float).reshape(-1, 2)


def first_hit(point: PausePoint, after: int, upto: int, steps=None, points=None, values=None,
              surface=None) -> int | None:
    """The first step s with after < s <= upto at which ``point`` holds, or None.

    steps, points, values: the lane's history (steps (n,), points (n, 2), values (n,)); a
    "step" pause needs none of them."""
    if upto <= after:
        return None
    if point.kind == "step":
        return point.step if after < point.step <= upto else None
    steps = np.asarray(steps)
    new = (steps > after) & (steps <= upto)
    if not new.any():
        return None
    if point.kind == "loss_below":
        with np.errstate(invalid="ignore"):
            hit = new & (np.asarray(values, dtype=float) < point.loss_below)
    else:
        goal = targets(point, surface)
        if len(goal) == 0:
            return None
        p = np.asarray(points, dtype=float)
        distance = np.min(np.linalg.norm(p[:, None, :] - goal[None, :, :], axis=-1), axis=1)
        with np.errstate(invalid="ignore"):
            hit = new & (distance <= point.within)
    index = np.flatnonzero(hit)
    return int(steps[index[0]]) if len(index) else None
