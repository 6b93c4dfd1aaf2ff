"""Beale's function: flat plains, steep corners and a sharp narrow valley."""
from __future__ import annotations

from .base import Surface

_C = (1.5, 2.25, 2.625)


class Beale(Surface):
    r"""f = \sum_{i=1}^{3} t_i^2,   t_i = c_i - x + x y^i,   c = (1.5, 2.25, 2.625).

    With dt_i/dx = y^i - 1 and dt_i/dy = i x y^{i-1}:
    f_x = 2 \sum t_i (y^i - 1),   f_y = 2 \sum t_i i x y^{i-1}
    f_xx = 2 \sum (y^i - 1)^2
    f_xy = 2 \sum [i x y^{i-1} (y^i - 1) + t_i i y^{i-1}]
    f_yy = 2 \sum [(i x y^{i-1})^2 + t_i i (i-1) x y^{i-2}]
    Global minimum 0 at (3, 0.5); a saddle at (0, 1), where f_x = f_y = 0 on the line x = 0.
    """

    name = "beale"
    title = "Beale"
    description = (
        "Beale's test function: values range from zero to a hundred thousand. Most of the "
        "window is a broad, flat plain cut by a narrow curved valley that leads to the minimum "
        "at (3, 0.5), while the corners rise so sharply that one careless step there throws an "
        "optimizer out of the picture. A learning rate that is safe in the corners is painfully "
        "slow on the plain; methods that adapt their step size to the gradient handle the change "
        "of scale far better. Two traps: a saddle at (0, 1), which attracts Newton's method from "
        "almost anywhere, and a valley running off to the far left (y near 1) whose floor "
        "levels out at about 0.45, where runs started left of the saddle drift away forever."
    )
    params = ()
    default_start = (1.0, 1.5)
    log_levels = True

    def _setup(self):
        self.bounds = ((-4.5, 4.5), (-4.5, 4.5))
        self.minima = [[3.0, 0.5]]
        self.saddles = [[0.0, 1.0]]

    def _f(self, x, y):
        return sum((c - x + x * y ** i) ** 2 for i, c in enumerate(_C, start=1))

    def _df(self, x, y):
        fx = fy = 0.0
        for i, c in enumerate(_C, start=1):
            t = c - x + x * y ** i
            fx = fx + 2.0 * t * (y ** i - 1.0)
            fy = fy + 2.0 * t * i * x * y ** (i - 1)
        return fx, fy

    def _d2f(self, x, y):
        fxx = fxy = fyy = 0.0
        for i, c in enumerate(_C, start=1):
            t = c - x + x * y ** i
            ty = i * x * y ** (i - 1)
            fxx = fxx + 2.0 * (y ** i - 1.0) ** 2
            fxy = fxy + 2.0 * (ty * (y ** i - 1.0) + t * i * y ** (i - 1))
            fyy = fyy + 2.0 * (ty * ty + (t * i * (i - 1) * x * y ** (i - 2) if i >= 2 else 0.0))
        return fxx + 0.0 * x, fxy, fyy
