r"""The per-example gradient fan of a data surface, as geometry (Qt-free).

At a point p of a data surface L(p) = (1/N) sum_i l_i(p), every example has its own
gradient g_i = grad l_i(p); their mean is the full-batch gradient grad L(p), and a
minibatch B of B examples drawn without replacement moves along its own mean

    g_B = (1/B) sum_{i in B} g_i,   E[g_B] = grad L,   Cov[g_B] = (N - B) / (B (N - 1)) Sigma

with Sigma = (1/N) sum_i (g_i - grad L)(g_i - grad L)^T (sampling without replacement).
The fan draws −g_i (descent directions, as the red −η∇f overlay) from p, the minibatch's
examples highlighted, −grad L bold, −g_B beside it and the ellipse of one standard deviation
of −g_B around −grad L: how far the step a minibatch takes may stray from the full one.

    fan = gradient_fan(surface, p, batch=idx)
    lines = fan.segments(scale)          # (3 N, 2): tail, tip, NaN per example
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.geometry.overlays import ellipse

FAN_FRACTION = 0.3   # the fan's typical (90th percentile) arrow, of the view's shorter side


@dataclass(frozen=True)
class Fan:
    origin: np.ndarray             # (2,) the point p
    per_example: np.ndarray        # (N, 2) g_i
    full: np.ndarray               # (2,) grad L(p), the mean of g_i
    batch: np.ndarray | None       # (k,) indices of the minibatch, None: every example
    batch_mean: np.ndarray | None  # (2,) g_B, None without a minibatch

    @property
    def n(self) -> int:
        return len(self.per_example)

    def covariance(self) -> np.ndarray:
        """Sigma: the per-example gradients' covariance (1/N normalisation)."""
        d = self.per_example - self.full
        return d.T @ d / self.n

    def batch_covariance(self, batch_size: int) -> np.ndarray:
        """Cov[g_B] for batches of ``batch_size`` drawn without replacement."""
        n, b = self.n, int(batch_size)
        factor = 0.0 if n <= 1 else (n - b) / (b * (n - 1))
        return factor * self.covariance()

    def segments(self, scale: float, rows=None) -> np.ndarray:
        """Polyline of arrows p -> p - scale g_i for the rows ``rows`` (default: all),
        NaN-separated for one line item (connect='finite')."""
        g = self.per_example if rows is None else self.per_example[np.asarray(rows)]
        out = np.full((3 * len(g), 2), np.nan)
        out[0::3] = self.origin
        out[1::3] = self.origin - scale * g
        return out

    def pairs(self, scale: float, rows=None) -> np.ndarray:
        """The same arrows as (2 k, 2) tail, tip, tail, tip... for a line item with
        connect='pairs' (a NaN-separated path of 442 pieces cost ~4 ms a frame to paint)."""
        g = self.per_example if rows is None else self.per_example[np.asarray(rows)]
        out = np.empty((2 * len(g), 2))
        out[0::2] = self.origin
        out[1::2] = self.origin - scale * g
        return out

    def spread_ellipse(self, scale: float, batch_size: int, n_points: int = 96) -> np.ndarray | None:
        """One standard deviation of −scale g_B around −scale grad L (None when it is a point)."""
        cov = self.batch_covariance(batch_size)
        vals, vecs = np.linalg.eigh(cov)
        if not np.all(np.isfinite(vals)) or vals.max() <= 0:
            return None
        radii = scale * np.sqrt(np.maximum(vals, 0.0))
        return ellipse(self.origin - scale * self.full, vecs, radii, n_points)


def gradient_fan(surface, point, batch=None) -> Fan | None:
    """Every example's gradient at ``point`` (None when the surface has no examples or a
    gradient is not finite there)."""
    per_example = getattr(surface, "per_example_grad", None)
    if per_example is None:
        return None
    p = np.asarray(point, dtype=float).reshape(2)
    with np.errstate(all="ignore"):
        g = np.asarray(per_example(p), dtype=float)
    if not np.all(np.isfinite(g)):
        return None
    full = g.mean(axis=0)
    idx = None if batch is None else np.asarray(batch, dtype=np.intp).reshape(-1)
    if idx is not None and (len(idx) == 0 or len(idx) >= len(g)):
        idx = None
    mean = None if idx is None else g[idx].mean(axis=0)
    return Fan(p, g, full, idx, mean)


def fan_scale(fan: Fan, extent: float, fraction: float = FAN_FRACTION) -> float:
    """The display scale: the 90th-percentile arrow spans ``fraction`` of ``extent`` (the
    view's shorter side), rounded to 1, 2 or 5 times a power of ten, so the legend can say
    "arrows ×0.02" and it does not flicker as the point moves."""
    lengths = np.hypot(fan.per_example[:, 0], fan.per_example[:, 1])
    typical = float(np.percentile(lengths, 90)) if len(lengths) else 0.0
    if not typical > 0 or not np.isfinite(typical) or not extent > 0:
        return 1.0
    raw = fraction * extent / typical
    decade = 10.0 ** np.floor(np.log10(raw))
    for m in (5.0, 2.0, 1.0):
        if m * decade <= raw:
            return float(m * decade)
    return float(decade)
