"""A shallow local minimum next to a deeper global one, separated by a low ridge."""
from __future__ import annotations

import math

from ..spec import Param
from .base import Surface


def _cubic_roots(c: float) -> tuple[float, float, float]:
    """The three real roots of x^3 - x + c = 0 (0 < c < 2 / 3^1.5), in decreasing order.

    Trigonometric form: x_k = (2 / sqrt 3) cos(arccos(-3 sqrt(3) c / 2) / 3 - 2 pi k / 3).
    """
    phi = math.acos(-1.5 * math.sqrt(3.0) * c) / 3.0
    r = 2.0 / math.sqrt(3.0)
    return tuple(r * math.cos(phi - 2.0 * math.pi * k / 3.0) for k in range(3))


class TwoMinima(Surface):
    r"""f = x^4 / 4 - x^2 / 2 + c x + k y^2 / 2: a tilted double well along x.

    f_x = x^3 - x + c, so the stationary points lie on y = 0 at the roots of x^3 - x + c:
    for 0 < c < 2 / 3^1.5 the largest is the shallow minimum, the smallest the deep (global)
    one, and the middle one the saddle on the ridge between them.
    f_xx = 3 x^2 - 1, f_xy = 0, f_yy = k.
    """

    name = "two_minima"
    title = "Two minima (shallow and deep)"
    description = (
        "Two valleys side by side: a shallow one on the right and a deeper one on the left, "
        "separated by a low ridge. Started high on the right, every method first runs into the "
        "shallow valley. Plain gradient descent stops there for good, because at the bottom of "
        "a valley there is no slope to follow. Momentum arrives with speed, rolls over the low "
        "ridge and settles in the deeper valley, which is the everyday argument for momentum: "
        "it smooths over small dips in the loss. 'tilt' sets how much deeper the left valley "
        "is and how low the ridge between them."
    )
    params = (
        Param("tilt", 0.2, "how much deeper the left valley is (and how low the ridge)",
              low=0.01, high=0.35),
        Param("curvature", 1.0, "curvature across the valleys (along y)", low=0.1, high=10.0, log=True),
    )
    default_start = (2.2, 1.2)

    def _setup(self):
        shallow, ridge, deep = _cubic_roots(self.values["tilt"])
        self.bounds = ((-2.0, 2.5), (-1.5, 1.5))
        self.minima = [[deep, 0.0], [shallow, 0.0]]  # global first
        self.saddles = [[ridge, 0.0]]

    def _f(self, x, y):
        x2 = x * x
        return 0.25 * x2 * x2 - 0.5 * x2 + self.values["tilt"] * x + 0.5 * self.values["curvature"] * y * y

    def _df(self, x, y):
        return x * x * x - x + self.values["tilt"], self.values["curvature"] * y

    def _d2f(self, x, y):
        zero = 0.0 * x + 0.0 * y
        return 3.0 * x * x - 1.0 + zero, zero, self.values["curvature"] + zero
