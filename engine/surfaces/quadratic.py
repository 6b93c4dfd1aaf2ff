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
    suggested = {
        "sgd": {"lr": 0.1}, "momentum": {"lr": 0.05, "momentum": 0.9}, "nesterov": {"lr": 0.05, "momentum": 0.9},
        "adagrad": {"lr": 0.5}, "rmsprop": {"lr": 0.01}, "adadelta": {"lr": 10.0}, "adam": {"lr": 0.05},
        "adamw": {"lr": 0.05}, "nadam": {"lr": 0.05}, "radam": {"lr": 0.05}, "adamax": {"lr": 0.05},
        "lion": {"lr": 0.02}, "newton": {}, "saddle_free_newton": {}, "bfgs": {}, "lbfgs": {}, "cg": {},
        "coordinate_descent": {"lr": 0.5},
    }
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
