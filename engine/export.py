"""Trajectory data out of a Run: CSV for spreadsheets, JSON for scripts.

Both carry, per optimizer, its name, label and hyperparameters, and per kept step the
point, the loss, the gradient norm and the cumulative value, gradient and Hessian
evaluation counts (what the steps cost) (histories past their memory cap are thinned, so
the step column is the truth about which steps are present).
"""
from __future__ import annotations

import csv
import io
import json
import math

import numpy as np

CSV_COLUMNS = ["optimizer", "label", "hyperparameters", "noise", "step", "x", "y", "loss", "grad_norm", "status",
               "value_evaluations", "grad_evaluations", "hessian_evaluations"]


def _finite_or_none(v: float):
    return float(v) if math.isfinite(v) else None


def lane_rows(lane):
    """(step, x, y, loss, grad_norm) rows of one lane's kept history."""
    h = lane.history
    steps, pts, vals, gns = h.view("steps"), h.view("points"), h.view("values"), h.view("grad_norms")
    for i in range(h.size):
        yield int(steps[i]), float(pts[i, 0]), float(pts[i, 1]), float(vals[i]), float(gns[i])


def to_csv(run) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for lane in run.lanes:
        hp = json.dumps(lane.optimizer.hyperparams, sort_keys=True)
        status = lane.status
        counts = lane.history.view("evaluations")
        for i, (step, x, y, loss, gn) in enumerate(lane_rows(lane)):
            writer.writerow([lane.optimizer.name, lane.label, hp, lane.noise, step, repr(x), repr(y), repr(loss),
                             "" if not math.isfinite(gn) else repr(gn), status, *(int(c) for c in counts[i])])
    return out.getvalue()


def to_json(run, surface_description: dict | None = None) -> str:
    lanes = []
    for lane in run.lanes:
        rows = list(lane_rows(lane))
        lanes.append({
            "optimizer": lane.optimizer.name, "label": lane.label, "hyperparameters": lane.optimizer.hyperparams,
            "noise": lane.noise, "seed": lane.seed, "status": lane.status, "status_step": lane.status_step,
            "steps": [r[0] for r in rows], "points": [[r[1], r[2]] for r in rows],
            "loss": [r[3] for r in rows], "grad_norm": [_finite_or_none(r[4]) for r in rows],
            "evaluations": {kind: lane.history.view("evaluations")[:, j].tolist()
                            for j, kind in enumerate(("value", "grad", "hessian"))},
        })
    doc = {"format": "optimizer-playground-trajectories", "version": 1,
           "start": [float(v) for v in np.asarray(run.start)], "surface": surface_description or {},
           "optimizers": lanes}
    return json.dumps(doc, indent=1)
