"""Step lengths chosen by a line search, vectorized over a batch of points.

phi(a) = f(x + a d), d = -u the descent direction from the chain. Every point of the
batch runs the same fixed number of iterations with masks, so one call serves a single
run and a 256x256 basin map alike.
"""
from __future__ import annotations

import numpy as np

from ..linalg2 import dot
from .base import Transform
from .schedules import SCHEDULE_READS

MAX_ITER = 40


def wolfe(oracle, x, d, f0, slope0, c1=1e-4, c2=0.9, alpha0=1.0, skip=None):
    """Strong-Wolfe step lengths by bracketing and bisection (Lewis & Overton's scheme).

    Accepts a with phi(a) <= phi(0) + c1 a phi'(0) and |phi'(a)| <= c2 |phi'(0)|.
    Where no such a is found in MAX_ITER tries, the best Armijo point seen (or 0) is used.
    skip: points whose step the caller already has (not searched, not charged).
    """
    shape = f0.shape
    alpha = np.full(shape, alpha0)
    lo = np.zeros(shape)
    hi = np.full(shape, np.inf)
    done = ~(slope0 < 0)              # not a descent direction: no step
    if skip is not None:
        done |= skip
    best = np.zeros(shape)
    result = np.zeros(shape)
    for _ in range(MAX_ITER):
        if done.all():
            break
        trial = x + alpha[..., None] * d
        f = oracle.value(trial, rows=~done)       # settled points are not charged
        slope = dot(oracle.grad(trial, rows=~done), d)
        armijo = np.isfinite(f) & (f <= f0 + c1 * alpha * slope0)
        curvature = np.isfinite(slope) & (np.abs(slope) <= -c2 * slope0)
        accept = ~done & armijo & curvature
        result = np.where(accept, alpha, result)
        best = np.where(~done & armijo & (alpha > best), alpha, best)
        done = done | accept
        too_far = ~armijo | (slope > 0)
        hi = np.where(~done & too_far, alpha, hi)
        lo = np.where(~done & ~too_far, alpha, lo)
        alpha = np.where(np.isinf(hi), 2.0 * alpha, 0.5 * (lo + hi))
    return np.where(done & (result > 0), result, best)


def exact(oracle, x, d, f0, slope0, c1=1e-4, c2=0.9):
    """argmin_a phi(a) by Newton's method on phi'(a) = 0, phi'' = d^T H d.

    Exact in one iteration on a quadratic. Where the curvature along d is not positive, or
    Newton fails to decrease f, it falls back to the Wolfe search.
    """
    alpha = np.zeros(f0.shape)
    slope = slope0.copy()
    ok = slope0 < 0
    live = np.ones_like(ok)           # points still iterating (the others are not charged)
    for _ in range(20):
        trial = x + alpha[..., None] * d
        curv = dot(d, np.einsum("...ij,...j->...i", oracle.hessian(trial, rows=live), d))
        ok &= np.isfinite(curv) & (curv > 0)
        step = np.where(ok & live, -slope / np.where(ok, curv, 1.0), 0.0)   # settled points stay
        alpha = alpha + step
        slope = dot(oracle.grad(x + alpha[..., None] * d, rows=live), d)
        live &= ~(~ok | (np.abs(slope) <= 1e-12 * np.abs(slope0) + 1e-300) | (np.abs(step) <= 1e-15 * np.abs(alpha)))
        if not live.any():
            break
    f = oracle.value(x + alpha[..., None] * d)
    ok &= np.isfinite(f) & (f <= f0) & (alpha > 0)
    if ok.all():
        return alpha
    return np.where(ok, alpha, wolfe(oracle, x, d, f0, slope0, c1, c2, skip=ok))


def scale_by_step_length(c2: float = 0.9, fixed_step: bool = False) -> Transform:
    """The last block of line-search chains: u <- alpha * (-u), alpha recorded as
    ``step_length``.

    line_search: 'wolfe' | 'exact'; with ``fixed_step`` also 'none', a fixed step
    -eta_t u (eta_t = ``ctx.lr_t``, recorded as ``lr_t``): coordinate descent offers both,
    so it reads lr and the schedule too.
    """

    def init(params):
        return {}

    def update(u, st, ctx):
        mode = ctx.hp["line_search"]
        if mode == "none":
            u *= -ctx.lr_t
            if ctx.record is not None:
                ctx.record["lr_t"] = np.full(u.shape[:-1], ctx.lr_t)
            return u
        x, oracle = ctx.params, ctx.oracle
        d = -u
        f0 = oracle.value(x)
        slope0 = dot(oracle.grad(x), d)
        search = exact if mode == "exact" else wolfe
        alpha = search(oracle, x, d, f0, slope0, c2=c2)
        if ctx.record is not None:
            ctx.record["step_length"] = alpha.copy()
        return alpha[..., None] * d

    reads = ("line_search",) + (("lr",) + SCHEDULE_READS if fixed_step else ())
    return Transform(init, update, reads, "scale_by_step_length")
