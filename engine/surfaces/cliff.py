"""A gentle slope ending at a steep wall: the exploding-gradient cliff."""
from __future__ import annotations

import numpy as np

from ..spec import Param
from .base import Surface

_WALL_X = 1.0   # where the wall rises
_SLOPE = 1.0    # the gentle slope toward the wall, far from it
_ROUND = 0.25   # length over which the slope rounds off at the wall
_Y_CURV = 1.0   # curvature across (y)


def _sigmoid_parts(u):
    """sigma(u), sigma'(u), sigma''(u), computed without overflow for large |u|."""
    e = np.exp(-np.abs(u))
    s = np.where(u >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    ds = e / (1.0 + e) ** 2
    return s, ds, -np.tanh(0.5 * u) * ds


class Cliff(Surface):
    r"""f = s (r - l) + beta y^2 / 2 + h sigma(k (x - c)),  r = sqrt(l^2 + (x - c)^2),

    sigma the logistic function; s = 1, l = 0.25, c = 1, beta = 1. Far from x = c the first
    term is a gentle slope of s toward the wall; the wall h sigma(k (x - c)) has slope up to h k / 4.
    f_x = s (x - c) / r + h k sigma'(u),  f_xx = s l^2 / r^3 + h k^2 sigma''(u),  u = k (x - c).
    Both terms of f_x increase on x < c and are positive on x >= c, so there is one minimum,
    at the wall's foot where the slope's pull balances the wall's push; ``_setup`` finds it by
    bisection on f_x and polishes it with Newton steps.
    """

    name = "cliff"
    title = "Cliff (exploding gradient)"
    description = (
        "A gentle slope that runs into a sheer wall, like the cliffs in the loss of a recurrent "
        "network: the best point is right at the foot of the wall. Far from the wall the slope "
        "is mild and a generous learning rate looks perfectly safe. But the wall is so steep "
        "that a step which lands on it sees a gradient dozens of times larger, and an unclipped "
        "gradient step catapults the point far back across the slope, often out of the picture, "
        "throwing away the progress it had made; then it walks back and it happens again. A "
        "smaller learning rate avoids this but crawls on the slope. Gradient clipping caps the "
        "length of that one step, and Adam-like methods, whose steps are about the size of the "
        "learning rate whatever the gradient, shrug the wall off. Raise 'height' or 'sharpness' "
        "to make the wall more treacherous."
    )
    params = (
        Param("height", 10.0, "height of the wall", low=0.0, high=100.0),
        Param("sharpness", 30.0, "steepness of the wall (1 / its width)", low=1.0, high=100.0, log=True),
    )
    default_start = (-4.0, 2.0)

    def _setup(self):
        self.bounds = ((-6.0, 2.0), (-3.0, 3.0))
        self.minima = [[self._foot(), 0.0]]

    def _foot(self) -> float:
        """The root of f_x(x, 0) left of the wall: f_x increases there, so bisection is safe."""
        def fx(x):
            return float(self._df(np.float64(x), np.float64(0.0))[0])

        lo, hi = _WALL_X - 1e3, _WALL_X
        if fx(hi) <= 0.0:  # height 0: no wall, the bottom of the slope
            return _WALL_X
        for _ in range(200):
            mid = 0.5 * (lo + hi)
            if fx(mid) > 0.0:
                hi = mid
            else:
                lo = mid
            if hi - lo <= 1e-15 * max(1.0, abs(mid)):
                break
        x = 0.5 * (lo + hi)
        for _ in range(3):
            hxx = float(self._d2f(np.float64(x), np.float64(0.0))[0])
            x -= fx(x) / hxx
        return x

    def _f(self, x, y):
        h, k = self.values["height"], self.values["sharpness"]
        s, _, _ = _sigmoid_parts(k * (x - _WALL_X))
        r = np.sqrt(_ROUND ** 2 + (x - _WALL_X) ** 2)
        return _SLOPE * (r - _ROUND) + 0.5 * _Y_CURV * y * y + h * s

    def _df(self, x, y):
        h, k = self.values["height"], self.values["sharpness"]
        _, ds, _ = _sigmoid_parts(k * (x - _WALL_X))
        r = np.sqrt(_ROUND ** 2 + (x - _WALL_X) ** 2)
        return _SLOPE * (x - _WALL_X) / r + h * k * ds, _Y_CURV * y

    def _d2f(self, x, y):
        h, k = self.values["height"], self.values["sharpness"]
        _, _, d2s = _sigmoid_parts(k * (x - _WALL_X))
        zero = 0.0 * y
        r = np.sqrt(_ROUND ** 2 + (x - _WALL_X) ** 2)
        return _SLOPE * _ROUND ** 2 / r ** 3 + h * k * k * d2s + zero, 0.0 * x + zero, _Y_CURV + 0.0 * x + zero
