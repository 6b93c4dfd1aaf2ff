"""True minibatches: which examples each step's gradient uses.

Sampling is without replacement in shuffled epochs, as torch's
``DataLoader(shuffle=True, drop_last=False)`` does it: epoch e is a permutation of the N
examples, cut into S = ceil(N / B) consecutive slices of B; the last slice of an epoch holds
the N - (S - 1) B examples left over (smaller than B when B does not divide N), so every
example is used exactly once per epoch.

Each epoch's permutation is drawn from its own generator seeded by (seed, epoch), so the
batch of any step can be recomputed on its own (``batch(draw)``): a timeline scrubbing back
to step 1234 asks for that step's batch without replaying the run.

    >>> s = MinibatchSampler(5, 2, seed=0)
    >>> s.steps_per_epoch
    3
    >>> sorted(np.concatenate([s.batch(k) for k in range(3)]).tolist())
    [0, 1, 2, 3, 4]
"""
from __future__ import annotations

import numpy as np

# Separates the minibatch stream from the Gaussian-noise stream of the same seed.
_STREAM = 0x6D696E69  # "mini"


def check_batch_size(batch_size, n_examples: int, owner: str = "surface") -> int:
    """``batch_size`` as an int in [1, n_examples], or ValueError naming it."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer, float)):
        raise ValueError(f"Invalid value for {owner}'s 'batch_size': {batch_size!r} "
                         f"(must be a whole number in [1, {n_examples}])")
    if not np.isfinite(batch_size) or float(batch_size) != int(batch_size) or not 1 <= batch_size <= n_examples:
        raise ValueError(f"Invalid value for {owner}'s 'batch_size': {batch_size!r} "
                         f"(must be a whole number in [1, {n_examples}], the number of examples)")
    return int(batch_size)


class MinibatchSampler:
    """Indices of the examples in minibatch number ``draw`` (0, 1, 2, ...).

    n: number of examples N; batch_size: B in [1, N]; seed: a non-negative int, or None
    for fresh entropy (drawn once, so ``batch`` stays repeatable within this sampler).
    """

    def __init__(self, n: int, batch_size: int, seed: int | None = 0):
        n = int(n)
        if n < 1:
            raise ValueError(f"Invalid number of examples: {n} (must be >= 1)")
        self.n = n
        self.batch_size = check_batch_size(batch_size, n, "minibatch sampler")
        if seed is None:
            seed = int(np.random.SeedSequence().entropy)
        if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
            raise ValueError(f"Invalid seed: {seed!r} (must be a whole number >= 0 or None)")
        self.seed = int(seed)
        self.steps_per_epoch = -(-n // self.batch_size)
        self._epoch = -1
        self._perm = np.arange(n)

    def permutation(self, epoch: int) -> np.ndarray:
        """The order in which epoch ``epoch`` visits the examples."""
        return np.random.default_rng([_STREAM, self.seed, int(epoch)]).permutation(self.n)

    def batch(self, draw: int) -> np.ndarray:
        """The indices of minibatch ``draw`` (a view: do not modify)."""
        epoch, k = divmod(int(draw), self.steps_per_epoch)
        if epoch != self._epoch:
            self._perm = self.permutation(epoch)
            self._epoch = epoch
        b = self.batch_size
        return self._perm[k * b:(k + 1) * b]
