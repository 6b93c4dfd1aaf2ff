"""Trajectory exports hold exactly the run's numbers."""
import csv
import io
import json

import numpy as np

import engine
from engine import export, surfaces


def _run():
    run = engine.Run(surfaces.get("ravine"), (1.2, 0.8))
    run.add("sgd", lr=0.02, label="slow")
    run.add("adam", lr=0.05, beta1=0.8)
    run.add("sgd", lr=3.0, label="wild")
    run.step(40)
    return run


def test_csv_round_trips_every_kept_point():
    run = _run()
    rows = list(csv.DictReader(io.StringIO(export.to_csv(run))))
    assert list(rows[0]) == export.CSV_COLUMNS
    for lane in run.lanes:
        mine = [r for r in rows if r["label"] == lane.label]
        assert len(mine) == lane.history.size
        pts = np.array([[float(r["x"]), float(r["y"])] for r in mine])
        np.testing.assert_array_equal(pts, lane.history.view("points"))
        np.testing.assert_array_equal([float(r["loss"]) for r in mine], lane.history.view("values"))
        assert json.loads(mine[0]["hyperparameters"]) == lane.optimizer.hyperparams
        assert {r["status"] for r in mine} == {lane.status}
        counts = [[int(r[f"{k}_evaluations"]) for k in ("value", "grad", "hessian")] for r in mine]
        np.testing.assert_array_equal(counts, lane.history.view("evaluations"))
    assert any(r["status"] == "diverged" for r in rows)


def test_json_round_trips_and_is_strict_json():
    run = _run()
    text = export.to_json(run, {"name": "ravine"})
    doc = json.loads(text, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    assert doc["start"] == [1.2, 0.8] and doc["surface"] == {"name": "ravine"}
    for lane, item in zip(run.lanes, doc["optimizers"]):
        np.testing.assert_array_equal(item["points"], lane.history.view("points"))
        assert item["steps"] == lane.history.view("steps").tolist()
        assert item["hyperparameters"]["lr"] == lane.optimizer.hyperparams["lr"]
        assert item["status"] == lane.status
        assert item["evaluations"]["grad"] == lane.history.view("evaluations")[:, 1].tolist()
