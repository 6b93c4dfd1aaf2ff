"""Minibatches as the window shows them: a lane's batch size, its epochs, the examples of
the step on screen. Qt-free.

On a data surface (engine/surfaces/data) a lane draws one minibatch of B examples per
step, without replacement in shuffled epochs of S = ceil(N / B) steps (engine/minibatch.py),
so after k steps it has done

    epochs = k / S        (= k B / N when B divides N; B = N: one epoch per step)

Off data surfaces there are no examples and no epochs (None). A live change of the batch
size starts the lane's minibatch stream afresh (the engine's oracle draws from epoch 0 in
the new size); the entry remembers the step of that change (``Entry.batch_mark``), so
the examples of any later step can be recomputed, and epochs are counted from there.
"""
from __future__ import annotations

import numpy as np

from engine.minibatch import check_batch_size


def is_data(surface) -> bool:
    """A surface made of examples (it has ``n_examples`` and per-example gradients)."""
    return getattr(surface, "n_examples", None) is not None and hasattr(surface, "per_example_grad")


def check_lane_batch(surface, batch_size, owner: str = "lane"):
    """A lane's batch size for ``surface`` as an int in [1, N], or None (the surface's);
    ValueError naming it otherwise (and on a surface without examples)."""
    if batch_size is None:
        return None
    if not is_data(surface):
        raise ValueError(f"Invalid value for {owner}'s 'batch_size': {batch_size!r} (surface "
                         f"{surface.name!r} has no examples to batch; use noise for Gaussian gradient noise)")
    return check_batch_size(batch_size, surface.n_examples, owner)


def lane_batch(surface, entry) -> int | None:
    """B of ``entry`` on ``surface``: its own (at most N), else the surface's; None off data."""
    if not is_data(surface):
        return None
    n = surface.n_examples
    return min(int(entry.batch_size), n) if entry.batch_size is not None else int(surface.batch_size)


def steps_per_epoch(n: int, batch: int) -> int:
    """S = ceil(N / B)."""
    return -(-int(n) // int(batch))


def _mark(entry) -> tuple[int, float]:
    """(step, epochs done by then) of the lane's last live batch-size change; (0, 0.0)
    when there was none since the lane last restarted."""
    mark = entry.batch_mark
    lane = entry.lane
    if mark is None or lane is None or mark[0] is not lane.stepper:
        return 0, 0.0
    return int(mark[1]), float(mark[2])


def _since(entry) -> int:
    """The step from which the lane's current minibatch stream runs."""
    return _mark(entry)[0]


def epochs_at(surface, entry, step: int) -> float | None:
    """Epochs done after ``step`` steps: k / S, plus, after a live batch-size change at
    step k0, the epochs done by k0 and (k - k0) / S in the new size (before k0: linear)."""
    out = epochs_of(surface, entry, np.array([step], dtype=float))
    return None if out is None else float(out[0])


def epochs_of(surface, entry, steps) -> np.ndarray | None:
    """:func:`epochs_at` for an array of steps (the loss plot's x axis in epochs)."""
    batch = lane_batch(surface, entry)
    if batch is None:
        return None
    steps = np.maximum(np.asarray(steps, dtype=float), 0.0)
    since, done = _mark(entry)
    after = done + (steps - since) / steps_per_epoch(surface.n_examples, batch)
    if since <= 0:
        return after
    return np.where(steps < since, done * steps / since, after)


def step_of_epoch(surface, entry, epoch: float) -> float | None:
    """The inverse of :func:`epochs_at` (a click on a loss plot drawn in epochs)."""
    batch = lane_batch(surface, entry)
    if batch is None:
        return None
    since, done = _mark(entry)
    if epoch < done and done > 0:
        return float(epoch) * since / done
    return since + (float(epoch) - done) * steps_per_epoch(surface.n_examples, batch)


def minibatch_at(surface, entry, step: int) -> np.ndarray | None:
    """The example indices of the minibatch used by the step that reached ``step`` (for
    step 0: the one the first step will use); None when every step sees all the examples
    or the step was taken before a live batch-size change."""
    lane = entry.lane
    if lane is None or not is_data(surface):
        return None
    oracle = lane.stepper.oracle
    if oracle.sampler is None:
        return None
    draw = max(int(step) - 1, 0) - _since(entry)
    if draw < 0:
        return None
    return np.array(oracle.batch_at(draw))
