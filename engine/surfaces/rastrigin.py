"""Rastrigin's function: a bowl covered in a regular grid of local minima."""
from __future__ import annotations

import numpy as np

from ..spec import Param
from .base import Surface

_HALF_WIDTH = 5.12


class Rastrigin(Surface):
    r"""f = 2 A + \sum_{i} (x_i^2 - A cos(2 \pi x_i)); global minimum 0 at the origin.

    f_x = 2 x + 2 \pi A sin(2 \pi x),   f_xx = 2 + 4 \pi^2 A cos(2 \pi x),   f_xy = 0.
    The function is a sum of one-dimensional terms g(x) = x^2 - A cos(2 pi x), so its local
    minima are all pairs of local minima of g; ``minima`` lists those in the window,
    the global one first, then by value.
    """

    name = "rastrigin"
    title = "Rastrigin (many local minima)"
    description = (
        "An ordinary bowl with a regular egg-box ripple laid over it, so the surface is covered "
        "in local minima, one near every point with whole-number coordinates, and only the one "
        "at the origin is the global minimum. Gradient descent drops into whichever dimple it "
        "starts in and stays there: it only sees local slope, and so do momentum and Adam at "
        "sensible learning rates. Crank the learning rate up and they hop over ripples, but "
        "they land in a random dimple rather than the deepest one; a line search (BFGS, "
        "conjugate gradients) may jump a few ripples at once. No purely local method is "
        "guaranteed to find the bottom. 'A' sets how deep the ripples are; at A = 0 the "
        "surface is a plain bowl."
    )
    params = (
        Param("A", 10.0, "amplitude of the ripples (0 = a plain bowl)", low=0.0, high=50.0),
    )
    default_start = (3.3, 2.2)

    def _setup(self):
        self.bounds = ((-_HALF_WIDTH, _HALF_WIDTH), (-_HALF_WIDTH, _HALF_WIDTH))
        m = self._minima_1d()
        xs, ys = np.meshgrid(m, m, indexing="ij")
        pts = np.stack([xs.ravel(), ys.ravel()], axis=-1)
        order = np.lexsort((pts[:, 1], pts[:, 0], self.value(pts)))
        self.minima = pts[order]

    def _minima_1d(self) -> np.ndarray:
        """Local minima of g(x) = x^2 - A cos(2 pi x) in the window: 0 and +-(positive roots of g')."""
        A = self.values["A"]

        def dg(x):
            return 2.0 * x + 2.0 * np.pi * A * np.sin(2.0 * np.pi * x)

        grid = np.linspace(0.0, _HALF_WIDTH, 20001)[1:]  # g' > 0 just right of 0: no root lost
        d = dg(grid)
        i = np.nonzero((d[:-1] <= 0.0) & (d[1:] > 0.0))[0]
        lo, hi = grid[i], grid[i + 1]
        for _ in range(60):  # bisection: g' goes from <= 0 to > 0 across each bracket
            mid = 0.5 * (lo + hi)
            up = dg(mid) > 0.0
            hi = np.where(up, mid, hi)
            lo = np.where(up, lo, mid)
        roots = 0.5 * (lo + hi)
        return np.concatenate([[0.0], roots, -roots])

    def _f(self, x, y):
        A = self.values["A"]
        two_pi = 2.0 * np.pi
        return 2.0 * A + x * x - A * np.cos(two_pi * x) + y * y - A * np.cos(two_pi * y)

    def _df(self, x, y):
        A = self.values["A"]
        two_pi = 2.0 * np.pi
        return 2.0 * x + two_pi * A * np.sin(two_pi * x), 2.0 * y + two_pi * A * np.sin(two_pi * y)

    def _d2f(self, x, y):
        A = self.values["A"]
        two_pi = 2.0 * np.pi
        c = two_pi * two_pi * A
        return 2.0 + c * np.cos(two_pi * x), 0.0 * x + 0.0 * y, 2.0 + c * np.cos(two_pi * y)
