"""Learning-rate schedules: eta_t = lr * schedule(t), computed once per step.

The factor is a pure function of the hyperparameters and the step count, so the step
every block records (``ctx.lr_t``) and the step the last block takes are the same number.
"""
from __future__ import annotations

import math

SCHEDULES = ("constant", "step", "exponential", "inverse_time", "cosine")
SCHEDULE_READS = ("schedule", "gamma", "step_size", "decay")


def schedule_factor(hp: dict, t: int) -> float:
    """The multiplier of the base learning rate at step ``t`` (0 for the first step).

    constant 1; step gamma^floor(t/s); exponential gamma^(t/s); inverse_time 1/(1+k t);
    cosine (1 + cos(pi min(t, s)/s)) / 2.
    """
    kind = hp["schedule"]
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
    raise ValueError(f"Unknown schedule {kind!r}. Valid choices: {', '.join(SCHEDULES)}")


def scheduled_lr(hp: dict, t: int) -> float:
    """eta_t = lr * schedule(t): the step length of a fixed-step method at step ``t``."""
    if hp["schedule"] == "constant":  # lr * 1.0 == lr: skip the call on the hot path
        return hp["lr"]
    return hp["lr"] * schedule_factor(hp, t)


def fixed_lr(hp: dict, t: int) -> float:
    """eta_t = lr, for a method with a learning rate but no schedule."""
    return hp["lr"]


def step_length_rule(names) -> "callable | None":
    """How an optimizer with hyperparameters ``names`` gets its eta_t (None: a line search)."""
    if "lr" not in names:
        return None
    return scheduled_lr if "schedule" in names else fixed_lr
