"""The gradient oracle: the surface's derivatives as the optimizer sees them.

Gradient noise belongs here, not in the optimizers: ``grad`` adds seeded Gaussian noise of
standard deviation ``noise`` (a minibatch-like estimate), while ``clean_grad`` keeps the
true gradient for convergence tests. Any object with value/grad/hessian works as surface.

Every call is counted (:class:`EvaluationCounter`): what a step really costs is the number
of points at which the surface's value, gradient or Hessian was asked, line-search probes
and Hessians included. A point of a vectorized call counts once, for its own row.

Data surfaces (``batch_size`` < ``n_examples``, see engine/surfaces/data) get true
minibatches: each step draws the next batch of a shuffled epoch (engine/minibatch.py),
seeded by the same ``seed``, and the optimizer sees that batch's mean gradient (plus the
Gaussian noise, if any); ``clean_grad`` is then the full-batch gradient, so convergence is
judged on the real loss. One batch per step serves every row of a batch of starts, and the
line searches' extra ``grad`` calls reuse the step's batch (values stay full-batch). With
``batch_size`` = N nothing is sampled: the run is plain full-batch gradient descent.
A lane may use its own ``batch_size`` (1..N) instead of the surface's, so one race can put
batch 1 beside batch 32 on the same data.
"""
from __future__ import annotations

import numpy as np

from .validate import check_noise

KINDS = ("value", "grad", "hessian")


class EvaluationCounter:
    """Per-row cumulative counts of value, gradient and Hessian evaluations.

    While every row of the batch is live and a call covers them all, counting is one
    Python integer per kind (the single-lane hot path); rows that stopped (``active``
    false) or that a line search already settled (``rows`` false) are not charged, so a
    row's count equals what the same start run alone would have cost.
    """

    def __init__(self, n: int):
        self.n = int(n)
        self.whole = dict.fromkeys(KINDS, 0)
        self.per_row = {kind: np.zeros(self.n, dtype=np.int64) for kind in KINDS}
        self.active: np.ndarray | None = None     # None: every row is live
        self._uneven = False

    def add(self, kind: str, rows=None) -> None:
        """Charge one evaluation of ``kind`` to every live row (or to the rows of the mask)."""
        if rows is None and self.active is None:
            self.whole[kind] += 1
            return
        mask = np.ones(self.n, dtype=bool) if self.active is None else self.active.copy()
        if rows is not None:
            rows = np.asarray(rows, dtype=bool).reshape(-1)
            if rows.shape == (self.n,):
                mask &= rows
        self.per_row[kind] += mask
        self._uneven = True

    def totals(self) -> dict:
        """kind -> (n,) int64 cumulative counts."""
        return {kind: self.per_row[kind] + self.whole[kind] for kind in KINDS}

    def mark(self):
        """A cheap snapshot for a trajectory: a tuple of three ints while all rows agree,
        else a (3, n) array (``stack_marks`` turns a list of them into arrays)."""
        if not self._uneven:
            return (self.whole["value"], self.whole["grad"], self.whole["hessian"])
        return np.stack([self.per_row[kind] + self.whole[kind] for kind in KINDS])


def stack_marks(marks: list, n: int) -> dict:
    """kind -> (len(marks), n) int64 arrays from ``EvaluationCounter.mark`` snapshots."""
    out = np.empty((len(marks), 3, n), dtype=np.int64)
    for i, m in enumerate(marks):
        out[i] = np.asarray(m, dtype=np.int64).reshape(3, -1)
    return {kind: out[:, j] for j, kind in enumerate(KINDS)}


