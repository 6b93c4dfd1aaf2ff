"""Optimizer Playground's engine: surfaces, optimizers and runs in pure numpy (no Qt)."""
from . import surfaces
