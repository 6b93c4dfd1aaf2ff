"""Closed-form linear algebra on stacks of 2-vectors and 2x2 symmetric matrices.

np.linalg raises on NaN input and is slow on many tiny matrices; these never raise, work
on any (..., 2, 2) stack, and are shared by Newton's step, the Hessian overlay and the
point classification.
"""
from __future__ import annotations

import numpy as np


def dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise dot product over the last axis: (..., k) x (..., k) -> (...)."""
    return np.einsum("...i,...i->...", a, b)


def eigh2(h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues (ascending, (..., 2)) and eigenvectors (columns, (..., 2, 2))."""
    a, b, c = h[..., 0, 0], h[..., 0, 1], h[..., 1, 1]
    mean = 0.5 * (a + c)
    r = np.hypot(0.5 * (a - c), b)
    lam = np.stack([mean - r, mean + r], axis=-1)
    theta = 0.5 * np.arctan2(2.0 * b, a - c)
    cos, sin = np.cos(theta), np.sin(theta)
    vecs = np.empty(h.shape[:-2] + (2, 2))
    vecs[..., 0, 0], vecs[..., 1, 0] = -sin, cos   # for the smaller eigenvalue
    vecs[..., 0, 1], vecs[..., 1, 1] = cos, sin    # for the larger
    return lam, vecs


def from_eig(lam: np.ndarray, vecs: np.ndarray) -> np.ndarray:
    """V diag(lam) V^T."""
    return np.einsum("...ik,...k,...jk->...ij", vecs, lam, vecs)


def pinv_solve(h: np.ndarray, g: np.ndarray, absolute: bool = False, damping: float = 0.0) -> np.ndarray:
    """(H + damping I)^+ g through the eigendecomposition; |H| instead of H if absolute.

    Directions whose eigenvalue is ~0 relative to the largest get no step (pseudo-inverse),
    so a flat Hessian never produces inf.
    """
    lam, vecs = eigh2(h)
    if absolute:
        lam = np.abs(lam)
    lam = lam + damping
    scale = np.max(np.abs(lam), axis=-1, keepdims=True)
    tiny = 1e-12 * scale + 1e-300
    inv = np.where(np.abs(lam) > tiny, 1.0 / np.where(lam == 0, 1.0, lam), 0.0)
    coeff = np.einsum("...ki,...k->...i", vecs, g) * inv
    return np.einsum("...ik,...k->...i", vecs, coeff)


def classify(h: np.ndarray, flat_tol: float = 1e-9) -> np.ndarray:
    """'minimum' | 'maximum' | 'saddle' | 'flat' per Hessian, from its eigenvalue signs."""
    lam, _ = eigh2(h)
    scale = np.maximum(np.max(np.abs(lam), axis=-1), 1e-300)
    small = np.abs(lam) <= flat_tol * np.maximum(scale[..., None], 1.0)
    out = np.full(h.shape[:-2], "saddle", dtype=object)
    pos, neg = (lam > 0) & ~small, (lam < 0) & ~small
    out[np.all(pos, axis=-1)] = "minimum"
    out[np.all(neg, axis=-1)] = "maximum"
    out[np.any(small, axis=-1)] = "flat"
    return out

