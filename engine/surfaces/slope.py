"""A long valley whose floor slopes at a constant rate down to its lowest point."""
from __future__ import annotations

import numpy as np

from ..spec import Param
from .base import Surface

_BOTTOM_X = 1.0   # where the floor ends
_Y_CURV = 1.0     # curvature across the valley (y)


class Slope(Surface):
    r"""f = s (r - l) + y^2 / 2,  r = sqrt(l^2 + (x - c)^2),  c = 1.

    A pseudo-Huber valley: far from x = c the floor falls at the constant rate s; within about
    l of c it rounds off into a bowl of curvature s / l. The cliff surface with height 0.
    f_x = s (x - c) / r,  f_xx = s l^2 / r^3,  f_y = y,  f_yy = 1,  f_xy = 0.
    One minimum, f = 0 at (c, 0).
    """

    name = "slope"
    title = "Sloping valley (constant gradient)"
    description = (
        "A long, straight valley whose floor falls at the same rate all the way to the lowest "
        "point, where it rounds off into a small bowl. Along the floor the gradient never "
        "shrinks, so a method that slows down as it goes is easy to spot. AdaGrad divides by "
        "the square root of the sum of every squared gradient it has seen; here that sum grows "
        "in proportion to the number of steps, so its steps shrink like 1/√t and it stalls far "
        "up the valley. RMSProp and Adam divide by a moving average instead, which stays the "
        "same size, so they keep their pace to the bottom. Raise 'slope' to make the floor "
        "steeper, or 'rounding' to widen the bowl at the end."
    )
    params = (
        Param("slope", 1.0, "how fast the floor falls toward the minimum", low=0.1, high=10.0, log=True),
        Param("rounding", 0.25, "width of the bowl at the bottom", low=0.05, high=2.0, log=True),
    )
    default_start = (-5.5, 2.0)

    def _setup(self):
        self.bounds = ((-6.0, 2.0), (-3.0, 3.0))
        self.minima = [[_BOTTOM_X, 0.0]]

    def _r(self, x):
        return np.sqrt(self.values["rounding"] ** 2 + (x - _BOTTOM_X) ** 2)

    def _f(self, x, y):
        s, l = self.values["slope"], self.values["rounding"]
        return s * (self._r(x) - l) + 0.5 * _Y_CURV * y * y

    def _df(self, x, y):
        return self.values["slope"] * (x - _BOTTOM_X) / self._r(x), _Y_CURV * y

    def _d2f(self, x, y):
        s, l = self.values["slope"], self.values["rounding"]
        zero = 0.0 * x * y
        return s * l * l / self._r(x) ** 3 + zero, zero, _Y_CURV + zero
