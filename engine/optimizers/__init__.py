"""Optimizers by name, with torch.optim's hyperparameter names and defaults.

    >>> from engine import optimizers
    >>> opt = optimizers.create("adam", lr=0.05, beta1=0.9, beta2=0.999)
    >>> [p.name for p in opt.spec][:4]
    ['lr', 'beta1', 'beta2', 'eps']
"""
from __future__ import annotations

from typing import Any

from ..spec import unknown_name_message
from .base import Context, Optimizer, OptState, Transform, chain
from .catalog import DEFINITIONS, Definition
from .schedules import SCHEDULES, schedule_factor

_DEFS: dict[str, Definition] = {d.name: d for d in DEFINITIONS}


def names() -> list[str]:
    """All optimizer names, in menu order."""
    return list(_DEFS)


def definition(name: str) -> Definition:
    if name not in _DEFS:
        raise ValueError(unknown_name_message("optimizer", name, names()))
    return _DEFS[name]


def title(name: str) -> str:
    return definition(name).title


def create(name: str, **hyperparams: Any) -> Optimizer:
    """A fresh optimizer; unknown names or bad values raise ValueError naming them."""
    d = definition(name)
    return Optimizer(d.name, d.all_params(), d.build, hyperparams, checks=d.checks, describe=d.describe,
                     doc=d.doc, formula=d.formula)


__all__ = ["names", "create", "definition", "title", "Optimizer", "OptState", "Transform", "Context",
           "chain", "schedule_factor", "SCHEDULES"]
