"""The recorded diagnostics reproduce the step actually taken, under every schedule, with
and without clipping (issue 13: blocks used to scale them by the base lr, ignoring the
schedule; Adam's effective_lr * m was 68x the step at step 5 of a halving schedule).

References are independent of the blocks: eta_t = lr * schedule(t) (the schedule factors
are checked against their closed forms in test_optimizers), the clipped gradient is
g * min(1, c / (|g| + 1e-6)) (torch.nn.utils.clip_grad_norm_), Newton's step solves
(H + lambda I) d = g with numpy.
"""
from __future__ import annotations

import numpy as np
import pytest

from engine import optimizers, surfaces
from engine.optimizers import schedule_factor
from engine.oracle import GradientOracle

SCHEDULES = {
    "constant": {"schedule": "constant"},
    "step": {"schedule": "step", "gamma": 0.5, "step_size": 1},
    "exponential": {"schedule": "exponential", "gamma": 0.5, "step_size": 2},
    "inverse_time": {"schedule": "inverse_time", "decay": 0.5},
    "cosine": {"schedule": "cosine", "step_size": 6},
}
CLIP = 0.5     # the ravine's gradient at its start is longer: clipping bites
STEPS = 8      # RAdam's rectification starts at t = 6: both branches are seen


def _solve(h, g):
    return np.linalg.solve(h, g[..., None])[..., 0]


def _adam_like(rec, g, lr_t, x, hp):
    return -rec["effective_lr"] * rec["m"]


def _adamw(rec, g, lr_t, x, hp):
    return -rec["effective_lr"] * rec["m"] - lr_t * hp["weight_decay"] * x


def _per_coordinate(rec, g, lr_t, x, hp):
    return -rec["effective_lr"] * g


def _velocity(rec, g, lr_t, x, hp):
    return rec["velocity"]


# variant id -> (optimizer, options, the step rebuilt from the record)
VARIANTS = {
    "sgd": ("sgd", {}, lambda rec, g, lr_t, x, hp: -lr_t * g),
    "momentum": ("momentum", {}, _velocity),
    "momentum-dampening": ("momentum", {"dampening": 0.5}, _velocity),
    "nesterov": ("nesterov", {}, lambda rec, g, lr_t, x, hp: hp["momentum"] * rec["velocity"] - lr_t * g),
    "adagrad": ("adagrad", {}, _per_coordinate),
    "adagrad-lr_decay": ("adagrad", {"lr_decay": 0.1}, _per_coordinate),
    "rmsprop": ("rmsprop", {}, _per_coordinate),
    "rmsprop-centered": ("rmsprop", {"centered": True}, _per_coordinate),
    "rmsprop-momentum": ("rmsprop", {"momentum": 0.9}, _velocity),
    "rmsprop-centered-momentum": ("rmsprop", {"momentum": 0.9, "centered": True}, _velocity),
    "adadelta": ("adadelta", {}, _per_coordinate),
    "adam": ("adam", {}, _adam_like),
    "adam-amsgrad": ("adam", {"amsgrad": True}, _adam_like),
    "adam-no-bias-correction": ("adam", {"bias_correction": False}, _adam_like),
    "adamw": ("adamw", {"weight_decay": 0.1}, _adamw),
    "adamw-amsgrad": ("adamw", {"weight_decay": 0.1, "amsgrad": True}, _adamw),
    "nadam": ("nadam", {}, lambda rec, g, lr_t, x, hp: -rec["effective_lr"] * rec["m_hat"]),
    "radam": ("radam", {}, _adam_like),
    "adamax": ("adamax", {}, _adam_like),
    "lion": ("lion", {}, lambda rec, g, lr_t, x, hp: lr_t * rec["direction"]),
    "newton": ("newton", {"damping": 0.5}, lambda rec, g, lr_t, x, hp: -lr_t * _solve(rec["hessian"], g)),
    "saddle_free_newton": ("saddle_free_newton", {"damping": 0.5},
                           lambda rec, g, lr_t, x, hp: -lr_t * _solve(rec["hessian"], g)),
    "coordinate_descent": ("coordinate_descent", {},
                           lambda rec, g, lr_t, x, hp: -lr_t * g * (np.arange(2) == rec["axis"][..., None])),
}


def _clipped(g, c):
    if not c:
        return g
    norm = np.sqrt((g * g).sum(axis=-1, keepdims=True))
    return g * np.minimum(1.0, c / (norm + 1e-6))


@pytest.mark.parametrize("clip", [0.0, CLIP], ids=["no-clip", "clip"])
@pytest.mark.parametrize("schedule", list(SCHEDULES))
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_recorded_quantities_reproduce_the_step_taken(variant, schedule, clip):
    name, options, rebuild = VARIANTS[variant]
    surface = surfaces.get("ravine")
    opt = optimizers.create(name, **{**surface.suggested_for(name), **options,
                                     **SCHEDULES[schedule], "max_grad_norm": clip})
    hp = opt.hyperparams
    oracle = GradientOracle(surface)
    x = np.array([surface.start, (-1.0, 2.0)], dtype=float)   # a batch of two points
    state = opt.init(x)
    clipped_steps, recorded_lr, expected_lr = 0, [], []
    for t in range(STEPS):
        g = oracle.grad(x)
        gc = _clipped(g, clip)
        clipped_steps += int(np.any(gc != g))
        rec: dict = {}
        step = opt.update(g.copy(), state, x, oracle=oracle, record=rec)
        lr_t = hp["lr"] * schedule_factor(hp, t)
        expected = rebuild(rec, gc, lr_t, x, hp)
        scale = np.abs(step).max()
        rtol = 1e-10 if "newton" in name else 1e-12
        np.testing.assert_allclose(expected, step, rtol=rtol, atol=rtol * scale,
                                   err_msg=f"{variant}, {schedule}, step {t}")
        recorded_lr.append(rec.get("lr_t"))
        expected_lr.append(np.full(len(x), lr_t))
        x = x + step
    assert clipped_steps > 0 if clip else clipped_steps == 0
    assert all(r is not None for r in recorded_lr), "lr_t (eta_t) is not recorded"
    np.testing.assert_allclose(np.array(recorded_lr), np.array(expected_lr), rtol=1e-15)
