"""The plain quadratic bowl: the sanity check every optimizer must pass."""
from __future__ import annotations

import numpy as np

from ..spec import Param
from .base import Surface


class QuadraticBowl(Surface):
    name = "quadratic"
    title = "Quadratic bowl"
    description = (
        "f = (a x^2 + b y^2) / 2: a round (a = b) or mildly elliptic bowl with one minimum "
        "at the origin. Every sensible optimizer converges here; it is the control experiment."
    )
    params = (
        Param("a", 1.0, "curvature along x", low=0.0, high=1e3, low_open=True, log=True),
        Param("b", 1.0, "curvature along y", low=0.0, high=1e3, low_open=True, log=True),
    )
    default_start = (1.6, 1.2)

    def _setup(self):
        self.bounds = ((-2.0, 2.0), (-2.0, 2.0))
        self.minima = [[0.0, 0.0]]

    def _f(self, x, y):
        a, b = self.values["a"], self.values["b"]
        return 0.5 * (a * x * x + b * y * y)

    def _df(self, x, y):
        return self.values["a"] * x, self.values["b"] * y

    def _d2f(self, x, y):
        a, b = self.values["a"], self.values["b"]
        return a + 0 * x, 0 * x, b + 0 * y
