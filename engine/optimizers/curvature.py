"""Second-order and quasi-Newton directions: Newton, saddle-free Newton, BFGS, L-BFGS.

They need the Hessian or the previous iterate; both arrive through the context
(``ctx.oracle.hessian``, ``ctx.params``), never through globals.
"""
from __future__ import annotations

import numpy as np

from ..linalg2 import dot, eigh2, from_eig, pinv_solve
from .base import Transform


def _eye_like(params):
    return np.broadcast_to(np.eye(2), params.shape[:-1] + (2, 2)).copy()


def precondition_by_hessian(absolute: bool = False) -> Transform:
    """direction = (H + damping I)^-1 g  (Levenberg-Marquardt damping);
    with ``absolute``: (|H| + damping I)^-1 g, |H| = V |Lambda| V^T (Dauphin et al. 2014),
    which turns the saddle's negative curvature into a repelling direction.
    """

    def init(params):
        return {}

    def update(g, st, ctx):
        h = ctx.oracle.hessian(ctx.params)
        damping = ctx.hp["damping"]
        u = pinv_solve(h, g, absolute=absolute, damping=damping)
        if ctx.record is not None:
            model = h
            if absolute:
                lam, vecs = eigh2(h)
                model = from_eig(np.abs(lam), vecs)
            ctx.record["hessian"] = model + damping * np.eye(2)
        return u

    return Transform(init, update, ("damping",), "saddle_free_hessian" if absolute else "hessian")


def precondition_by_bfgs() -> Transform:
    """BFGS (Nocedal & Wright alg. 6.1): direction = H_k g_k, with
    H_{k+1} = (I - rho s y^T) H_k (I - rho y s^T) + rho s s^T, rho = 1 / (y^T s),
    s = x_{k+1} - x_k, y = g_{k+1} - g_k. H_0 = I, rescaled by y^T s / y^T y before the
    first update (N&W eq. 6.20). Pairs with y^T s <= 0 are skipped (H stays positive definite).
    """

    def init(params):
        return {"H": _eye_like(params), "x": params.copy(), "g": np.zeros_like(params), "first": True}

    def update(g, st, ctx):
        x = ctx.params
        H = st["H"]
        if ctx.t > 0:
            s = x - st["x"]
            y = g - st["g"]
            sy = dot(s, y)
            ok = sy > 1e-12 * np.sqrt(dot(s, s) * dot(y, y)) + 1e-300
            if st["first"]:
                scale = np.where(ok, sy / np.where(ok, dot(y, y), 1.0), 1.0)
                H *= scale[..., None, None]
                st["first"] = False
            rho = np.where(ok, 1.0 / np.where(ok, sy, 1.0), 0.0)
            Hy = np.einsum("...ij,...j->...i", H, y)
            yHy = dot(y, Hy)
            outer_sHy = s[..., :, None] * Hy[..., None, :]
            H -= rho[..., None, None] * (outer_sHy + np.swapaxes(outer_sHy, -1, -2))
            H += ((rho * rho * yHy + rho)[..., None, None]) * (s[..., :, None] * s[..., None, :])
        st["x"] = x.copy()
        st["g"] = g.copy()
        if ctx.record is not None:
            ctx.record["inv_hessian"] = H.copy()
        return np.einsum("...ij,...j->...i", H, g)

    return Transform(init, update, (), "precondition_by_bfgs")


def precondition_by_lbfgs() -> Transform:
    """L-BFGS two-loop recursion (Nocedal & Wright alg. 7.4) over the last
    ``history_size`` pairs (s, y); H_0 = gamma I with gamma = s^T y / y^T y of the newest pair.
    """

    def init(params):
        return {"S": [], "Y": [], "R": [], "x": params.copy(), "g": np.zeros_like(params),
                "gamma": np.ones(params.shape[:-1])}

    def two_loop(q, st):
        alphas = []
        for s, y, rho in zip(reversed(st["S"]), reversed(st["Y"]), reversed(st["R"])):
            a = rho * dot(s, q)
            q = q - a[..., None] * y
            alphas.append(a)
        r = st["gamma"][..., None] * q
        for (s, y, rho), a in zip(zip(st["S"], st["Y"], st["R"]), reversed(alphas)):
            b = rho * dot(y, r)
            r = r + (a - b)[..., None] * s
        return r

    def update(g, st, ctx):
        x = ctx.params
        if ctx.t > 0:
            s = x - st["x"]
            y = g - st["g"]
            sy = dot(s, y)
            yy = dot(y, y)
            ok = sy > 1e-12 * np.sqrt(dot(s, s) * yy) + 1e-300
            st["S"].append(s)
            st["Y"].append(y)
            st["R"].append(np.where(ok, 1.0 / np.where(ok, sy, 1.0), 0.0))
            st["gamma"] = np.where(ok, sy / np.where(ok, yy, 1.0), st["gamma"])
            m = int(ctx.hp["history_size"])
            for key in ("S", "Y", "R"):
                del st[key][:-m]
        st["x"] = x.copy()
        st["g"] = g.copy()
        if ctx.record is not None:
            cols = [two_loop(np.broadcast_to(e, g.shape).copy(), st) for e in np.eye(2)]
            ctx.record["inv_hessian"] = np.stack(cols, axis=-1)
        return two_loop(g.copy(), st)

    return Transform(init, update, ("history_size",), "precondition_by_lbfgs")
