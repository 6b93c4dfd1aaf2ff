"""Reads of hyperparameters that may hold one value per row of the batch.

``engine.sweep`` runs a grid of settings as one (n, 2) batch: a swept hyperparameter is
then an (n, 1) float array that broadcasts against the (n, 2) state, while a run of one
setting keeps plain Python floats (and their fast paths). These helpers give both the
same floats bit for bit: a branch on a value becomes a test over all rows, and powers
are Python's own ``pow`` per row (numpy's may take other paths for some exponents).
"""
from __future__ import annotations

import math

import numpy as np

_pow = np.frompyfunc(pow, 2, 1)


def is_rows(x) -> bool:
    return isinstance(x, np.ndarray)


def power(base, exp):
    """base ** exp, elementwise with Python's float pow when either is per-row.

    A sweep's rows hold a few distinct values each, so a big batch computes each distinct
    (base, exp) pair once."""
    if not (is_rows(base) or is_rows(exp)):
        return base ** exp
    if np.size(base) * np.size(exp) <= 256:
        b = np.asarray(base, dtype=float).astype(object)
        e = np.asarray(exp, dtype=float).astype(object) if is_rows(exp) else exp
        return _pow(b, e).astype(float)
    b, e = np.broadcast_arrays(np.asarray(base, dtype=float), np.asarray(exp, dtype=float))
    pairs, where = np.unique(np.stack([b.ravel(), e.ravel()], axis=1), axis=0, return_inverse=True)
    values = np.array([x ** y for x, y in pairs.tolist()], dtype=float)
    return values[where.reshape(-1)].reshape(b.shape)


def sqrt(x):
    return np.sqrt(x) if is_rows(x) else math.sqrt(x)


def all_equal(x, value: float) -> bool:
    """x == value for a float; every row == value for per-row values."""
    return bool(np.all(x == value)) if is_rows(x) else x == value


def any_positive(x) -> bool:
    return bool(np.any(x > 0)) if is_rows(x) else x > 0
