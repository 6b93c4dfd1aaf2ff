r"""Least squares on real data: y ~ w x + b, disease progression against body mass index.

    L(w, b) = (1/2N) sum_i (w x_i + b - y_i)^2

Full-batch value, gradient and Hessian come from sufficient statistics (means of the
centred data), O(1) per point whatever N:

    L = 1/2 [ v_xx (w - w*)^2 + (w m_x + b - m_y)^2 + r ]
    grad = ( v_xx (w - w*) + m_x c,  c ),   c = w m_x + b - m_y
    H = [[v_xx + m_x^2, m_x], [m_x, 1]]      (constant: the loss is a quadratic bowl)

with m the means, v_xx the variance of x, w* = v_xy / v_xx, b* = m_y - w* m_x and r the
mean squared residual of the least-squares line. A minibatch's gradient uses the batch's
own means of (x^2, x, x y, y).
"""
from __future__ import annotations

import numpy as np

from ...spec import Param
from . import datasets
from .base import DataSurface

_N_ALL = 442


class LinearRegression(DataSurface):
    name = "linear_regression"
    title = "Linear regression (diabetes data)"
    feature = "body mass index (kg/m²)"
    target = "disease progression after one year"
    axes = ("w (slope)", "b (intercept)")
    description = (
        "Least squares on real data: a straight line y = w x + b through 442 diabetes "
        "patients' disease progression against their body mass index (Efron et al. 2004). "
        "The loss is a quadratic bowl, but with the raw feature (x around 26, never near 0) "
        "the slope and the intercept trade off against each other: the bowl is a thin "
        "diagonal valley (condition number in the tens of thousands) along which gradient "
        "descent crawls. Tick 'standardize' (x -> (x - mean) / std) and the valley turns "
        "perfectly round: one full-batch step of size 1 lands on the minimum. Lower "
        "'batch_size' for true minibatch SGD: each step uses B examples drawn without "
        "replacement, so the path jitters in a noise ball around the minimum whose size "
        "shrinks like sqrt(lr / B); tick 'interpolate' (targets moved onto the fitted line) "
        "and the noise vanishes at the minimum, because every example agrees there."
    )
    params = (
        Param("batch_size", _N_ALL, "examples per minibatch, 1 to N (N: full-batch gradient descent)",
              kind="int", low=1, high=_N_ALL),
        Param("standardize", False, "feed the model (x - mean) / std instead of the raw feature",
              kind="bool"),
        Param("n_examples", _N_ALL, "use the first n patients of the file", kind="int", low=3, high=_N_ALL),
        Param("interpolate", False, "move every target onto the least-squares line (a fit with zero "
              "residuals: the gradient noise vanishes at the minimum)", kind="bool"),
    )
    default_start = (0.0, 0.0)
    suggested = {
        "sgd": {"lr": 0.0014},
        "momentum": {"lr": 0.0003, "momentum": 0.9},
        "nesterov": {"lr": 0.0003, "momentum": 0.9},
        "adagrad": {"lr": 20.0},
        "rmsprop": {"lr": 1.0},
        "adadelta": {"lr": 1.0},
        "adam": {"lr": 4.0},
        "adamw": {"lr": 4.0},
        "nadam": {"lr": 4.0},
        "radam": {"lr": 4.0},
        "adamax": {"lr": 8.0},
        "lion": {"lr": 0.5},
        "newton": {},
        "saddle_free_newton": {},
        "bfgs": {},
        "lbfgs": {},
        "cg": {},
        "coordinate_descent": {"lr": 0.0013},
    }

    def _prepare(self):
        bmi, progression = datasets.diabetes_bmi()
        n = self.values["n_examples"]
        x, y = bmi[:n].copy(), progression[:n].copy()
        if self.values["standardize"]:
            self.x_shift, self.x_scale = float(x.mean()), float(x.std())
            x = (x - self.x_shift) / self.x_scale
        if self.values["interpolate"]:
            w, b = _least_squares(x, y)
            y = w * x + b
        self.inputs = x[:, None]
        self.targets = y
        mx, my = x.mean(), y.mean()
        dx, dy = x - mx, y - my
        self._mx, self._my = float(mx), float(my)
        self._vxx = float(dx @ dx / n)
        self._w_star = float((dx @ dy / n) / self._vxx)
        b_star = self._my - self._w_star * self._mx
        self._r = float(np.mean((self._w_star * x + b_star - y) ** 2))
        # columns x^2, x, x y, y: one fancy-index and one mean give a minibatch's statistics
        self._moments = np.column_stack([x * x, x, x * y, y])
        self.minima = [[self._w_star, b_star]]
        origin = (0.0, 0.0)
        level = max(float(self._f(np.array(0.0), np.array(0.0))) - 0.5 * self._r, 1e-12)
        self.bounds = self._window(self.minima[0], level, include=[origin])

    # closed forms (the per-example ones below serve batches, fans and the tests' loops)
    def _f(self, w, b):
        c = w * self._mx + b - self._my
        d = w - self._w_star
        return 0.5 * (self._vxx * d * d + c * c + self._r)

    def _df(self, w, b):
        c = w * self._mx + b - self._my
        return self._vxx * (w - self._w_star) + self._mx * c, c

    def _d2f(self, w, b):
        zero = 0.0 * (np.asarray(w) + np.asarray(b))
        return self._vxx + self._mx ** 2 + zero, self._mx + zero, 1.0 + zero

    def _loss(self, w, b, x, y):
        r = w * x + b - y
        return 0.5 * r * r

    def _dloss(self, w, b, x, y):
        r = w * x + b - y
        return r * x, r

    def _d2loss(self, w, b, x, y):
        one = np.ones(np.broadcast_shapes(np.shape(w), np.shape(b), np.shape(x)))
        return one * x * x, one * x, one

    def batch_grad(self, p, idx, out=None):
        p = np.asarray(p, dtype=float)
        xx, x, xy, y = self._moments[self._check_idx(idx)].mean(axis=0)
        w, b = p[..., 0], p[..., 1]
        if out is None:
            out = np.empty(p.shape)
        out[..., 0] = w * xx + b * x - xy
        out[..., 1] = w * x + b - y
        return out

    def full_and_batch_grad(self, p, idx, out=None):
        return self.grad(p), self.batch_grad(p, idx, out=out)   # both O(1) already

    def predict(self, p, x):
        p = np.asarray(p, dtype=float)
        return p[..., 0, None] * np.asarray(x, dtype=float) + p[..., 1, None]


def _least_squares(x, y):
    dx = x - x.mean()
    w = float(dx @ (y - y.mean()) / (dx @ dx))
    return w, float(y.mean() - w * x.mean())
