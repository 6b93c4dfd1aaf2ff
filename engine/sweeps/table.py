"""A sweep as CSV: one row per run, readable by a spreadsheet and back by ``Sweep.from_csv``.

Columns: optimizer, one per grid hyperparameter (in axis order), seed, the outcomes
(final_value, best_value, converged_step, target_step, diverged, diverged_step), the
evaluation counts, then the settings every run shared (steps, noise, tol, target, start,
and the fixed hyperparameters as JSON). Floats are written with ``repr``, so a round trip
gives back the same numbers bit for bit.
"""
from __future__ import annotations

import csv
import io
import json
import os

import numpy as np

from .. import optimizers as _optimizers
from .result import Sweep

OUTCOMES = ["final_value", "best_value", "converged_step", "target_step", "diverged", "diverged_step",
            "value_evaluations", "grad_evaluations", "hessian_evaluations"]
SHARED = ["steps", "noise", "tol", "target", "start_x", "start_y", "hyperparameters"]


def to_csv(sw: Sweep) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["optimizer", *sw.grid, "seed", *OUTCOMES, *SHARED])
    shared = [sw.steps, repr(sw.noise), repr(sw.tol), "" if sw.target is None else repr(sw.target),
              repr(sw.start[0]), repr(sw.start[1]), json.dumps(sw.hyperparams, sort_keys=True)]
    for index in np.ndindex(*sw.shape):
        cell, seed = index[:-1], sw.seeds[index[-1]]
        setting = [_text(v) for v in sw.setting(cell).values()]
        writer.writerow([sw.optimizer, *setting, seed, repr(float(sw.final_value[index])),
                         repr(float(sw.best_value[index])), int(sw.converged_step[index]),
                         int(sw.target_step[index]), bool(sw.diverged[index]), int(sw.diverged_step[index]),
                         *(int(sw.evaluations[k][index]) for k in ("value", "grad", "hessian")), *shared])
    return out.getvalue()


def _text(v) -> str:
    return repr(v) if isinstance(v, float) else str(v)


def from_csv(source) -> Sweep:
    text = source
    if isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source):
        with open(source, encoding="utf-8", newline="") as fh:
            text = fh.read()
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or rows[0][:1] != ["optimizer"] or "seed" not in rows[0]:
        raise ValueError("Not a sweep CSV: the header must start with 'optimizer' and name a 'seed' column")
    header, body = rows[0], rows[1:]
    if not body:
        raise ValueError("Not a sweep CSV: it has no runs")
    col = {name: i for i, name in enumerate(header)}
    names = header[1:col["seed"]]
    name = body[0][0]
    spec = _optimizers.create(name).spec

    def parse(key, s):
        kind = spec[key].kind
        if kind == "float":
            return float(s)
        if kind == "int":
            return int(s)
        if kind == "bool":
            return s == "True"
        return s

    axes = {k: [] for k in names}
    seeds: list = []
    for r in body:
        for k in names:
            v = parse(k, r[col[k]])
            if v not in axes[k]:
                axes[k].append(v)
        s = int(r[col["seed"]])
        if s not in seeds:
            seeds.append(s)
    shape = tuple(len(v) for v in axes.values()) + (len(seeds),)
    if len(body) != int(np.prod(shape)):
        raise ValueError(f"Not a full sweep: {len(body)} runs for a grid of shape {shape}")

    def column(key, dtype, conv):
        return np.array([conv(r[col[key]]) for r in body], dtype=dtype).reshape(shape)

    first = body[0]
    target = first[col["target"]]
    grid = {k: np.asarray(v) if spec[k].kind == "float" else np.asarray(v, dtype=object) for k, v in axes.items()}
    return Sweep(name, grid, tuple(seeds), json.loads(first[col["hyperparameters"]]),
                 (float(first[col["start_x"]]), float(first[col["start_y"]])), int(first[col["steps"]]),
                 float(first[col["noise"]]), float(first[col["tol"]]), float(target) if target else None,
                 final_value=column("final_value", float, float), best_value=column("best_value", float, float),
                 converged_step=column("converged_step", np.int64, int),
                 target_step=column("target_step", np.int64, int),
                 diverged_step=column("diverged_step", np.int64, int),
                 evaluations={k: column(f"{k}_evaluations", np.int64, int) for k in ("value", "grad", "hessian")})
