"""A rotated, ill-conditioned quadratic valley: the zig-zag of plain gradient descent."""
from __future__ import annotations

import math

from ..spec import Param
from .base import Surface

_U0, _V0 = -2.2, 0.45  # start: far along the valley floor, a little up one wall


def _start_for(angle: float) -> tuple[float, float]:
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return (_U0 * c - _V0 * s, _U0 * s + _V0 * c)


class Ravine(Surface):
    r"""f = (u^2 + \kappa v^2) / 2 with (u, v) = (x, y) rotated by ``angle``.

    u = x cos(t) + y sin(t) runs along the valley floor (curvature 1), v = -x sin(t) + y cos(t)
    across it (curvature kappa = ``condition``). The Hessian is R^T diag(1, kappa) R, constant.
    """

    name = "ravine"
    log_levels = True  # the valley floor is nearly flat: linear levels leave it without contours
    title = "Ravine (ill-conditioned valley)"
    description = (
        "A long, narrow valley whose walls are much steeper than its floor: the curvature "
        "across the valley is 'condition' times the curvature along it. Plain gradient descent "
        "must keep its learning rate small enough for the steep walls, so it bounces from wall "
        "to wall in a zig-zag while crawling along the nearly flat floor. Momentum cancels the "
        "bouncing and accumulates speed along the floor; Newton's method and conjugate gradients "
        "undo the ill-conditioning exactly. Turn 'angle' to 0 and the valley lines up with the "
        "axes, so per-coordinate methods (Adam, RMSProp, coordinate descent) suddenly look "
        "brilliant; tilt it and their advantage shrinks."
    )
    params = (
        Param("condition", 50.0, "condition number: curvature across the valley / along it",
              low=1.0, high=1e4, log=True),
        Param("angle", 20.0, "rotation of the valley in degrees (0 = along the x axis)",
              low=-90.0, high=90.0),
    )
    default_start = _start_for(20.0)

    def _setup(self):
        kappa = self.values["condition"]
        t = math.radians(self.values["angle"])
        self._c, self._s = math.cos(t), math.sin(t)
        c2, s2, cs = self._c ** 2, self._s ** 2, self._c * self._s
        # H = R^T diag(1, kappa) R, written out once.
        self._hxx = c2 + kappa * s2
        self._hxy = cs * (1.0 - kappa)
        self._hyy = s2 + kappa * c2
        self.bounds = ((-2.5, 2.5), (-2.5, 2.5))
        self.minima = [[0.0, 0.0]]

    @property
    def start(self):
        return _start_for(self.values["angle"])

    def _f(self, x, y):
        u = self._c * x + self._s * y
        v = -self._s * x + self._c * y
        return 0.5 * (u * u + self.values["condition"] * v * v)

    def _df(self, x, y):
        return self._hxx * x + self._hxy * y, self._hxy * x + self._hyy * y

    def _d2f(self, x, y):
        zero = 0.0 * x
        return self._hxx + zero, self._hxy + zero, self._hyy + zero
