"""What the theory panel shows for the focused lane at the shown step, computed once per
change (Qt-free): the engine's local analysis (engine.theory.local) at the lane's point,
with the lane's record of that step (the adaptive methods' denominators), and f* for the
predicted loss envelope.

A snapshot is cached by (lane, surface, step, hyperparameters): the window asks every frame,
the engine is asked only when one of these changed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine import theory


@dataclass(frozen=True)
class Snapshot:
    entry: object                # the focused model Entry
    step: int                    # the step shown (the history's kept step at or before it)
    value: float                 # f at that step
    analysis: object | None      # engine.theory.LocalAnalysis, None when it cannot be had
    error: str | None            # why not (a diverged lane's non-finite point)
    fstar: float | None          # the floor the envelope decays to (None: no envelope)

    @property
    def gap(self) -> float | None:
        return None if self.fstar is None else self.value - self.fstar


def hyper_key(hp: dict) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in hp.items()))


class FocusedAnalysis:
    """The snapshot of the controller's focused lane at its shown step, recomputed only on change."""

    def __init__(self, ctrl):
        self.ctrl = ctrl
        self._key = None
        self._snap: Snapshot | None = None
        self.computed = 0  # how many times the engine was asked (tests: once per change)

    def key(self):
        ctrl = self.ctrl
        entry = ctrl.focused
        if entry is None or entry.lane is None or entry.lane.history.size == 0:
            return None
        row = ctrl.shown_row(entry)
        return (entry.key, id(entry.lane), id(ctrl.surface), int(entry.lane.history.view("steps")[row]),
                hyper_key(entry.optimizer.hyperparams))

    def snapshot(self) -> Snapshot | None:
        key = self.key()
        if key != self._key:
            self._key = key
            self._snap = None if key is None else self._compute()
        return self._snap

    def _compute(self) -> Snapshot:
        self.computed += 1
        ctrl = self.ctrl
        entry = ctrl.focused
        hist = entry.lane.history
        row = ctrl.shown_row(entry)
        step = int(hist.view("steps")[row])
        point = hist.view("points")[row]
        value = float(hist.view("values")[row])
        surface = ctrl.surface
        # A row's record is the step taken from its point (its gradient, the state it used);
        # the live end has none yet: the last step's state is the nearest there is.
        record = hist.record_at(row) or (entry.lane.last_record if row == hist.size - 1 else None)
        try:
            a = theory.local(surface, point, entry.optimizer, state=record, t=step)
        except (ValueError, FloatingPointError, ArithmeticError) as exc:
            return Snapshot(entry, step, value, None, str(exc), None)
        return Snapshot(entry, step, value, a, None, floor_value(surface, a, value))


def floor_value(surface, a, value: float) -> float | None:
    """f* for the envelope: the surface's known minimum on an exact (quadratic) surface,
    else the local model's minimum f − ½gᵀH⁻¹g; None where the model has no minimum."""
    if a.exact:
        minima = np.asarray(getattr(surface, "minima_values", ()), dtype=float).reshape(-1)
        if minima.size and np.all(np.isfinite(minima)):
            return float(minima.min())
    if a.model_gap is None or not math.isfinite(a.model_gap):
        return None
    return value - a.model_gap


def envelope(snap: Snapshot, steps: int, samples: int = 200):
    """(step offsets k, predicted f) for k in 0..steps: f* + (f − f*)·ρ^(2k), or None."""
    a = snap.analysis
    if a is None or a.rate is None or snap.fstar is None or not math.isfinite(a.rate):
        return None
    gap = snap.value - snap.fstar
    if not (math.isfinite(gap) and gap > 0):
        return None
    k = offsets(int(steps), samples)
    return k, snap.fstar + theory.predicted_gap(gap, a.rate, k)


_offsets: dict = {}


def offsets(steps: int, samples: int) -> np.ndarray:
    """0..steps at ``samples`` whole steps at most, always both ends (kept: asked every frame)."""
    key = (steps, samples)
    k = _offsets.get(key)
    if k is None:
        if len(_offsets) > 64:
            _offsets.clear()
        k = _offsets[key] = np.unique(np.linspace(0, steps, min(samples, steps + 1)).round())
    return k
