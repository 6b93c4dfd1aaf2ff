r"""Surfaces made of data: the loss of a two-parameter model averaged over real examples.

    L(w, b) = (1/N) sum_i l_i(w, b)

over the N examples the model sees (``inputs`` (N, d), ``targets`` (N,)). ``value``, ``grad``
and ``hessian`` are the full-batch loss and its exact derivatives (what the contours show);
``batch_grad(p, idx)`` is the mean gradient over the examples ``idx`` (what minibatch SGD
sees, drawn by the gradient oracle: engine/oracle.py, engine/minibatch.py) and
``per_example_grad(p)`` every example's own gradient (the window's gradient fan).

A subclass writes the per-example loss and its derivatives on broadcast arrays::

    _loss(w, b, x, y)  -> l                      w, b: (..., 1); x, y: (k,) -> (..., k)
    _dloss(w, b, x, y) -> (l_w, l_b)
    _d2loss(w, b, x, y) -> (l_ww, l_wb, l_bb)

and ``_prepare`` (choose the examples, set ``inputs``/``targets``, ``bounds``, ``minima``).
Sums over examples run vectorized for a few points (a race's lanes) and in chunks of
examples for many (a 400 x 400 heat map), so memory stays under ``CHUNK`` floats.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ...minibatch import check_batch_size
from ..base import Surface

CHUNK = 1 << 21   # floats per temporary in the chunked sums (16 MB)
GRID = 4096       # from this many points on, value() may take a subclass's shortcut for grids


class DataSurface(Surface):
    """Base of the data surfaces; parameters ``batch_size`` (default: all examples) and,
    per subclass, ``standardize`` and ``n_examples``."""

    #: name of the input feature and of the target, for axis labels
    feature: str = "x"
    target: str = "y"
    #: names of the two free parameters (the map's x and y axes)
    axes: tuple[str, str] = ("w", "b")

    inputs: np.ndarray    # (N, d): as the model sees them (after standardization)
    targets: np.ndarray   # (N,)
    x_shift: float = 0.0  # model input = (raw feature - x_shift) / x_scale
    x_scale: float = 1.0

    def __init__(self, **values: Any) -> None:
        self._full_batch = "batch_size" not in values
        super().__init__(**values)

    def _setup(self) -> None:
        self._prepare()
        n = len(self.targets)
        if self._full_batch:
            self.values["batch_size"] = n
        self.values["batch_size"] = check_batch_size(self.values["batch_size"], n, self.name)
        self._x, self._y = (np.ascontiguousarray(a, dtype=float) for a in self._example_arrays())
        for arr in (self.inputs, self.targets, self._x, self._y):
            arr.setflags(write=False)

    def _prepare(self) -> None:
        raise NotImplementedError

    def _example_arrays(self):
        """The (x_i, y_i) the per-example terms receive (default: inputs and targets)."""
        return self.inputs[:, 0], self.targets

    # -- data ---------------------------------------------------------------------------
    @property
    def n_examples(self) -> int:
        """N, the number of examples in the loss."""
        return len(self.targets)

    @property
    def batch_size(self) -> int:
        """B: examples per minibatch (N: full-batch gradient descent)."""
        return self.values["batch_size"]

    def with_values(self, **values: Any) -> "DataSurface":
        """Like Surface.with_values; a full-batch surface stays full-batch when the data
        changes size (say ``n_examples``) unless ``batch_size`` is given."""
        merged = {**self.values, **values}
        if "batch_size" not in values and self.batch_size == self.n_examples:
            merged.pop("batch_size")
        return type(self)(**merged)

    # -- per-example terms, to override ---------------------------------------------------
    def _loss(self, w, b, x, y):
        raise NotImplementedError

    def _dloss(self, w, b, x, y):
        raise NotImplementedError

    def _d2loss(self, w, b, x, y):
        raise NotImplementedError

    def predict(self, p, x) -> np.ndarray:
        """The model's output at parameters ``p`` (2,) or (..., 2) for inputs ``x`` (M,)
        given as the model sees them; shape (..., M). Draws the fitted line / curve."""
        raise NotImplementedError

    # -- sums over examples ----------------------------------------------------------------
    def _mean(self, fn, w, b, x, y):
        """The mean over examples (x, y) of fn's per-example terms at points (w, b)."""
        w = np.asarray(w, dtype=float)[..., None]
        b = np.asarray(b, dtype=float)[..., None]
        points = max(1, int(np.prod(np.broadcast_shapes(w.shape, b.shape)[:-1])))
        k = len(y)
        step = max(1, CHUNK // points)
        if k <= step:
            terms = fn(w, b, x, y)
            return tuple(t.sum(axis=-1) / k for t in _tuple(terms))
        total = None
        for lo in range(0, k, step):
            terms = tuple(t.sum(axis=-1) for t in _tuple(fn(w, b, x[lo:lo + step], y[lo:lo + step])))
            total = terms if total is None else tuple(a + t for a, t in zip(total, terms))
        return tuple(t / k for t in total)

    def _f(self, w, b):
        return self._mean(self._loss, w, b, self._x, self._y)[0]

    def _df(self, w, b):
        return self._mean(self._dloss, w, b, self._x, self._y)

    def _d2f(self, w, b):
        return self._mean(self._d2loss, w, b, self._x, self._y)

    # -- minibatches and single examples ---------------------------------------------------------
    def batch_value(self, p, idx) -> np.ndarray:
        """The mean loss over the examples ``idx`` at points ``p`` (..., 2)."""
        p = np.asarray(p, dtype=float)
        idx = self._check_idx(idx)
        return self._mean(self._loss, p[..., 0], p[..., 1], self._x[idx], self._y[idx])[0]

    def batch_grad(self, p, idx, out: np.ndarray | None = None) -> np.ndarray:
        """The mean gradient over the examples ``idx`` at points ``p`` (..., 2): what
        minibatch SGD sees. Every row of ``p`` uses the same examples."""
        p = np.asarray(p, dtype=float)
        idx = self._check_idx(idx)
        gw, gb = self._mean(self._dloss, p[..., 0], p[..., 1], self._x[idx], self._y[idx])
        if out is None:
            out = np.empty(p.shape)
        out[..., 0] = gw
        out[..., 1] = gb
        return out

    def full_and_batch_grad(self, p, idx, out: np.ndarray | None = None):
        """(grad(p), batch_grad(p, idx)) from one evaluation of the per-example terms: a
        minibatch step needs both (the batch's to move, the full one to judge convergence).
        Bit for bit the same numbers as the two separate calls."""
        p = np.asarray(p, dtype=float)
        points = int(np.prod(p.shape[:-1]))
        idx = self._check_idx(idx)
        if points * self.n_examples > CHUNK:
            return self.grad(p), self.batch_grad(p, idx, out=out)
        terms = self._dloss(p[..., 0, None], p[..., 1, None], self._x, self._y)
        full = np.empty(p.shape)
        if out is None:
            out = np.empty(p.shape)
        for i, t in enumerate(terms):
            t = np.broadcast_to(t, p.shape[:-1] + (self.n_examples,))
            full[..., i] = t.sum(axis=-1) / self.n_examples
            out[..., i] = t[..., idx].sum(axis=-1) / len(idx)
        return full, out

    def per_example_loss(self, p) -> np.ndarray:
        """l_i at points ``p`` (..., 2): shape (..., N)."""
        p = np.asarray(p, dtype=float)
        return np.broadcast_to(self._loss(p[..., 0, None], p[..., 1, None], self._x, self._y),
                               p.shape[:-1] + (self.n_examples,)).copy()

    def per_example_grad(self, p) -> np.ndarray:
        """Every example's gradient at points ``p`` (..., 2): shape (..., N, 2); their mean
        over the N axis is ``grad(p)``."""
        p = np.asarray(p, dtype=float)
        gw, gb = self._dloss(p[..., 0, None], p[..., 1, None], self._x, self._y)
        out = np.empty(p.shape[:-1] + (self.n_examples, 2))
        out[..., 0] = gw
        out[..., 1] = gb
        return out

    def _check_idx(self, idx) -> np.ndarray:
        idx = np.asarray(idx)
        if idx.ndim != 1 or len(idx) == 0 or idx.dtype.kind not in "iu":
            raise ValueError(f"Invalid minibatch {idx!r}: must be a non-empty 1-D array of example indices")
        return idx

    # -- geometry helpers for subclasses ------------------------------------------------------
    def _window(self, center, level: float, include=(), margin: float = 1.25):
        """Bounds: the box around the quadratic model's level set L - L* = ``level`` at
        ``center`` (its Hessian there), widened by ``margin`` and to hold ``include``."""
        center = np.asarray(center, dtype=float)
        inv = np.linalg.inv(self.hessian(center))
        half = margin * np.sqrt(2.0 * level * np.diag(inv))
        lo, hi = center - half, center + half
        for q in include:
            q = np.asarray(q, dtype=float)
            pad = 0.08 * (hi - lo)
            lo = np.minimum(lo, q - pad)
            hi = np.maximum(hi, q + pad)
        return ((float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1])))

    def condition_number(self, p=None) -> float:
        """kappa = largest / smallest Hessian eigenvalue at ``p`` (default: the minimum)."""
        p = self.minima[0] if p is None else np.asarray(p, dtype=float)
        eig = np.linalg.eigvalsh(self.hessian(p))
        return float(eig[-1] / eig[0])


