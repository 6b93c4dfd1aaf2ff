"""The checks every entry point shares: gradient noise and the start point.

One rule each, so the run, the gradient oracle, setup files and the app agree on what is
accepted and say it in the same words::

    check_noise(0.1, "adam")    # 0.1
    check_noise(-1, "adam")     # ValueError: Invalid value for adam's 'noise': -1 (must be a finite number >= 0)
    check_start((1.5, 1.0))     # array([1.5, 1. ])
"""
from __future__ import annotations

import math
import numbers

import numpy as np


def check_noise(value, owner: str = "") -> float:
    """The standard deviation of the gradient noise as a float: a finite number >= 0.

    ``owner`` (an optimizer or lane name) is named in the error."""
    where = f"{owner}'s 'noise'" if owner else "'noise'"
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise ValueError(f"Invalid value for {where}: {value!r} (must be a finite number >= 0)")
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"Invalid value for {where}: {value!r} (must be a finite number >= 0)")
    return number


def check_start(value) -> np.ndarray:
    """The start point as a fresh float array (2,): two finite numbers (x, y)."""
    try:
        arr = np.array(value, dtype=float)
    except (TypeError, ValueError):
        arr = None
    if arr is None or arr.shape != (2,) or not np.all(np.isfinite(arr)):
        raise ValueError(f"Invalid start point {value!r}: must be two finite numbers (x, y)")
    return arr
