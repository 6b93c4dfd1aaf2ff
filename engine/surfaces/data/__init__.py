"""Surfaces made of data (issue 17): regressions on shipped real data sets and Hagan's
tiny network, with true minibatches drawn by the gradient oracle.

    >>> from engine import surfaces
    >>> s = surfaces.get("linear_regression", batch_size=8, standardize=True)
    >>> s.inputs.shape, s.targets.shape, s.batch_size
    ((442, 1), (442,), 8)
"""
from .base import DataSurface
from .linear_regression import LinearRegression
from .logistic_regression import LogisticRegression
from .tiny_network import TinyNetwork

__all__ = ["DataSurface", "LinearRegression", "LogisticRegression", "TinyNetwork"]
