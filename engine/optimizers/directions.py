"""Search directions for line-search methods: nonlinear conjugate gradient and
coordinate descent. They hand an uphill-signed direction to ``scale_by_step_length``.
"""
from __future__ import annotations

import numpy as np

from ..linalg2 import dot
from .base import Transform


def conjugate_direction() -> Transform:
    """d_0 = -g_0;  d_k = -g_k + beta_k d_{k-1}, with
    Fletcher-Reeves beta = g_k.g_k / g_{k-1}.g_{k-1},
    Polak-Ribiere(+) beta = max(0, g_k.(g_k - g_{k-1}) / g_{k-1}.g_{k-1}),
    'none' beta = 0 (steepest descent). Restarts with -g when d is not a descent direction.
    """

    def init(params):
        return {"g": np.zeros_like(params), "d": np.zeros_like(params)}

    def update(g, st, ctx):
        if ctx.t == 0:
            beta = np.zeros(g.shape[:-1])
        else:
            gg_prev = dot(st["g"], st["g"])
            safe = np.where(gg_prev > 0, gg_prev, 1.0)
            rule = ctx.hp["beta_rule"]
            if rule == "fletcher_reeves":
                beta = dot(g, g) / safe
            elif rule == "polak_ribiere":
                beta = np.maximum(0.0, dot(g, g - st["g"]) / safe)
            else:
                beta = np.zeros(g.shape[:-1])
            beta = np.where(gg_prev > 0, beta, 0.0)
        d = -g + beta[..., None] * st["d"]
        restart = ~(dot(d, g) < 0)
        d = np.where(restart[..., None], -g, d)
        st["g"] = g.copy()
        st["d"] = d
        if ctx.record is not None:
            ctx.record["direction"] = d.copy()
            ctx.record["beta"] = np.where(restart, 0.0, beta)
        return -d

    return Transform(init, update, ("beta_rule",), "conjugate_direction")


def coordinate_direction() -> Transform:
    """Coordinate descent: on step t only coordinate t mod 2 moves (x, then y, then x...)."""

    def init(params):
        return {}

    def update(g, st, ctx):
        g[..., 1 - ctx.t % 2] = 0.0
        if ctx.record is not None:
            ctx.record["axis"] = np.full(g.shape[:-1], float(ctx.t % 2))
        return g

    return Transform(init, update, (), "coordinate_direction")