class GradientOracle:
    def __init__(self, surface, noise: float = 0.0, seed: int | None = 0, batch_size: int | None = None):
        self.surface = surface
        self.noise = check_noise(noise)
        self.rng = np.random.default_rng(seed)
        self.clean_grad: np.ndarray | None = None
        self.counter = EvaluationCounter(1)
        # Our own surfaces hand out fresh arrays; a user's object might return its own buffer.
        from .surfaces.base import Surface
        self._fresh = isinstance(surface, Surface)
        self.seed = seed
        self.sampler = _sampler_for(surface, seed, batch_size)
        self.draws = 0                  # minibatches drawn so far (one per step)
        self.batch_indices: np.ndarray | None = None   # the current step's minibatch

    def set_batch_size(self, batch_size: int | None) -> None:
        """Change the lane's batch size live (None: the surface's); the step count goes on,
        epochs are counted in the new size from here."""
        self.sampler = _sampler_for(self.surface, self.seed, batch_size)
        self.draws = 0
        self.batch_indices = None

    @property
    def steps_per_epoch(self) -> int:
        """ceil(N / B) on a minibatched data surface; 1 otherwise (every step sees all data)."""
        return 1 if self.sampler is None else self.sampler.steps_per_epoch

    @property
    def epoch(self) -> float:
        """Epochs completed so far: minibatches drawn / steps per epoch."""
        return self.draws / self.steps_per_epoch

    def batch_at(self, draw: int) -> np.ndarray | None:
        """The minibatch of step ``draw`` (recomputed, not replayed); None without sampling."""
        return None if self.sampler is None else self.sampler.batch(draw)

    def value(self, p, rows=None):
        """f(p). ``rows``: the rows this call is for (a line search's unsettled points)."""
        self.counter.add("value", rows)
        return np.asarray(self.surface.value(p), dtype=float)

    def grad(self, p, rows=None):
        self.counter.add("grad", rows)
        if self.sampler is not None:
            idx = self.batch_indices if self.batch_indices is not None else self.sampler.batch(0)
            return self.perturb(self.surface.batch_grad(p, idx), clean=self.surface.grad(p))
        g = self.surface.grad(p)
        if not self._fresh or g.dtype != float:
            g = np.array(g, dtype=float)
        return self.perturb(g)

    def grad_into(self, p, out):
        """grad(p) written into ``out`` (the stepper's reusable buffer) where the surface
        supports it; line searches keep calling ``grad`` for fresh arrays."""
        self.counter.add("grad")
        if self.sampler is not None:
            return self._minibatch_into(p, out)
        if self._fresh:
            self.surface.grad(p, out=out)
        else:
            out[...] = self.surface.grad(p)
        return self.perturb(out)

    def noise_like(self, g):
        """Standard normal draws shaped like ``g`` (one stream for the whole batch)."""
        return self.rng.standard_normal(g.shape)

    def observe(self, full, p, out=None):
        """The gradient the optimizer sees at ``p`` given the full-batch gradient ``full``
        there (a Run computes that once for all its lanes): the next minibatch's gradient
        on a minibatched data surface, else ``full`` itself; noise added either way."""
        if self.sampler is None:
            return self.perturb(full)
        self.batch_indices = self.sampler.batch(self.draws)
        self.draws += 1
        return self.perturb(self.surface.batch_grad(p, self.batch_indices, out=out), clean=full)

    def _minibatch_into(self, p, out):
        """The next minibatch's gradient at ``p`` into ``out``, with the full one beside it
        from a single pass over the examples where the surface offers that."""
        both = getattr(self.surface, "full_and_batch_grad", None)
        if both is None:
            return self.observe(self.surface.grad(p), p, out)
        self.batch_indices = self.sampler.batch(self.draws)
        self.draws += 1
        full, g = both(p, self.batch_indices, out=out)
        return self.perturb(g, clean=full)

    def perturb(self, g, clean=None):
        """Add this oracle's noise to a gradient ``g`` in place, keeping the clean one
        (``clean``, the full-batch gradient, when ``g`` is a minibatch's)."""
        if self.noise > 0:
            self.clean_grad = g.copy() if clean is None else clean
            g += self.noise * self.noise_like(g)
        else:
            self.clean_grad = clean
        return g

    def hessian(self, p, rows=None):
        self.counter.add("hessian", rows)
        return np.asarray(self.surface.hessian(p), dtype=float)


class SeededRowsOracle(GradientOracle):
    """One noise stream per seed, shared by the rows that carry that seed (a sweep).

    Row r draws from ``default_rng(seeds[row_seed[r]])``, one standard_normal(2) per call,
    exactly as ``simulate(..., seed=s)`` does for a single start: rows of one seed see the
    same noise (common random numbers), so settings are compared on equal luck.
    """

    def __init__(self, surface, noise: float, seeds, row_seed: np.ndarray):
        super().__init__(surface, noise, None)
        self.rngs = [np.random.default_rng(s) for s in seeds]
        self.row_seed = np.asarray(row_seed, dtype=np.intp)

    def noise_like(self, g):
        if g.ndim != 2 or g.shape[0] != len(self.row_seed):   # not a call for the rows
            return self.rngs[0].standard_normal(g.shape)
        draws = np.stack([rng.standard_normal(g.shape[-1]) for rng in self.rngs])
        return draws[self.row_seed]


def _sampler_for(surface, seed, batch_size=None):
    """A minibatch sampler when ``surface`` is a data surface whose batches (the lane's
    ``batch_size``, else the surface's) are smaller than its data."""
    from .minibatch import MinibatchSampler, check_batch_size

    n = getattr(surface, "n_examples", None)
    data = n is not None and hasattr(surface, "batch_grad")
    if batch_size is not None:
        if not data:
            raise ValueError(f"Invalid batch_size: {batch_size!r} (only data surfaces have examples "
                             "to batch; use noise for Gaussian gradient noise)")
        b = check_batch_size(batch_size, n, "lane")
    else:
        b = getattr(surface, "batch_size", None)
    if not data or b is None or b >= n:
        return None
    return MinibatchSampler(n, b, seed)
