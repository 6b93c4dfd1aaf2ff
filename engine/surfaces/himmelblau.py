"""Himmelblau's function: four equal minima, four saddles and a hill."""
from __future__ import annotations

import numpy as np

from .base import Surface

# Stationary points to ~6 digits (Himmelblau 1972); polished by Newton in _setup.
_MINIMA = ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126))
_SADDLES = ((0.086677, 2.884254), (-3.073026, -0.081353), (3.385154, 0.073852), (-0.127961, -1.953715))


class Himmelblau(Surface):
    r"""f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2.

    With p = x^2 + y - 11 and q = x + y^2 - 7:
    f_x = 4 x p + 2 q,   f_y = 2 p + 4 y q
    f_xx = 4 p + 8 x^2 + 2,   f_xy = 4 (x + y),   f_yy = 2 + 4 q + 8 y^2
    Four minima with value 0, four saddles, and a local maximum near (-0.2708, -0.9230).
    """

    name = "himmelblau"
    title = "Himmelblau (four minima)"
    description = (
        "Himmelblau's function has four minima, all exactly as deep (value 0), separated by "
        "four saddle points around a central hill. Which minimum an optimizer reaches depends "
        "on where it starts and on its own dynamics. From the origin, plain gradient descent "
        "settles in the minimum at (3, 2), while momentum swings past it over a saddle into the "
        "minimum at (3.58, -1.85); Newton's method, which only looks for a point where the "
        "gradient vanishes, climbs to the top of the hill instead. Start near the hill or on a "
        "saddle to see the methods split up."
    )
    params = ()
    default_start = (0.0, 0.0)

    def _setup(self):
        self.bounds = ((-5.0, 5.0), (-5.0, 5.0))
        self.minima = self._polish(_MINIMA)
        self.saddles = self._polish(_SADDLES)

    def _polish(self, points):
        """Newton's method on the gradient from the tabulated stationary points."""
        p = np.array(points, dtype=float)
        for _ in range(5):
            p = p - np.linalg.solve(self.hessian(p), self.grad(p)[..., None])[..., 0]
        return p

    def _f(self, x, y):
        return (x * x + y - 11.0) ** 2 + (x + y * y - 7.0) ** 2

    def _df(self, x, y):
        p, q = x * x + y - 11.0, x + y * y - 7.0
        return 4.0 * x * p + 2.0 * q, 2.0 * p + 4.0 * y * q

    def _d2f(self, x, y):
        p, q = x * x + y - 11.0, x + y * y - 7.0
        return 4.0 * p + 8.0 * x * x + 2.0, 4.0 * (x + y), 2.0 + 4.0 * q + 8.0 * y * y
