"""Blocks every optimizer with a learning rate chains: clipping first, step size last.

Clipping and learning-rate schedules are transforms around the optimizer, never flags
inside it (optax's ``chain(clip_by_global_norm(c), scale_by_adam(), scale_by_learning_rate(s))``).
"""
from __future__ import annotations

import numpy as np

from ..linalg2 import dot
from ..spec import Param
from .base import Transform
from .schedules import SCHEDULE_READS, SCHEDULES, schedule_factor  # noqa: F401 (re-exported)

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


def clip_by_norm() -> Transform:
    """g <- g * min(1, c / (||g|| + 1e-6)) per point, as torch.nn.utils.clip_grad_norm_."""

    def init(params):
        return {}

    def update(g, state, ctx):
        c = ctx.hp["max_grad_norm"]
        if not c:
            return g
        norm = np.sqrt(dot(g, g))
        coef = np.minimum(1.0, c / (norm + 1e-6))
        clipped = g * coef[..., None]
        if ctx.record is not None:
            ctx.record["clipped"] = (coef < 1.0).astype(float)
            ctx.record["clipped_grad"] = clipped.copy()  # the blocks after scale it in place
        return clipped

    return Transform(init, update, ("max_grad_norm",), "clip_by_norm")


def scale_by_learning_rate() -> Transform:
    """u <- -eta_t u, eta_t = lr * schedule(t) (``ctx.lr_t``, computed once per step):
    the last block of every fixed-step chain. Records ``lr_t``."""

    def init(params):
        return {}

    def update(u, state, ctx):
        np.multiply(u, -ctx.lr_t, out=u)
        if ctx.record is not None:
            ctx.record["lr_t"] = np.full(u.shape[:-1], ctx.lr_t)
        return u

    return Transform(init, update, ("lr",) + SCHEDULE_READS, "scale_by_learning_rate")
