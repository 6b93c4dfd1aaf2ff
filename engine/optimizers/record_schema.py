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

import re
from typing import NamedTuple

import numpy as np


class Diagnostic(NamedTuple):
    key: str
    symbol: str
    meaning: str
    shape: str  # "point" | "scalar" | "matrix"
    # the symbol the update rule's lines (rules.py) call it by; None: shown with any rule
    # (the gradient, the step, what the step length is)
    token: str | None = None


SHAPES = {"point": (2,), "scalar": (), "matrix": (2, 2)}

# In the update-rule panel's display order.
SCHEMA: tuple[Diagnostic, ...] = (
    Diagnostic("grad", "g", "the gradient at the step's origin (with the lane's noise), before any clipping",
               "point"),
    Diagnostic("clipped", "clipped", "1 where the gradient was clipped to max_grad_norm, else 0", "scalar"),
    Diagnostic("clipped_grad", "g (clipped)", "the gradient after clipping, g · min(1, c / (‖g‖ + 10⁻⁶)): the g "
               "of the rule's other lines", "point"),
    Diagnostic("lr_t", "ηₜ", "the step length of this step: η × schedule(t)", "scalar"),
    Diagnostic("velocity", "−ηₜ b", "momentum's velocity in the units of x (momentum's step is this)", "point", "b"),
    Diagnostic("m", "m", "first moment: moving average of g", "point", "m"),
    Diagnostic("v", "v", "second moment: moving average of g²", "point", "v"),
    Diagnostic("m_hat", "m̂", "bias-corrected first moment (NAdam: its Nesterov combination of m and g)", "point",
               "m̂"),
    Diagnostic("v_hat", "v̂", "bias-corrected second moment", "point", "v̂"),
    Diagnostic("sum_sq", "s = Σg²", "AdaGrad's sum of squared gradients", "point", "s"),
    Diagnostic("u", "u", "Adamax's infinity-norm moment max(β₂ u, |g| + ε)", "point", "u"),
    Diagnostic("acc_delta", "u (Δ² avg)", "AdaDelta's moving average of squared steps", "point", "u"),
    Diagnostic("effective_lr", "ηₜ,eff", "per-coordinate step length: Δx = −ηₜ,eff ⊙ d, d = m (Adam, AdamW "
               "before weight decay, RAdam, Adamax), m̂ (NAdam), g (AdaGrad, RMSProp, AdaDelta)", "point"),
    Diagnostic("rectified", "rectified", "1 where RAdam's variance rectification is on (ρₜ > 5)", "scalar", "ρₜ"),
    Diagnostic("direction", "d", "the descent direction the step length multiplies: Δx = α d (CG), ηₜ d (Lion)",
               "point", "d"),
    Diagnostic("beta", "β", "conjugate gradient's weight of the previous direction", "scalar", "β"),
    Diagnostic("step_length", "α", "the line search's step length", "scalar", "α"),
    Diagnostic("axis", "axis", "the coordinate moved this step (0: x, 1: y)", "scalar", "i"),
    Diagnostic("hessian", "H (+λI)", "the Hessian model Newton inverts (|H| for saddle-free), damping included",
               "matrix", "H"),
    Diagnostic("inv_hessian", "H⁻¹ estimate", "BFGS's / L-BFGS's inverse-Hessian estimate", "matrix", "H"),
    Diagnostic("lookahead", "look-ahead", "Nesterov's look-ahead point x + μ v", "point", "look-ahead"),
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


def named(key: str, formula: str) -> bool:
    """Whether the update rule's text ``formula`` names diagnostic ``key`` (always, for
    those every rule has): its token stands on its own there, not inside a word ("m" is
    not named by "min")."""
    token = _get(key).token
    if token is None:
        return True
    return re.search(rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-ẑₘ])", formula) is not None


def shown_keys(record: dict, formula: str) -> list[str]:
    """The keys of ``record`` the update-rule panel shows beside the rule ``formula``, in
    display order: those the rule names (a row the rule does not mention, RMSProp's
    look-ahead point, would be a number nobody can place)."""
    return [d.key for d in SCHEMA if d.key in record and named(d.key, formula)]


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
