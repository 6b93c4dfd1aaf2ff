r"""Hagan's 1-2-1 network: a real neural network's error surface over two of its weights.

    a1 = logsig(W1 p + b1)   (2 hidden units),   a2 = W2 a1 + b2   (linear output)
    L  = (1/2N) sum_i (a2(p_i) - t_i)^2,   t = 1 + sin(pi p / 4),  p_i evenly spaced on [-2, 2]

as in Hagan, Demuth, Beale & De Jesus, *Neural Network Design* (2nd ed.), chapters 11-12.
All seven parameters are fitted once by Levenberg-Marquardt from the chapter's nominal
values (W1 = [10; 10], b1 = [-5; 5], W2 = [1 1], b2 = -1), deterministically; then two
weights are freed, u = w1_{1,1} (input to hidden unit 1) and v = w2_{1,1} (hidden unit 1 to
the output), the rest held at the fit. With s = logsig(u p + b1_1) and the rest of the
network's output c(p) = w2_{1,2} logsig(w1_{2,1} p + b1_2) + b2, the residual is
r = v s + c - t and

    grad l = ( r v s' p,  r s ),   s' = s (1 - s),  s'' = s' (1 - 2 s)
    H l = [[ (v s' p)^2 + r v s'' p^2,  v s' p s + r s' p ], [ ., s^2 ]]

On the line v = 0 the first unit is switched off, dL/du = 0 all along it, and where also
dL/dv = 0 the Hessian is [[0, h], [h, s2]]: a saddle (det = -h^2 < 0).
"""
from __future__ import annotations

import functools

import numpy as np

from ...spec import Param
from .base import GRID, DataSurface, newton_critical, newton_minimize
from .logistic_regression import sigmoid

NOMINAL = np.array([10.0, 10.0, -5.0, 5.0, 1.0, 1.0, -1.0])  # w1_1, w1_2, b1_1, b1_2, w2_1, w2_2, b2


def target(p):
    """The function the network approximates: g(p) = 1 + sin(pi p / 4)."""
    return 1.0 + np.sin(np.pi * np.asarray(p, dtype=float) / 4.0)


def network(theta, p):
    """The 1-2-1 network's output for parameters ``theta`` (7,) at inputs ``p`` (M,)."""
    a1 = sigmoid(np.outer(p, theta[0:2]) + theta[2:4])
    return a1 @ theta[4:6] + theta[6]


@functools.lru_cache(maxsize=None)
def fitted(n_points: int) -> tuple[float, ...]:
    """All seven parameters fitted to g on ``n_points`` points by Levenberg-Marquardt from
    NOMINAL (cached; the same numbers on every run)."""
    p = np.linspace(-2.0, 2.0, n_points)
    t = target(p)
    theta = NOMINAL.copy()
    mu = 1e-3

    def residual(th):
        a1 = sigmoid(np.outer(p, th[0:2]) + th[2:4])
        return a1 @ th[4:6] + th[6] - t, a1

    e, a1 = residual(theta)
    sse = e @ e
    for _ in range(5000):
        d = a1 * (1.0 - a1) * theta[4:6]
        jac = np.column_stack([d * p[:, None], d, a1, np.ones(n_points)])
        g = jac.T @ e
        jtj = jac.T @ jac
        accepted = False
        while mu < 1e12:
            step = -np.linalg.solve(jtj + mu * np.diag(np.diag(jtj)), g)
            e_new, a1_new = residual(theta + step)
            if e_new @ e_new <= sse:
                theta = theta + step
                e, a1, sse = e_new, a1_new, e_new @ e_new
                mu = max(mu / 3.0, 1e-12)
                accepted = True
                break
            mu *= 4.0
        if not accepted or np.max(np.abs(step)) <= 1e-15 * (1.0 + np.max(np.abs(theta))):
            break
    return tuple(float(v) for v in theta)


