"""Blocks every optimizer with a learning rate chains: clipping first, step size last.

Clipping and learning-rate schedules are transforms around the optimizer, never flags
inside it (optax's ``chain(clip_by_global_norm(c), scale_by_adam(), scale_by_learning_rate(s))``).
"""
from __future__ import annotations

import math

import numpy as np

from ..spec import Param
from .base import Transform

SCHEDULES = ("constant", "step", "exponential", "inverse_time", "cosine")

MODIFIER_PARAMS = (
    Param("max_grad_norm", 0.0, "clip each gradient to this norm before the update (0: off)",
          low=0.0, group="modifiers"),
    Param("schedule", "constant",
          "learning-rate schedule: constant; step (x gamma every step_size steps); "
          "exponential (x gamma^(t/step_size)); inverse_time (1/(1+decay t)); "
          "cosine (half a cosine from lr to 0 over step_size steps)",
          kind="choice", choices=SCHEDULES, group="modifiers"),
    Param("gamma", 0.5, "decay factor of the step and exponential schedules",
          low=0.0, high=1.0, low_open=True, group="modifiers"),
    Param("step_size", 100, "steps per decay (step, exponential) or cosine period",
          kind="int", low=1, high=1e7, group="modifiers"),
    Param("decay", 0.01, "k of the inverse-time schedule lr / (1 + k t)",
          low=0.0, high=1e3, group="modifiers"),
)


def schedule_factor(hp: dict, t: int) -> float:
    """The multiplier of the base learning rate at step ``t`` (0 for the first step).

    constant 1; step gamma^floor(t/s); exponential gamma^(t/s); inverse_time 1/(1+k t);
    cosine (1 + cos(pi min(t, s)/s)) / 2.
    """
    kind = hp.get("schedule", "constant")
    if kind == "constant":
        return 1.0
    if kind == "step":
        return hp["gamma"] ** (t // hp["step_size"])
    if kind == "exponential":
        return hp["gamma"] ** (t / hp["step_size"])
    if kind == "inverse_time":
        return 1.0 / (1.0 + hp["decay"] * t)
    if kind == "cosine":
        s = hp["step_size"]
        return 0.5 * (1.0 + math.cos(math.pi * min(t, s) / s))
    raise ValueError(f"Unknown schedule {kind!r}")


def clip_by_norm() -> Transform:
    """g <- g * min(1, c / (||g|| + 1e-6)) per point, as torch.nn.utils.clip_grad_norm_."""

    def init(params):
        return {}

    def update(g, state, ctx):
        c = ctx.hp.get("max_grad_norm", 0.0)
        if not c:
            return g
        norm = np.sqrt(np.einsum("...i,...i->...", g, g))
        coef = np.minimum(1.0, c / (norm + 1e-6))
        if ctx.record is not None:
            ctx.record["clipped"] = (coef < 1.0).astype(float)
        return g * coef[..., None]

    return Transform(init, update)


def scale_by_learning_rate() -> Transform:
    """u <- -lr * schedule(t) * u: the last block of every fixed-step chain."""

    def init(params):
        return {}

    def update(u, state, ctx):
        lr = ctx.hp["lr"] * schedule_factor(ctx.hp, ctx.t)
        np.multiply(u, -lr, out=u)
        return u

    return Transform(init, update)
