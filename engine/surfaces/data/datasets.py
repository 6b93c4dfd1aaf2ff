"""The shipped data sets (resources/data/*.csv), read once and cached.

A file is comment lines (``#``: source and licence), one header line of column names, then
comma-separated numbers. Nothing is downloaded.
"""
from __future__ import annotations

import functools

import numpy as np

from ... import resources


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict[str, np.ndarray]:
    """Columns of resources/data/``name`` by header name (read-only float64 arrays)."""
    lines = resources.path("data", name).read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    header = [h.strip() for h in rows[0].split(",")]
    table = np.array([[float(v) for v in row.split(",")] for row in rows[1:]], dtype=float)
    if table.shape[1] != len(header):
        raise ValueError(f"{name}: {table.shape[1]} columns but header {header}")
    columns = {}
    for i, h in enumerate(header):
        col = np.ascontiguousarray(table[:, i])
        col.setflags(write=False)
        columns[h] = col
    return columns


def diabetes_bmi() -> tuple[np.ndarray, np.ndarray]:
    """(body mass index in kg/m^2, disease progression after one year) of 442 patients."""
    d = load("diabetes_bmi.csv")
    return d["bmi"], d["progression"]


def challenger() -> tuple[np.ndarray, np.ndarray]:
    """(launch temperature in degrees F, O-ring incident 0/1) of the 23 launches."""
    d = load("challenger_oring.csv")
    return d["temperature_F"], d["incident"]
