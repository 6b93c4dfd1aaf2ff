"""The Surface value object shared by every built-in and custom surface.

A surface is anything with ``value``, ``grad``, ``hessian`` and ``bounds`` (a protocol:
``simulate`` accepts user objects too). Built-ins subclass :class:`Surface` and write
three component functions on plain coordinate arrays::

    _f(x, y)   -> f
    _df(x, y)  -> (f_x, f_y)
    _d2f(x, y) -> (f_xx, f_xy, f_yy)

and the base class stacks them into the ``(..., 2)`` / ``(..., 2, 2)`` layout.
"""
from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from ..spec import Param, Spec


class _SuggestedTable:
    """``Surface.suggested``: the surface's rows of ``engine.surfaces.suggested.SUGGESTED``,
    one dict per optimizer (empty: its defaults). An instance may set its own (formulas do)."""

    def __get__(self, obj, cls):
        from .suggested import for_surface
        return for_surface(cls.name)


class Surface:
    """A 2-D loss surface with analytic derivatives.

    Class attributes a subclass sets:
        name, title, description (the pathology it shows, one paragraph),
        params (tuple of Param), log_levels (contours look right only with log-spaced
        levels). Suggested hyperparameters live in one table, ``surfaces/suggested.py``.
    A subclass computes ``bounds``, ``minima``, ``minima_values`` and ``saddles`` in
    ``_setup`` from its parameter values.
    """

    name: ClassVar[str] = "surface"
    title: ClassVar[str] = "Surface"
    description: ClassVar[str] = ""
    params: ClassVar[tuple[Param, ...]] = ()
    suggested = _SuggestedTable()
    default_start: ClassVar[tuple[float, float] | None] = None
    log_levels: ClassVar[bool] = False

    bounds: tuple[tuple[float, float], tuple[float, float]]
    minima: np.ndarray
    minima_values: np.ndarray
    saddles: np.ndarray

    def __init__(self, **values: Any) -> None:
        self.spec = Spec(self.name, tuple(self.params))
        self.values = {**self.spec.defaults(), **self.spec.validate(values)}
        self.saddles = np.zeros((0, 2))
        self._setup()
        self.minima = np.asarray(self.minima, dtype=float).reshape(-1, 2)
        self.saddles = np.asarray(self.saddles, dtype=float).reshape(-1, 2)
        self.minima_values = np.asarray(self.value(self.minima), dtype=float).reshape(-1)

    # -- to override -------------------------------------------------------------
    def _setup(self) -> None:
        raise NotImplementedError

    def _f(self, x, y):
        raise NotImplementedError

    def _df(self, x, y):
        raise NotImplementedError

    def _d2f(self, x, y):
        raise NotImplementedError

    # -- the protocol --------------------------------------------------------------
    def value(self, p) -> np.ndarray:
        """f(p) for points ``p`` of shape (..., 2); returns shape (...)."""
        p = np.asarray(p, dtype=float)
        v = np.asarray(self._f(p[..., 0], p[..., 1]), dtype=float)
        if v.shape != p.shape[:-1]:
            v = np.broadcast_to(v, p.shape[:-1]).copy()
        return v

    def grad(self, p, out: np.ndarray | None = None) -> np.ndarray:
        """The analytic gradient, shape (..., 2)."""
        p = np.asarray(p, dtype=float)
        gx, gy = self._df(p[..., 0], p[..., 1])
        if out is None:
            out = np.empty(p.shape)
        out[..., 0] = gx
        out[..., 1] = gy
        return out

    def hessian(self, p) -> np.ndarray:
        """The analytic Hessian, shape (..., 2, 2)."""
        p = np.asarray(p, dtype=float)
        hxx, hxy, hyy = self._d2f(p[..., 0], p[..., 1])
        out = np.empty(p.shape[:-1] + (2, 2))
        out[..., 0, 0] = hxx
        out[..., 0, 1] = hxy
        out[..., 1, 0] = hxy
        out[..., 1, 1] = hyy
        return out

    # -- conveniences ----------------------------------------------------------------
    def with_values(self, **values: Any) -> "Surface":
        """A new surface of the same kind with some parameters changed."""
        return type(self)(**{**self.values, **values})

    def suggested_for(self, optimizer: str) -> dict[str, Any]:
        """The values that differ from ``optimizer``'s defaults on this surface."""
        return dict(self.suggested.get(optimizer, {}))

    @property
    def start(self) -> tuple[float, float]:
        """A start point that shows this surface's pathology."""
        if self.default_start is not None:
            return tuple(self.default_start)
        (x0, x1), (y0, y1) = self.bounds
        return (x0 + 0.8 * (x1 - x0), y0 + 0.8 * (y1 - y0))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"surfaces.get({self.name!r}{', ' if args else ''}{args})"
