"""Optimizer Playground's engine: surfaces, optimizers and runs in pure numpy (no Qt).

    import engine
    s = engine.surfaces.get("ravine", condition=100.0)
    opt = engine.optimizers.create("adam", lr=0.05)
    traj = engine.simulate(s, opt, start=(1.5, 1.0), steps=300)
"""
from . import optimizers, surfaces, theory
from .basin import BasinMap, basin_map
from .run import Lane, Run
from .simulate import Trajectory, simulate
from .sweeps import Sweep, sweep

__all__ = ["surfaces", "optimizers", "theory", "simulate", "Trajectory", "Run", "Lane", "basin_map", "BasinMap",
           "sweep", "Sweep"]
