"""A wide, almost flat plateau around a narrow basin: vanishing gradients."""
from __future__ import annotations

import numpy as np

from ..spec import Param
from .base import Surface


class Plateau(Surface):
    r"""f = d (1 - exp(-r^2 / (2 w^2))), r^2 = x^2 + y^2.

    With e = exp(-r^2 / (2 w^2)): grad f = (d e / w^2) (x, y) and
    Hessian = (d e / w^2) (I - (x, y)^T (x, y) / w^2). Minimum 0 at the origin.
    """

    name = "plateau"
    title = "Plateau (vanishing gradient)"
    description = (
        "A narrow basin in the middle of a vast, almost perfectly flat table. Out on the table "
        "the gradient is not zero, but it is a few ten-thousandths, so plain gradient descent "
        "takes microscopic steps and seems stuck although the way down is obvious. Adaptive "
        "methods such as RMSProp and Adam divide the gradient by its own running size, so they "
        "walk across the flat part at full speed and then drop into the basin. Newton's method "
        "fails differently: out on the table the surface curves downward, so it steps away from "
        "the basin. Make 'width' smaller to make the table flatter and the basin narrower."
    )
    params = (
        Param("width", 0.6, "radius of the basin; beyond ~3 widths the surface is flat",
              low=0.1, high=2.0, log=True),
        Param("depth", 1.0, "depth of the basin below the plateau", low=0.01, high=100.0, log=True),
    )
    default_start = (2.3, 1.6)

    def _setup(self):
        self.bounds = ((-3.0, 3.0), (-3.0, 3.0))
        self.minima = [[0.0, 0.0]]

    def _scaled_bump(self, x, y):
        """(d e / w^2, 1 / w^2) with e = exp(-r^2 / (2 w^2))."""
        w2 = self.values["width"] ** 2
        return self.values["depth"] * np.exp(-(x * x + y * y) / (2.0 * w2)) / w2, 1.0 / w2

    def _f(self, x, y):
        w2 = self.values["width"] ** 2
        return self.values["depth"] * -np.expm1(-(x * x + y * y) / (2.0 * w2))

    def _df(self, x, y):
        k, _ = self._scaled_bump(x, y)
        return k * x, k * y

    def _d2f(self, x, y):
        k, inv_w2 = self._scaled_bump(x, y)
        return k * (1.0 - x * x * inv_w2), -k * x * y * inv_w2, k * (1.0 - y * y * inv_w2)
