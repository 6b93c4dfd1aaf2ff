"""``simulate``: a thin loop over the Stepper, for scripts, notebooks and tests."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .oracle import stack_marks
from .stepper import Stepper


@dataclass
class Trajectory:
    """The path of one start (points (k+1, 2)) or of many ((steps+1, n, 2)).

    status: "running" | "converged" | "diverged" (an array of them for many starts);
    converged_step / diverged_step: the step where it happened, -1 if it did not.
    A converged point stays put for the remaining steps; a diverged single run ends at its
    last finite point (k < steps), a diverged member of a batch stays at its last finite point.

    evaluations: {"value", "grad", "hessian"} -> int64 arrays shaped like ``values``
    ((k+1,) for one start, (steps+1, n) for a batch, per start): the cumulative number of
    points at which the surface's value, gradient or Hessian was asked up to that point of
    the path (the start's own value included, line-search probes and Hessians too). The
    last entry is the run's total, including the evaluations that found it had stopped.
    """

    points: np.ndarray
    values: np.ndarray
    status: object
    converged_step: object
    diverged_step: object
    records: list = field(default_factory=list)
    evaluations: dict = field(default_factory=dict)

    @property
    def steps(self) -> int:
        return len(self.points) - 1

    def averaged(self, burn_in: int = 0) -> np.ndarray:
        """Polyak(-Ruppert) averaging: the running mean of the iterates after ``burn_in``.

        xbar_k = (1 / (k - b + 1)) sum_{i=b..k} x_i; rows before ``burn_in`` are the iterates.
        """
        pts = self.points
        out = pts.copy()
        b = max(0, min(int(burn_in), len(pts) - 1))
        counts = np.arange(1, len(pts) - b + 1).reshape((-1,) + (1,) * (pts.ndim - 1))
        out[b:] = np.cumsum(pts[b:], axis=0) / counts
        return out


def simulate(surface, optimizer, start, steps: int = 300, noise: float = 0.0, seed: int | None = 0,
             tol: float = 1e-6, record: bool = False, batch_size: int | None = None) -> Trajectory:
    """Run ``optimizer`` on ``surface`` from ``start`` for ``steps`` steps.

    start: (2,) for one trajectory, or (n, 2) for a batch run through the same step code.
    noise: standard deviation of Gaussian gradient noise (seeded by ``seed``).
    record: keep, per step, what the optimizer used (gradient, step, moments, Hessian...).
    batch_size: on a data surface, examples per minibatch instead of the surface's own.

    >>> import engine
    >>> s = engine.surfaces.get("quadratic")
    >>> traj = engine.simulate(s, engine.optimizers.create("sgd", lr=0.1), start=(1.0, 1.0), steps=50)
    >>> traj.points.shape, traj.status
    ((51, 2), 'running')
    """
    steps = int(steps)
    if steps < 0:
        raise ValueError(f"Invalid steps: {steps} (must be >= 0)")
    start_arr = np.asarray(start, dtype=float)
    single = start_arr.shape == (2,)
    if not single and (start_arr.ndim != 2 or start_arr.shape[1] != 2):
        raise ValueError(f"Invalid start shape {start_arr.shape}: must be (2,) or (n, 2)")
    stepper = Stepper(surface, optimizer, start_arr.reshape(-1, 2), noise=noise, seed=seed, tol=tol,
                      batch_size=batch_size)
    points = np.empty((steps + 1,) + stepper.points.shape)
    values = np.empty((steps + 1, stepper.n))
    points[0], values[0] = stepper.points, stepper.values
    records = []
    marks = [stepper.counter.mark()]
    k = 0
    while k < steps and stepper.running:
        rec = {} if record else None
        before = stepper.t
        stepper.step(rec)
        if stepper.t == before:    # everything converged or diverged before moving
            break
        k += 1
        points[k], values[k] = stepper.points, stepper.values
        marks.append(stepper.counter.mark())
        if record:
            records.append(rec)
    points[k + 1:], values[k + 1:] = points[k], values[k]
    total = stepper.counter.mark()
    marks.extend([total] * (steps - k))
    evaluations = stack_marks(marks, stepper.n)
    status = stepper.status()
    if single:
        end = steps + 1
        if stepper.diverged_step[0] >= 0:
            end = max(1, int(stepper.diverged_step[0]))
        counts = {kind: a[:end, 0].copy() for kind, a in evaluations.items()}
        for kind, a in counts.items():
            a[-1] = evaluations[kind][-1, 0]
        return Trajectory(points[:end, 0], values[:end, 0], str(status[0]), int(stepper.converged_step[0]),
                          int(stepper.diverged_step[0]), records, counts)
    return Trajectory(points, values, status, stepper.converged_step.copy(), stepper.diverged_step.copy(), records,
                      evaluations)
