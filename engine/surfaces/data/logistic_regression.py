r"""Logistic regression on the 23 pre-Challenger shuttle launches.

    P(y = 1 | x) = sigma(z),  z = w x + b,   x: launch temperature, y: O-ring incident
    L(w, b) = (1/N) sum_i [ log(1 + e^{z_i}) - y_i z_i ]
    grad = (1/N) sum_i (sigma(z_i) - y_i) (x_i, 1)
    H    = (1/N) sum_i sigma(z_i) (1 - sigma(z_i)) [[x_i^2, x_i], [x_i, 1]]

log(1 + e^z) is ``np.logaddexp(0, z)`` and sigma(z) = (1 + tanh(z / 2)) / 2: no overflow for
any z. The data are not linearly separable (incidents at 70 and 75 F among clean launches),
so the minimum is finite: w* = -0.2322 per degree F, b* = 15.04 on raw temperatures.
"""
from __future__ import annotations

import numpy as np

from ...spec import Param
from . import datasets
from .base import GRID, DataSurface, newton_minimize

_N_ALL = 23


def sigmoid(z):
    """sigma(z) = 1 / (1 + e^-z), computed as (1 + tanh(z/2)) / 2 (finite for every z)."""
    return 0.5 + 0.5 * np.tanh(0.5 * z)


class LogisticRegression(DataSurface):
    name = "logistic_regression"
    title = "Logistic regression (Challenger O-rings)"
    feature = "launch temperature (°F)"
    target = "O-ring incident (0/1)"
    axes = ("w (per °F)", "b (intercept)")
    description = (
        "Logistic regression on the 23 shuttle launches before Challenger: the probability of "
        "O-ring damage against launch temperature (Dalal, Fowlkes & Hoadley 1989). The data "
        "are not separable, so the cross-entropy loss has a finite minimum (w = -0.232 per °F, "
        "b = 15.04). With raw temperatures (53 to 81 °F) slope and intercept are almost "
        "interchangeable: the minimum sits at the end of a long, nearly flat, curved valley "
        "(condition number about 10^5) where gradient descent creeps for tens of thousands of "
        "steps. 'standardize' makes the bowl nearly round. Far from the minimum the loss "
        "grows only linearly (the log-loss of confident mistakes), so the contours open up. "
        "Lower 'batch_size' for true minibatch SGD over the launches."
    )
    params = (
        Param("batch_size", _N_ALL, "launches per minibatch, 1 to N (N: full-batch gradient descent)",
              kind="int", low=1, high=_N_ALL),
        Param("standardize", False, "feed the model (temperature - mean) / std instead of degrees F",
              kind="bool"),
    )
    default_start = (0.0, 0.0)
    suggested = {
        "sgd": {"lr": 0.0009},
        "momentum": {"lr": 0.00018, "momentum": 0.9},
        "nesterov": {"lr": 0.00018, "momentum": 0.9},
        "adagrad": {"lr": 1.0},
        "rmsprop": {"lr": 0.02},
        "adadelta": {"lr": 1.0},
        "adam": {"lr": 0.05},
        "adamw": {"lr": 0.05},
        "nadam": {"lr": 0.05},
        "radam": {"lr": 0.05},
        "adamax": {"lr": 0.1},
        "lion": {"lr": 0.01},
        "newton": {},
        "saddle_free_newton": {},
        "bfgs": {},
        "lbfgs": {},
        "cg": {},
        "coordinate_descent": {"lr": 0.0008},
    }

    def _prepare(self):
        temperature, incident = datasets.challenger()
        x, y = temperature.copy(), incident.copy()
        if self.values["standardize"]:
            self.x_shift, self.x_scale = float(x.mean()), float(x.std())
            x = (x - self.x_shift) / self.x_scale
        self.inputs = x[:, None]
        self.targets = y
        self._x, self._y = x, y                  # the solve below needs them before _setup's copy
        best = newton_minimize(self, (0.0, 0.0))
        self.minima = [best]
        level = float(self.value((0.0, 0.0)) - self.value(best))
        self.bounds = self._window(best, level, include=[(0.0, 0.0)], margin=1.6)

    def _f(self, w, b):
        """The full-batch loss; for many points (a heat map) summed once per distinct
        temperature (16 of the 23 launches), with sum y z done in closed form."""
        w, b = np.broadcast_arrays(np.asarray(w, dtype=float), np.asarray(b, dtype=float))
        if w.size < GRID:
            return super()._f(w, b)
        xs, counts = np.unique(self._x, return_counts=True)
        total = np.zeros(w.shape)
        for xu, c in zip(xs, counts):
            total += c * np.logaddexp(0.0, w * xu + b)
        n = self.n_examples
        return total / n - (w * (self._x @ self._y) / n + b * self._y.sum() / n)

    def _loss(self, w, b, x, y):
        z = w * x + b
        return np.logaddexp(0.0, z) - y * z

    def _dloss(self, w, b, x, y):
        r = sigmoid(w * x + b) - y
        return r * x, r

    def _d2loss(self, w, b, x, y):
        s = sigmoid(w * x + b)
        c = s * (1.0 - s)
        return c * x * x, c * x, c

    def predict(self, p, x):
        """P(incident) at inputs ``x`` (as the model sees them)."""
        p = np.asarray(p, dtype=float)
        return sigmoid(p[..., 0, None] * np.asarray(x, dtype=float) + p[..., 1, None])
