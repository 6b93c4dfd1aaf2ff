"""The gradient oracle: the surface's derivatives as the optimizer sees them.

Gradient noise belongs here, not in the optimizers: ``grad`` adds seeded Gaussian noise of
standard deviation ``noise`` (a minibatch-like estimate), while ``clean_grad`` keeps the
true gradient for convergence tests. Any object with value/grad/hessian works as surface.
"""
from __future__ import annotations

import numpy as np

from .validate import check_noise


class GradientOracle:
    def __init__(self, surface, noise: float = 0.0, seed: int | None = 0):
        self.surface = surface
        self.noise = check_noise(noise)
        self.rng = np.random.default_rng(seed)
        self.clean_grad: np.ndarray | None = None
        # Our own surfaces hand out fresh arrays; a user's object might return its own buffer.
        from .surfaces.base import Surface
        self._fresh = isinstance(surface, Surface)

    def value(self, p):
        return np.asarray(self.surface.value(p), dtype=float)

    def grad(self, p):
        g = self.surface.grad(p)
        if not self._fresh or g.dtype != float:
            g = np.array(g, dtype=float)
        return self.perturb(g)

    def grad_into(self, p, out):
        """grad(p) written into ``out`` (the stepper's reusable buffer) where the surface
        supports it; line searches keep calling ``grad`` for fresh arrays."""
        if self._fresh:
            self.surface.grad(p, out=out)
        else:
            out[...] = self.surface.grad(p)
        return self.perturb(out)

    def perturb(self, g):
        """Add this oracle's noise to a clean gradient ``g`` in place, keeping the clean one."""
        if self.noise > 0:
            self.clean_grad = g.copy()
            g += self.noise * self.rng.standard_normal(g.shape)
        else:
            self.clean_grad = None
        return g

    def hessian(self, p):
        return np.asarray(self.surface.hessian(p), dtype=float)
