"""The per-step diagnostics: one declared table of what a step may record.

Blocks, the stepper and the optimizers' ``describe`` hooks fill a record dict only with
keys declared here; the app builds the update-rule panel's rows and the overlays' lookups
from the same table. Every value is an array whose first axis is the batch of points:

    "point"  (n, 2)     a vector in the units of x or of the gradient
    "scalar" (n,)       one number per point
    "matrix" (n, 2, 2)  a 2x2 matrix per point

    >>> from engine.optimizers.record_schema import SCHEMA, symbol
    >>> symbol("lr_t")
    'ηₜ'
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np


class Diagnostic(NamedTuple):
    key: str
    symbol: str
    meaning: str
    shape: str  # "point" | "scalar" | "matrix"


SHAPES = {"point": (2,), "scalar": (), "matrix": (2, 2)}

# In the update-rule panel's display order.
SCHEMA: tuple[Diagnostic, ...] = (
    Diagnostic("grad", "g", "the gradient the step used (with the lane's noise)", "point"),
    Diagnostic("clipped", "clipped", "1 where the gradient was clipped to max_grad_norm, else 0", "scalar"),
    Diagnostic("lr_t", "ηₜ", "the step length of this step: η × schedule(t)", "scalar"),
    Diagnostic("velocity", "−ηₜ b", "momentum's velocity in the units of x (momentum's step is this)", "point"),
    Diagnostic("m", "m", "first moment: moving average of g", "point"),
    Diagnostic("v", "v", "second moment: moving average of g²", "point"),
    Diagnostic("m_hat", "m̂", "bias-corrected first moment (NAdam: its Nesterov combination of m and g)", "point"),
    Diagnostic("v_hat", "v̂", "bias-corrected second moment", "point"),
    Diagnostic("sum_sq", "s = Σg²", "AdaGrad's sum of squared gradients", "point"),
    Diagnostic("u", "u", "Adamax's infinity-norm moment max(β₂ u, |g| + ε)", "point"),
    Diagnostic("acc_delta", "u (Δ² avg)", "AdaDelta's moving average of squared steps", "point"),
    Diagnostic("effective_lr", "ηₜ,eff", "per-coordinate step length: Δx = −ηₜ,eff ⊙ d, d = m (Adam, AdamW "
               "before weight decay, RAdam, Adamax), m̂ (NAdam), g (AdaGrad, RMSProp, AdaDelta)", "point"),
    Diagnostic("rectified", "rectified", "1 where RAdam's variance rectification is on (ρₜ > 5)", "scalar"),
    Diagnostic("direction", "d", "the descent direction the step length multiplies: Δx = α d (CG), ηₜ d (Lion)",
               "point"),
    Diagnostic("beta", "β", "conjugate gradient's weight of the previous direction", "scalar"),
    Diagnostic("step_length", "α", "the line search's step length", "scalar"),
    Diagnostic("axis", "axis", "the coordinate moved this step (0: x, 1: y)", "scalar"),
    Diagnostic("hessian", "H (+λI)", "the Hessian model Newton inverts (|H| for saddle-free), damping included",
               "matrix"),
    Diagnostic("inv_hessian", "H⁻¹ estimate", "BFGS's / L-BFGS's inverse-Hessian estimate", "matrix"),
    Diagnostic("lookahead", "look-ahead", "Nesterov's look-ahead point x + μ v", "point"),
    Diagnostic("step", "Δx", "the step taken", "point"),
)

BY_KEY: dict[str, Diagnostic] = {d.key: d for d in SCHEMA}
KEYS: frozenset = frozenset(BY_KEY)


def symbol(key: str) -> str:
    """The symbol the update rule calls ``key`` (ValueError for an undeclared key)."""
    return _get(key).symbol


def _get(key: str) -> Diagnostic:
    if key not in BY_KEY:
        from ..spec import unknown_name_message
        raise ValueError(unknown_name_message("diagnostic", key, BY_KEY))
    return BY_KEY[key]


def check_keys(keys) -> frozenset:
    """``keys`` as a frozenset, ValueError naming any undeclared one."""
    keys = frozenset(keys)
    for key in keys:
        _get(key)
    return keys


def check_record(record: dict) -> None:
    """ValueError unless every key of ``record`` is declared and has its declared shape."""
    for key, value in record.items():
        d = _get(key)
        tail = np.shape(value)[1:]
        if tail != SHAPES[d.shape]:
            raise ValueError(f"Diagnostic {key!r} has shape {np.shape(value)}; declared {d.shape!r} "
                             f"(n, {', '.join(map(str, SHAPES[d.shape]))})".replace(", )", ")"))
