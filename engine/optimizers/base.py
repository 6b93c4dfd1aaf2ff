"""Optimizers as chains of small transforms, optax-style, over (n, 2) numpy arrays.

A :class:`Transform` is a pair of functions::

    init(params) -> state                     # a dict of arrays, one per block
    update(updates, state, ctx) -> updates    # may work in place on `updates`

Unlike optax the state is updated in place: a 256x256 batch of starts would otherwise
allocate dozens of 1 MB arrays per step. Blocks read their hyperparameters from
``ctx.hp`` at every call, so a value changed mid-run takes effect at the next step and
keeps the accumulated state (velocity, moments).

The optax convention holds: the chain turns a gradient into an *update* that is added to
the parameters (``params + updates``); the last block of every chain applies the step
length (``-lr`` times the schedule, or a line search).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, NamedTuple

import numpy as np

from ..spec import Param, Spec
from .rules import formula_lines
from .schedules import step_length_rule


class Transform(NamedTuple):
    """A block: ``init``/``update``, the hyperparameters it reads, and its name.

    reads: every name the block looks up in ``ctx.hp`` (an optimizer's spec is checked
    against the union over its chain when it is defined: nothing read goes undeclared,
    nothing declared goes unread). parts: for a chain, its blocks in order.
    """

    init: Callable[[np.ndarray], dict]
    update: Callable[[np.ndarray, dict, "Context"], np.ndarray]
    reads: tuple = ()
    name: str = ""
    parts: tuple = ()


def blocks_of(transform: Transform) -> list[Transform]:
    """The leaf blocks of a (possibly nested) chain, in order."""
    if not transform.parts:
        return [transform]
    return [leaf for part in transform.parts for leaf in blocks_of(part)]


@dataclass(slots=True)
class Context:
    """What a block may read besides the gradient: keyword inputs, never globals.

    params: the current points (n, 2), read-only.
    t: steps taken before this one (0 on the first step).
    hp: the live hyperparameters.
    oracle: ``value(p)``, ``grad(p)`` and ``hessian(p)`` of the surface (gradient with
        the run's noise), for second-order methods and line searches.
    record: a dict the blocks fill with what the app draws (moments, velocity,
        Hessian, inverse-Hessian estimate...), or None when nobody looks (batches).
        Its keys are declared in ``engine.optimizers.record_schema``.
    lr_t: the step length of this step, eta_t = lr * schedule(t), computed once before
        the chain runs (None for line-search methods, whose step length is alpha). Every
        block that records something in the units of x scales it by ``lr_t``, so the
        diagnostics reproduce the step actually taken.
    """

    params: np.ndarray
    t: int
    hp: dict
    oracle: Any
    record: dict | None = None
    lr_t: float | None = None


@dataclass
class OptState:
    t: int
    blocks: list = field(default_factory=list)


def chain(*transforms: Transform) -> Transform:
    """Compose transforms left to right; each block keeps its own state. The chain reads
    what its blocks read."""
    updates_ = tuple(tr.update for tr in transforms)

    def init(params):
        return [tr.init(params) for tr in transforms]

    def update(updates, states, ctx):
        for up, st in zip(updates_, states):
            updates = up(updates, st, ctx)
        return updates

    reads = tuple(dict.fromkeys(name for tr in transforms for name in tr.reads))
    return Transform(init, update, reads, "chain", tuple(transforms))


class Optimizer:
    """A named optimizer: its spec, its live hyperparameters and its transform chain.

    >>> opt = create("adam", lr=0.05)          # engine.optimizers.create
    >>> opt.set(lr=0.01)                       # live change: next step uses it
    """

    def __init__(self, name: str, params: tuple[Param, ...], build: Callable[[], Transform],
                 hyperparams: dict, checks: Callable[[dict, str], None] | None = None,
                 describe: Callable[[dict, np.ndarray, dict], None] | None = None,
                 doc: str = "", formula: str = ""):
        self.name = name
        self.spec = Spec(name, params)
        self.doc = doc
        self.formula = formula
        self._checks = checks
        self._describe = describe
        self._build = build
        self._hp = {**self.spec.defaults()}
        self.set(**hyperparams)
        self._transform = build()
        self._update = self._transform.update
        self._lr_rule = step_length_rule(self.spec.names())
        self._ctx = Context(None, 0, self._hp, None)  # refilled by every update (the hot path)

    @property
    def hyperparams(self) -> dict:
        """A copy of the current hyperparameters."""
        return dict(self._hp)

    def set(self, **values) -> None:
        """Validate and apply hyperparameter changes (all or nothing)."""
        checked = self.spec.validate(values)
        merged = {**self._hp, **checked}
        if self._checks is not None:
            self._checks(merged, self.name)
        self._hp.update(checked)

    def set_rows(self, **values: np.ndarray) -> None:
        """Per-row hyperparameters for a batch (``engine.sweep``): each value an (n, 1)
        float array, one row per point, every entry already checked against the spec.
        Blocks read them through ``optimizers.rows`` so a row computes exactly what a run
        with that value alone computes."""
        for name, arr in values.items():
            if name not in self.spec:
                raise ValueError(f"Unknown hyperparameter {name!r} of {self.name}")
            self._hp[name] = np.asarray(arr, dtype=float).reshape(-1, 1)

    def init(self, params: np.ndarray) -> OptState:
        params = np.asarray(params, dtype=float)
        return OptState(0, self._transform.init(params))

    def update(self, grad: np.ndarray, state: OptState, params: np.ndarray, *, oracle,
               record: dict | None = None) -> np.ndarray:
        """One step: the update to add to ``params``. Advances ``state`` in place.

        eta_t (``ctx.lr_t``) is computed here, once, before any block runs.
        """
        hp, t = self._hp, state.t
        ctx = self._ctx
        ctx.params, ctx.t, ctx.oracle, ctx.record = params, t, oracle, record
        ctx.lr_t = None if self._lr_rule is None else self._lr_rule(hp, t)
        updates = self._update(grad, state.blocks, ctx)
        state.t += 1
        if record is not None and self._describe is not None:
            self._describe(record, params + updates, self._hp)
        return updates

    def formula_lines(self) -> list[str]:
        """The update rule as it runs with the current options, one equation per line
        (the static ``formula`` is the rule at the defaults)."""
        return formula_lines(self.name, self._hp)

    def copy(self) -> "Optimizer":
        return Optimizer(self.name, tuple(self.spec), self._build, dict(self._hp), self._checks,
                         self._describe, self.doc, self.formula)

    def __repr__(self) -> str:
        changed = {k: v for k, v in self._hp.items() if v != self.spec[k].default}
        args = "".join(f", {k}={v!r}" for k, v in changed.items())
        return f"optimizers.create({self.name!r}{args})"