class TinyNetwork(DataSurface):
    name = "tiny_network"
    title = "Tiny neural network (Hagan's 1-2-1)"
    feature = "p"
    target = "1 + sin(πp/4)"
    axes = ("w1₁₁ (input → hidden 1)", "w2₁₁ (hidden 1 → output)")
    description = (
        "The error surface of a real neural network: the 1-2-1 network of Hagan's Neural "
        "Network Design (two logistic-sigmoid hidden units, a linear output) fitted to "
        "1 + sin(πp/4) on [-2, 2]. Two parameters are free, the other five stay at the fitted "
        "optimum. With the two hidden biases free (the default) there are two mirror-image "
        "minima, the same network with its hidden units swapped, and a saddle between them "
        "where the units are identical; far out the sigmoids saturate and the surface is a "
        "flat plateau where gradient descent stalls. With the first unit's input and output "
        "weights free the minimum lies in a long flat valley (a large input weight makes the "
        "unit a step: changing it further does almost nothing) and the line where the output "
        "weight is zero switches the unit off. Lower 'batch_size' for minibatches of the "
        "training points."
    )
    params = (
        Param("batch_size", 21, "training points per minibatch, 1 to N (N: full-batch gradient descent)",
              kind="int", low=1, high=101),
        Param("n_points", 21, "training points, evenly spaced on [-2, 2]", kind="int", low=3, high=101),
        Param("weights", "b1_1,b1_2", "which two parameters are free: the first hidden unit's input and "
              "output weights (flat valleys), or the two hidden biases (two mirror-image minima, the hidden "
              "units swapped, and a saddle between them)", kind="choice", choices=("b1_1,b1_2", "w1_11,w2_11")),
    )
    default_start = (4.0, 5.0)
    log_levels = True
    suggested = {
        "sgd": {"lr": 10.0},
        "momentum": {"lr": 2.0, "momentum": 0.9},
        "nesterov": {"lr": 2.0, "momentum": 0.9},
        "adagrad": {"lr": 1.0},
        "rmsprop": {"lr": 0.05},
        "adadelta": {"lr": 1.0},
        "adam": {"lr": 0.1},
        "adamw": {"lr": 0.1},
        "nadam": {"lr": 0.1},
        "radam": {"lr": 0.1},
        "adamax": {"lr": 0.2},
        "lion": {"lr": 0.02},
        "newton": {},
        "saddle_free_newton": {},
        "bfgs": {},
        "lbfgs": {},
        "cg": {},
        "coordinate_descent": {"lr": 10.0},
    }

    def _prepare(self):
        n = self.values["n_points"]
        p = np.linspace(-2.0, 2.0, n)
        self.theta = np.array(fitted(n))       # the fitted network; (u, v) = theta[0], theta[4]
        self.theta.setflags(write=False)
        self._beta = self.theta[2]
        self._biases = self.values["weights"] == "b1_1,b1_2"
        self.inputs = p[:, None]
        self.targets = target(p)
        self._x, self._y = self._example_arrays()
        th = self.theta
        if self._biases:
            self.axes = ("b1₁ (hidden 1 bias)", "b1₂ (hidden 2 bias)")
            first = newton_minimize(self, (th[2], th[3]))
            # the same network with its hidden units swapped (their W1 and W2 are equal at the fit)
            self.minima = [first, newton_minimize(self, (th[3], th[2]))]
            self.saddles = [newton_critical(self, (0.5 * (th[2] + th[3]),) * 2)]
            self.bounds = ((-8.0, 8.0), (-8.0, 8.0))
        else:
            self.minima = [newton_minimize(self, (th[0], th[4]))]
            self.saddles = self._find_saddles()
            self.bounds = ((-6.0, 10.0), (-1.5, 3.0))

    @property
    def start(self):
        return tuple(self.default_start) if self._biases else (-2.0, -0.5)

    def _rest(self, p):
        """c(p): the output of everything but the first hidden unit."""
        th = self.theta
        return th[5] * sigmoid(th[1] * p + th[3]) + th[6]

    def _example_arrays(self):
        p = self.inputs[:, 0]
        if self.values["weights"] == "b1_1,b1_2":
            return p, self.targets - self.theta[6]
        # the free unit sees the residual target t - c(p)
        return p, self.targets - self._rest(p)

    def _find_saddles(self):
        """Where dL/dv = 0 on the line v = 0 (there dL/du = 0 identically)."""
        u = np.linspace(-40.0, 40.0, 4001)
        dv = self.grad(np.stack([u, np.zeros_like(u)], axis=-1))[:, 1]
        found = []
        for i in np.flatnonzero(np.sign(dv[:-1]) * np.sign(dv[1:]) < 0):
            lo, hi = u[i], u[i + 1]
            for _ in range(200):
                mid = 0.5 * (lo + hi)
                if np.sign(self.grad((mid, 0.0))[1]) == np.sign(self.grad((lo, 0.0))[1]):
                    lo = mid
                else:
                    hi = mid
            found.append((0.5 * (lo + hi), 0.0))
        return np.array(found, dtype=float).reshape(-1, 2)

    def _f(self, w, b):
        """The full-batch loss; on a grid (the heat map) through the few distinct values of
        each coordinate: the hidden units' outputs depend on one free parameter each."""
        w, b = np.broadcast_arrays(np.asarray(w, dtype=float), np.asarray(b, dtype=float))
        if w.size < GRID:
            return super()._f(w, b)
        uw, iw = np.unique(w, return_inverse=True)
        ub, ib = np.unique(b, return_inverse=True)
        x, y, n = self._x, self._y, self.n_examples
        if self._biases:
            if len(uw) * len(ub) > 4 * w.size:
                return super()._f(w, b)
            a = self.theta[4] * sigmoid(self.theta[0] * x + uw[:, None]) - y      # (U, N), y folded in
            c = self.theta[5] * sigmoid(self.theta[1] * x + ub[:, None])          # (V, N)
            cross = (a @ c.T) / n                                                # mean over examples
            out = 0.5 * ((a * a).sum(-1)[iw] / n + (c * c).sum(-1)[ib] / n + 2.0 * cross[iw, ib])
        else:
            # r = b s(w) - y: L = 1/2 (b^2 <s s> - 2 b <s y> + <y y>), moments per distinct w
            s = sigmoid(uw[:, None] * x + self._beta)
            ss, sy = (s * s).sum(-1)[iw] / n, (s @ y)[iw] / n
            out = 0.5 * (b * b * ss - 2.0 * b * sy + (y @ y) / n)
        return np.maximum(out.reshape(w.shape), 0.0)

    # Bias mode: r = w2_1 s1 + w2_2 s2 - y with s_k = logsig(w1_k p + b1_k), (b1_1, b1_2) = (w, b).
    def _hidden(self, w, b, x):
        th = self.theta
        s1 = sigmoid(th[0] * x + w)
        s2 = sigmoid(th[1] * x + b)
        return s1, s2

    def _loss(self, w, b, x, y):
        if self._biases:
            s1, s2 = self._hidden(w, b, x)
            r = self.theta[4] * s1 + self.theta[5] * s2 - y
        else:
            r = b * sigmoid(w * x + self._beta) - y
        return 0.5 * r * r

    def _dloss(self, w, b, x, y):
        if self._biases:
            s1, s2 = self._hidden(w, b, x)
            v1, v2 = self.theta[4], self.theta[5]
            r = v1 * s1 + v2 * s2 - y
            return r * v1 * s1 * (1.0 - s1), r * v2 * s2 * (1.0 - s2)
        s = sigmoid(w * x + self._beta)
        r = b * s - y
        return r * b * s * (1.0 - s) * x, r * s

    def _d2loss(self, w, b, x, y):
        if self._biases:
            s1, s2 = self._hidden(w, b, x)
            v1, v2 = self.theta[4], self.theta[5]
            r = v1 * s1 + v2 * s2 - y
            d1, d2 = s1 * (1.0 - s1), s2 * (1.0 - s2)
            j1, j2 = v1 * d1, v2 * d2
            return (j1 * j1 + r * v1 * d1 * (1.0 - 2.0 * s1), j1 * j2,
                    j2 * j2 + r * v2 * d2 * (1.0 - 2.0 * s2))
        s = sigmoid(w * x + self._beta)
        ds = s * (1.0 - s)
        r = b * s - y
        j = b * ds * x
        return j * j + r * b * ds * (1.0 - 2.0 * s) * x * x, j * s + r * ds * x, s * s

    def predict(self, p, x):
        """The network's output at free weights ``p`` (..., 2) for inputs ``x`` (M,)."""
        p = np.asarray(p, dtype=float)
        x = np.asarray(x, dtype=float)
        if self._biases:
            s1, s2 = self._hidden(p[..., 0, None], p[..., 1, None], x)
            return self.theta[4] * s1 + self.theta[5] * s2 + self.theta[6]
        return p[..., 1, None] * sigmoid(p[..., 0, None] * x + self._beta) + self._rest(x)