def _tuple(terms):
    return terms if isinstance(terms, tuple) else (terms,)


def newton_minimize(surface, start, iterations: int = 100, tol: float = 1e-13) -> np.ndarray:
    """The minimizer by damped Newton steps from ``start`` (halving each step until the loss
    does not increase), stopped when the step is below ``tol`` relative. Deterministic."""
    x = np.asarray(start, dtype=float).copy()
    f = float(surface.value(x))
    for _ in range(iterations):
        g = surface.grad(x)
        h = surface.hessian(x)
        lam = 0.0
        while True:
            try:
                step = -np.linalg.solve(h + lam * np.eye(2), g)
            except np.linalg.LinAlgError:
                step = None
            if step is not None and g @ step < 0:
                break
            lam = max(2.0 * lam, 1e-8 * np.abs(h).max() + 1e-12)
        t = 1.0
        while t > 1e-12:
            trial = x + t * step
            f_trial = float(surface.value(trial))
            if f_trial <= f:
                break
            t *= 0.5
        x, f = trial, f_trial
        if np.all(np.abs(t * step) <= tol * (1.0 + np.abs(x))):
            break
    return x


def newton_critical(surface, start, iterations: int = 100) -> np.ndarray:
    """A critical point (any kind: saddles too) by plain Newton steps on the gradient."""
    x = np.asarray(start, dtype=float).copy()
    for _ in range(iterations):
        step = -np.linalg.solve(surface.hessian(x), surface.grad(x))
        x = x + step
        if np.all(np.abs(step) <= 1e-14 * (1.0 + np.abs(x))):
            break
    return x
