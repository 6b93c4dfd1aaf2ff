"""Blocks declare the hyperparameters they read, and definitions are checked against them."""
from __future__ import annotations

import numpy as np
import pytest

from engine import optimizers, surfaces
from engine.optimizers import blocks as b
from engine.optimizers.base import Context, blocks_of
from engine.optimizers.catalog import DEFINITIONS, Definition, first_order, lr
from engine.optimizers.schedules import step_length_rule
from engine.oracle import GradientOracle
from engine.spec import Param


def test_a_block_reading_an_undeclared_hyperparameter_fails_at_definition_time():
    with pytest.raises(ValueError, match=r"block 'trace' reads 'momentum', 'dampening'.*Declared: lr"):
        Definition("bad", "Bad", (lr(0.1),), first_order(b.trace), "momentum without its knobs", "")


def test_a_declared_hyperparameter_no_block_reads_fails_at_definition_time():
    extra = Param("beta3", 0.5, "a knob nothing reads", low=0.0, high=1.0)
    with pytest.raises(ValueError, match=r"no block of its chain reads 'beta3'"):
        Definition("bad", "Bad", (lr(0.1), extra), first_order(), "sgd with a dead knob", "")


def test_nesterov_declares_no_dampening_and_its_trace_reads_none():
    spec = optimizers.create("nesterov").spec
    assert "dampening" not in spec
    assert "dampening" in optimizers.create("momentum").spec


@pytest.mark.parametrize("d", DEFINITIONS, ids=lambda d: d.name)
def test_each_block_runs_on_only_what_it_declares(d):
    """Each block gets a context whose hyperparameters are exactly its declared reads, so an
    undeclared lookup raises KeyError; the steps equal the optimizer's own bit for bit."""
    surface = surfaces.get("ravine")
    options = {"schedule": "step", "gamma": 0.5, "step_size": 2, "max_grad_norm": 1.0} if d.modifiers else {}
    opt = optimizers.create(d.name, **surface.suggested_for(d.name), **options)
    hp = opt.hyperparams
    parts = blocks_of(d.build())
    rule = step_length_rule(list(hp))
    oracle = GradientOracle(surface)
    x = np.array([surface.start], dtype=float)
    ref_x, ref_state = x.copy(), opt.init(x)
    states = [p.init(x) for p in parts]
    for t in range(6):
        u = oracle.grad(x)
        for part, st in zip(parts, states):
            ctx = Context(x, t, {k: hp[k] for k in part.reads}, oracle, {},
                          None if rule is None else rule(hp, t))
            u = part.update(u, st, ctx)
        x = x + u
        ref_x = ref_x + opt.update(oracle.grad(ref_x), ref_state, ref_x, oracle=oracle, record={})
        np.testing.assert_array_equal(x, ref_x)
