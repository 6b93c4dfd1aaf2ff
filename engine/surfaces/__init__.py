"""Analytic 2-D test surfaces.

    >>> from engine import surfaces
    >>> s = surfaces.get("ravine", condition=100.0)
    >>> s.value([[0.0, 0.0]])
    array([0.])
"""
from __future__ import annotations

from typing import Any

from ..spec import unknown_name_message
from .base import Surface
from . import catalog as _catalog

_REGISTRY: dict[str, type[Surface]] = {cls.name: cls for cls in _catalog.SURFACES}


def names() -> list[str]:
    """Names of the built-in surfaces, in menu order."""
    return list(_REGISTRY)


def get(name: str, **values: Any) -> Surface:
    """A built-in surface by name, with its parameters given by keyword."""
    try:
        cls = _REGISTRY[name]
    except (KeyError, TypeError):
        raise ValueError(unknown_name_message("surface", name, names())) from None
    return cls(**values)


def surface_class(name: str) -> type[Surface]:
    if name not in _REGISTRY:
        raise ValueError(unknown_name_message("surface", name, names()))
    return _REGISTRY[name]


def from_formula(text: str, bounds=((-2.0, 2.0), (-2.0, 2.0))):
    """A surface from a typed formula in x and y, with exact symbolic derivatives."""
    from .formula import from_formula as _from_formula

    return _from_formula(text, bounds=bounds)


def __getattr__(name: str):
    if name == "FormulaError":
        from .formula import FormulaError

        return FormulaError
    raise AttributeError(name)


__all__ = ["Surface", "names", "get", "from_formula", "FormulaError", "surface_class"]
