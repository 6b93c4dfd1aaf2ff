"""A saddle point that is bounded below: escaping it ends in one of two minima."""
from __future__ import annotations

from ..spec import Param
from .base import Surface


class Saddle(Surface):
    r"""f = a x^2 / 2 + b (y^4 / 4 - y^2 / 2).

    Stationary points: the saddle (0, 0) with Hessian diag(a, -b), and the minima (0, +-1)
    with value -b/4 and Hessian diag(a, 2b). The quartic term keeps f bounded below.
    """

    name = "saddle"
    title = "Saddle point"
    description = (
        "A pass between two valleys. Along x the origin looks like the bottom of a bowl; along y "
        "it is the top of a hill, with a valley on each side at y = +1 and y = -1. Started on the "
        "x axis with only a whisker of offset in y, plain gradient descent slides down to the "
        "saddle and sits there: the gradient is almost zero, so it looks as if it has converged, "
        "while the escape direction grows only by a small factor per step. Momentum arrives with "
        "speed and amplifies the tiny offset much faster, so it rolls off into a valley. Newton's "
        "method is attracted to the saddle itself, because it jumps to any stationary point; the "
        "saddle-free variant flips the negative curvature and is repelled."
    )
    params = (
        Param("a", 1.0, "curvature along x (the stable direction)", low=0.01, high=100.0, log=True),
        Param("b", 0.5, "negative curvature along y at the saddle (depth of the valleys is b/4)",
              low=0.01, high=100.0, log=True),
    )
    default_start = (1.8, 1e-4)

    def _setup(self):
        self.bounds = ((-2.0, 2.0), (-1.8, 1.8))
        self.minima = [[0.0, 1.0], [0.0, -1.0]]
        self.saddles = [[0.0, 0.0]]

    def _f(self, x, y):
        a, b = self.values["a"], self.values["b"]
        y2 = y * y
        return 0.5 * a * x * x + b * (0.25 * y2 * y2 - 0.5 * y2)

    def _df(self, x, y):
        a, b = self.values["a"], self.values["b"]
        return a * x, b * (y * y - 1.0) * y

    def _d2f(self, x, y):
        a, b = self.values["a"], self.values["b"]
        return a + 0.0 * x, 0.0 * x, b * (3.0 * y * y - 1.0) + 0.0 * x
