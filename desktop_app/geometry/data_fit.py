"""What the data view draws for a data surface (Qt-free): the examples in the data's own
units and the model's output at given parameters.

A data surface's model sees its feature standardized or not (``inputs`` = (raw − x_shift)
/ x_scale); the view plots the raw feature, so a lecture's axes stay in kg/m² or °F when
'standardize' is ticked: only the map's coordinates change, not the picture of the data.

    xs, ys = examples(surface)                 # (N,), (N,)
    x, y = fit_curve(surface, (w, b))          # the line / sigmoid / network at (w, b)
"""
from __future__ import annotations

import numpy as np

CURVE_POINTS = 200
MARGIN = 0.06   # of the data's x-range, on both sides


def raw_x(surface, model_x) -> np.ndarray:
    """The feature in its own units from what the model sees."""
    return np.asarray(model_x, dtype=float) * getattr(surface, "x_scale", 1.0) + getattr(surface, "x_shift", 0.0)


def model_x(surface, raw) -> np.ndarray:
    """What the model sees for raw feature values."""
    return (np.asarray(raw, dtype=float) - getattr(surface, "x_shift", 0.0)) / getattr(surface, "x_scale", 1.0)


def examples(surface) -> tuple[np.ndarray, np.ndarray]:
    """(feature in its own units, target) of every example."""
    return raw_x(surface, surface.inputs[:, 0]), np.asarray(surface.targets, dtype=float)


def x_range(surface) -> tuple[float, float]:
    xs, _ = examples(surface)
    lo, hi = float(xs.min()), float(xs.max())
    pad = MARGIN * max(hi - lo, 1e-9)
    return lo - pad, hi + pad


def fit_curve(surface, point, n: int = CURVE_POINTS) -> tuple[np.ndarray, np.ndarray] | None:
    """The model's output over the data's x-range at parameters ``point`` (2,): (x in the
    feature's units, output); None where the point or the output is not finite."""
    p = np.asarray(point, dtype=float).reshape(2)
    if not np.all(np.isfinite(p)):
        return None
    lo, hi = x_range(surface)
    x = np.linspace(lo, hi, n)
    with np.errstate(all="ignore"):
        y = np.asarray(surface.predict(p, model_x(surface, x)), dtype=float).reshape(-1)
    if not np.all(np.isfinite(y)):
        return None
    return x, y
