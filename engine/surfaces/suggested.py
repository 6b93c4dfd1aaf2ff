"""Suggested settings: one surface x optimizer table of the values that make each
surface's behaviour visible in 100-300 steps.

Only values that differ from the optimizer's defaults are listed (a test keeps it so);
an optimizer a surface does not list runs at its defaults there. ``Surface.suggested``
and ``Surface.suggested_for(name)`` read this table.
"""
from __future__ import annotations

from typing import Any

SUGGESTED: dict[str, dict[str, dict[str, Any]]] = {
    "quadratic": {
        "sgd": {"lr": 0.1}, "momentum": {"lr": 0.05}, "nesterov": {"lr": 0.05}, "adagrad": {"lr": 0.5},
        "adadelta": {"lr": 10.0}, "adam": {"lr": 0.05}, "adamw": {"lr": 0.05}, "nadam": {"lr": 0.05},
        "radam": {"lr": 0.05}, "adamax": {"lr": 0.05}, "lion": {"lr": 0.02},
        "coordinate_descent": {"lr": 0.5},
    },
    "ravine": {
        "sgd": {"lr": 0.038}, "momentum": {"lr": 0.01}, "nesterov": {"lr": 0.01}, "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.02}, "adadelta": {"lr": 5.0}, "adam": {"lr": 0.05}, "adamw": {"lr": 0.05},
        "nadam": {"lr": 0.05}, "radam": {"lr": 0.05}, "adamax": {"lr": 0.1}, "lion": {"lr": 0.02},
        "coordinate_descent": {"lr": 0.036},
    },
    "saddle": {
        "sgd": {"lr": 0.05}, "momentum": {"lr": 0.05}, "nesterov": {"lr": 0.05}, "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.02}, "adadelta": {"lr": 10.0}, "adam": {"lr": 0.05}, "adamw": {"lr": 0.05},
        "nadam": {"lr": 0.05}, "radam": {"lr": 0.05}, "adamax": {"lr": 0.05}, "lion": {"lr": 0.02},
        "saddle_free_newton": {"damping": 0.1}, "coordinate_descent": {"lr": 0.5},
    },
    "plateau": {
        "sgd": {"lr": 0.3}, "momentum": {"lr": 0.5}, "nesterov": {"lr": 0.5}, "adagrad": {"lr": 0.3},
        "adadelta": {"lr": 10.0}, "adam": {"lr": 0.05}, "adamw": {"lr": 0.05}, "nadam": {"lr": 0.05},
        "radam": {"lr": 0.1}, "adamax": {"lr": 0.05}, "lion": {"lr": 0.03},
        "saddle_free_newton": {"damping": 0.1}, "coordinate_descent": {"lr": 0.3},
    },
    "cliff": {
        "sgd": {"lr": 0.3}, "momentum": {"lr": 0.03}, "nesterov": {"lr": 0.03}, "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.02}, "adadelta": {"lr": 10.0}, "adam": {"lr": 0.05}, "adamw": {"lr": 0.05},
        "nadam": {"lr": 0.05}, "radam": {"lr": 0.1}, "adamax": {"lr": 0.05}, "lion": {"lr": 0.02},
        "newton": {"damping": 1.0}, "saddle_free_newton": {"damping": 1.0}, "coordinate_descent": {"lr": 0.3},
    },
    "slope": {
        "sgd": {"lr": 0.3}, "momentum": {"lr": 0.03}, "nesterov": {"lr": 0.03}, "adagrad": {"lr": 0.1},
        "rmsprop": {"lr": 0.1, "alpha": 0.9}, "adadelta": {"lr": 10.0}, "adam": {"lr": 0.1},
        "adamw": {"lr": 0.1}, "nadam": {"lr": 0.1}, "radam": {"lr": 0.1}, "adamax": {"lr": 0.1},
        "lion": {"lr": 0.05}, "newton": {"damping": 1.0}, "saddle_free_newton": {"damping": 1.0},
        "coordinate_descent": {"lr": 0.3},
    },
    "rosenbrock": {
        "adagrad": {"lr": 1.0}, "rmsprop": {"lr": 0.03}, "adadelta": {"lr": 10.0}, "adam": {"lr": 0.2},
        "adamw": {"lr": 0.2}, "nadam": {"lr": 0.05}, "radam": {"lr": 0.005}, "adamax": {"lr": 0.3},
        "lion": {"lr": 0.01}, "coordinate_descent": {"lr": 0.0015},
    },
    "beale": {
        "sgd": {"lr": 0.003}, "adagrad": {"lr": 0.3}, "rmsprop": {"lr": 0.05}, "adadelta": {"lr": 10.0},
        "adam": {"lr": 0.2}, "adamw": {"lr": 0.2}, "nadam": {"lr": 0.2}, "radam": {"lr": 0.01},
        "adamax": {"lr": 0.3}, "lion": {"lr": 0.1}, "saddle_free_newton": {"damping": 1.0},
        "coordinate_descent": {"lr": 0.004},
    },
    "himmelblau": {
        "sgd": {"lr": 0.01}, "momentum": {"lr": 0.005}, "nesterov": {"lr": 0.005}, "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.03}, "adadelta": {"lr": 10.0}, "adam": {"lr": 0.1}, "adamw": {"lr": 0.1},
        "nadam": {"lr": 0.1}, "radam": {"lr": 0.05}, "adamax": {"lr": 0.1}, "lion": {"lr": 0.05},
        "coordinate_descent": {"lr": 0.01},
    },
    "rastrigin": {
        "sgd": {"lr": 0.002}, "momentum": {"lr": 0.002}, "nesterov": {"lr": 0.002}, "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.05}, "adam": {"lr": 0.1}, "adamw": {"lr": 0.1}, "nadam": {"lr": 0.1},
        "radam": {"lr": 0.01}, "adamax": {"lr": 0.1}, "lion": {"lr": 0.05},
        "saddle_free_newton": {"damping": 100.0}, "coordinate_descent": {"lr": 0.002},
    },
    "two_minima": {
        "sgd": {"lr": 0.05}, "momentum": {"lr": 0.05}, "nesterov": {"lr": 0.05}, "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.02}, "adadelta": {"lr": 10.0}, "adam": {"lr": 0.05}, "adamw": {"lr": 0.05},
        "nadam": {"lr": 0.05}, "radam": {"lr": 0.05}, "adamax": {"lr": 0.05}, "lion": {"lr": 0.02},
        "coordinate_descent": {"lr": 0.05},
    },
}


def for_surface(surface: str) -> dict[str, dict[str, Any]]:
    """Every optimizer's suggested values on ``surface`` (empty: its defaults)."""
    from .. import optimizers
    table = SUGGESTED.get(surface, {})
    return {name: dict(table.get(name, {})) for name in optimizers.names()}
