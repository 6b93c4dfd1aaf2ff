"""Rosenbrock's banana valley: a curved, flat-bottomed ravine."""
from __future__ import annotations

from ..spec import Param
from .base import Surface


class Rosenbrock(Surface):
    r"""f = (a - x)^2 + b (y - x^2)^2; minimum 0 at (a, a^2).

    f_x = -2 (a - x) - 4 b x (y - x^2),   f_y = 2 b (y - x^2)
    f_xx = 2 - 4 b (y - 3 x^2),   f_xy = -4 b x,   f_yy = 2 b
    (the same formulas as scipy.optimize.rosen / rosen_der / rosen_hess).
    """

    name = "rosenbrock"
    title = "Rosenbrock (banana valley)"
    description = (
        "Rosenbrock's classic test function: a steep-walled valley that bends like a banana, "
        "with a floor that is almost flat. Finding the valley is easy; following its curved "
        "floor to the minimum at (a, a^2) is hard. Gradient descent bounces between the walls "
        "and creeps along the floor; momentum helps but tends to overshoot at the bend; "
        "second-order methods that read the curvature (Newton, BFGS) follow the curve in a "
        "few dozen steps. 'b' sets how steep the walls are compared with the floor."
    )
    params = (
        Param("a", 1.0, "position of the minimum (a, a^2)", low=-1.5, high=1.5),
        Param("b", 100.0, "steepness of the valley walls", low=0.1, high=1000.0, log=True),
    )
    default_start = (-1.2, 1.0)
    log_levels = True

    def _setup(self):
        self.bounds = ((-2.0, 2.0), (-1.0, 3.0))
        a = self.values["a"]
        self.minima = [[a, a * a]]

    def _f(self, x, y):
        a, b = self.values["a"], self.values["b"]
        return (a - x) ** 2 + b * (y - x * x) ** 2

    def _df(self, x, y):
        a, b = self.values["a"], self.values["b"]
        r = y - x * x
        return -2.0 * (a - x) - 4.0 * b * x * r, 2.0 * b * r

    def _d2f(self, x, y):
        b = self.values["b"]
        return 2.0 - 4.0 * b * (y - 3.0 * x * x), -4.0 * b * x, 2.0 * b + 0.0 * x
