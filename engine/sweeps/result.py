"""What a sweep found: per-run outcomes on the grid x seeds, and the best setting.

Arrays are shaped (len(axis_1), ..., len(axis_k), len(seeds)): one axis per grid entry in
the order given, then seeds. Objectives are "lower is better" scores in which a diverged
run (and a step count that never happened, -1) scores +inf, so a setting that blows up
or never gets there can never be the best.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..spec import unknown_name_message

OBJECTIVES = ("final_value", "best_value", "converged_step", "target_step")


@dataclass(eq=False, repr=False)
class Sweep:
    """engine.sweep's result (see there). ``grid``: name -> the values of that axis;
    ``hyperparams``: every other hyperparameter at the value all runs used;
    ``evaluations``: kind -> total value / gradient / Hessian evaluations per run;
    ``completed``: False when it was cancelled (unreached runs hold NaN and -1)."""

    optimizer: str
    grid: dict
    seeds: tuple
    hyperparams: dict
    start: tuple
    steps: int
    noise: float
    tol: float
    target: float | None
    final_value: np.ndarray
    best_value: np.ndarray
    converged_step: np.ndarray
    target_step: np.ndarray
    diverged_step: np.ndarray
    evaluations: dict = field(default_factory=dict)
    completed: bool = True

    def __repr__(self) -> str:
        axes = " x ".join(f"{k}[{len(v)}]" for k, v in self.grid.items()) or "no grid"
        state = "" if self.completed else ", cancelled"
        return (f"<Sweep {self.optimizer}: {axes} x {len(self.seeds)} seeds, {self.steps} steps, "
                f"noise {self.noise:g}; {int(self.diverged.sum())}/{self.diverged.size} diverged{state}>")

    @property
    def diverged(self) -> np.ndarray:
        return self.diverged_step >= 0

    @property
    def axes(self) -> list:
        """The names of the axes of every result array: the grid's, then "seed"."""
        return [*self.grid, "seed"]

    @property
    def shape(self) -> tuple:
        return self.final_value.shape

    def setting(self, index) -> dict:
        """The grid's hyperparameters of cell ``index`` (a tuple over the grid axes)."""
        return {name: _plain(values[i]) for (name, values), i in zip(self.grid.items(), index)}

    def score(self, objective: str = "final_value") -> np.ndarray:
        """Lower-is-better score of every run: +inf where it diverged or never happened."""
        if objective not in OBJECTIVES:
            raise ValueError(unknown_name_message("objective", objective, OBJECTIVES))
        if objective == "target_step" and self.target is None:
            raise ValueError("Invalid objective 'target_step': this sweep has no target value")
        raw = getattr(self, objective).astype(float)
        bad = self.diverged.copy()
        if objective.endswith("_step"):
            bad |= raw < 0
        return np.where(bad, np.inf, raw)

    def summary(self, objective: str = "final_value") -> dict:
        """Over seeds: {"median", "min", "max"} arrays shaped like the grid (for a
        sensitivity plot's line and band) and "diverged", the fraction of seeds that did."""
        s = self.score(objective)
        return {"median": np.median(s, axis=-1), "min": s.min(axis=-1), "max": s.max(axis=-1),
                "diverged": self.diverged.mean(axis=-1)}

    def best_index(self, objective: str = "final_value") -> tuple:
        """The grid cell with the lowest median score over seeds; ties (e.g. nothing ever
        reached the target) go to the lower median final value, then to the first cell."""
        med = np.median(self.score(objective), axis=-1).reshape(-1)
        tie = np.median(self.score("final_value"), axis=-1).reshape(-1)
        order = np.lexsort((np.arange(med.size), tie, med))
        return tuple(int(i) for i in np.unravel_index(order[0], self.shape[:-1]))

    def best(self, objective: str = "final_value") -> dict:
        """The best swept hyperparameters by median over seeds, e.g. {"lr": 0.03, "beta1": 0.9}:
        ready for ``optimizer.set(**sw.best())`` (the fixed ones are in ``hyperparams``)."""
        return self.setting(self.best_index(objective))

    def to_csv(self, path=None) -> str:
        """One row per run (see ``engine.sweeps.table``); written to ``path`` if given."""
        from .table import to_csv
        text = to_csv(self)
        if path is not None:
            with open(path, "w", newline="", encoding="utf-8") as fh:
                fh.write(text)
        return text

    @classmethod
    def from_csv(cls, source) -> "Sweep":
        """Read back what ``to_csv`` wrote (a path or the text itself)."""
        from .table import from_csv
        return from_csv(source)


def _plain(v):
    """numpy scalars to Python ones, so settings print and serialize as they were typed."""
    return v.item() if isinstance(v, np.generic) else v
