"""Hyperparameter sweeps: a grid x seeds as one vectorized batch (``engine.sweep``).

    sw = engine.sweep(surface, "adam", start=(x, y), grid={"lr": lrs, "beta1": b1s}, steps=500,
                      seeds=[0, 1, 2], noise=0.0, tol=1e-6, target=None)
    sw.final_value.shape        # (len(lrs), len(b1s), 3)
    sw.best("final_value")      # {"lr": ..., "beta1": ...}, by median over seeds
"""
from .batch import MAX_ROWS, sweep
from .result import OBJECTIVES, Sweep

__all__ = ["sweep", "Sweep", "OBJECTIVES", "MAX_ROWS"]
