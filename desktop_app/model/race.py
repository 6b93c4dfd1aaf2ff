"""The race the window shows, without Qt: entries and lanes, focus, surface, start point,
suggested values, step limit and speed, the rewind position, and setups in and out.

    race = RaceModel(surface="ravine", optimizers=["sgd", "adam"])
    race.sigStepped.connect(view.refresh)      # plain-Python events (model/events.py)
    race.advance(10)

Entries and lanes: see model/roster.py (a mixin of this class).

Errors never escape as tracebacks: stepping never raises (the engine guarantees it), and
bad values from the user (ValueError from the engine) become a ``sigStatus`` message.
The Qt controller (model/controller.py) adds the clock that animates it.
"""
from __future__ import annotations

import itertools
import time
from typing import Iterable

import numpy as np

import engine
from engine import optimizers as opt_catalog
from engine import surfaces as surf_catalog
from engine.history import EVALUATION_KINDS
from engine.validate import check_start

from desktop_app.geometry import palette
from desktop_app.model import epochs as _epochs
from desktop_app.model.events import Event
from desktop_app.model.readout import Readout
from desktop_app.model.roster import Entry, Roster

DEFAULT_SURFACE = "ravine"
DEFAULT_OPTIMIZERS = ("sgd", "momentum", "rmsprop", "adam")
# Colours follow this order, so the usual suspects get the strongest colours every time.
COLOUR_ORDER = ("sgd", "momentum", "rmsprop", "adam", "nesterov", "newton", "adagrad", "lion",
                "adamw", "nadam", "radam", "adamax", "adadelta", "saddle_free_newton", "bfgs",
                "lbfgs", "cg", "coordinate_descent")
SPEED_RANGE = (1.0, 2000.0)
DEFAULT_SPEED = 100.0
DEFAULT_STEP_LIMIT = 1000
STEP_LIMIT_RANGE = (1, 1_000_000)
LOG_FLOOR = 1e-16
SIGNALS = ("sigStepped", "sigReset", "sigSurfaceChanged", "sigLanesChanged", "sigFocusChanged",
           "sigHyperparamsChanged", "sigStatus", "sigSpeedChanged", "sigStepLimitChanged",
           "sigShownStepChanged", "sigSetupLoaded", "sigStopped")


COST_KINDS = ("steps", "grad", "value", "hessian", "seconds")


def cost_column(hist, cost: str) -> np.ndarray:
    """What a lane's history says each kept point cost so far, counted in ``cost``."""
    if cost == "steps":
        return hist.view("steps")
    if cost == "seconds":
        return hist.view("seconds")
    try:
        return hist.view("evaluations")[:, EVALUATION_KINDS.index(cost)]
    except ValueError:
        raise ValueError(f"Invalid cost {cost!r}: one of {', '.join(COST_KINDS)}") from None


class RaceModel(Roster):
    """Events (each an :class:`Event`): sigStepped, sigReset, sigSurfaceChanged,
    sigLanesChanged, sigFocusChanged, sigHyperparamsChanged(key), sigStatus(text),
    sigSpeedChanged(speed), sigStepLimitChanged(n), sigShownStepChanged,
    sigSetupLoaded(setup), sigStopped(text): the race cannot go on (step limit reached,
    every lane stopped), so whatever animates it should pause; sigReadout: the numbers
    on screen are read again, at ``readout_step`` (model/readout.py)."""

    def __init__(self, surface: str = DEFAULT_SURFACE, optimizers: Iterable[str] | None = None,
                 start=None):
        for name in SIGNALS:
            setattr(self, name, Event())
        self._keys = itertools.count(1)
        self._surface = surf_catalog.get(surface)
        self._log_override: bool | None = None
        start = self._surface.start if start is None else start
        self.run = engine.Run(self._surface, start)
        self.entries: list[Entry] = []
        self._active: list[Entry] | None = None  # cache of ``active``
        self._focus: Entry | None = None
        self._speed = DEFAULT_SPEED
        self._step_limit = DEFAULT_STEP_LIMIT
        self._shown_step: int | None = None  # None: the live end
        self.step_seconds = 0.0  # engine time of the last advance
        self.caption = ""  # the loaded scenario's one-liner, until the surface changes by hand
        # before any view connects, so a view refreshing on these reads the new readout
        self.readout = Readout(self)
        self.sigReadout = self.readout.sigChanged
        self.sigStepped.connect(self.readout.stepped)
        for name in ("sigReset", "sigSurfaceChanged", "sigLanesChanged", "sigFocusChanged",
                     "sigHyperparamsChanged", "sigShownStepChanged", "sigSetupLoaded"):
            getattr(self, name).connect(self.readout.take)
        order = {name: i for i, name in enumerate(COLOUR_ORDER)}
        names = opt_catalog.names()
        ranked = sorted(names, key=lambda n: order.get(n, len(order) + names.index(n)))
        self._default_colours = colours = {name: palette.colour(i) for i, name in enumerate(ranked)}
        chosen = list(DEFAULT_OPTIMIZERS if optimizers is None else optimizers)
        for name in names:
            self._new_entry(name, colours[name], checked=False)
        for name in chosen:
            entry = next(e for e in self.entries if e.name == name)
            if entry.checked:  # named twice: race another instance
                entry = self._new_instance(entry, opt_catalog.create(name), 0.0)
            self._apply_suggested(entry)
            self._join(entry)
        self._focus_on(self.active[0] if self.active else None)

    # -- reading ---------------------------------------------------------------------
    @property
    def surface(self):
        return self._surface

    @property
    def surface_name(self) -> str:
        return self._surface.name

    @property
    def start(self) -> np.ndarray:
        return self.run.start.copy()

    @property
    def active(self) -> list[Entry]:
        """The racing entries in the order they joined (the run's lane order): a setup's or
        the command line's order, then each one ticked or added later at the end. Kept
        until an entry joins or leaves: views ask for it once per table cell."""
        if self._active is None:
            order = {lane: i for i, lane in enumerate(self.run.lanes)}
            self._active = sorted((e for e in self.entries if e.checked), key=lambda e: order[e.lane])
        return list(self._active)

    @property
    def focused(self) -> Entry | None:
        return self._focus

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def step_limit(self) -> int:
        return self._step_limit

    @property
    def t(self) -> int:
        return self.run.t

    @property
    def log_levels(self) -> bool:
        if self._log_override is not None:
            return self._log_override
        return bool(getattr(self._surface, "log_levels", False))

    def entry(self, key: int) -> Entry:
        for e in self.entries:
            if e.key == key:
                return e
        raise KeyError(key)

    def value_at(self, x: float, y: float) -> float:
        with np.errstate(all="ignore"):
            return float(self._surface.value(np.array([x, y])))

    def status_text(self, entry: Entry) -> str:
        lane = entry.lane
        if lane is None:
            return "not racing"
        status = lane.status
        if status == "running":
            return "at step limit" if lane.t >= self._step_limit else "running"
        return f"{status} at step {lane.status_step}"

    def loss_series(self, entry: Entry, log: bool = False, cost: str = "steps") -> np.ndarray:
        """(n, 2) rows of (x, y) for an entry's loss curve; with ``log``, y = log10 of the
        gap to the best known minimum (losses may be negative; a log axis needs a gap).
        ``cost`` (one of COST_KINDS) says what x counts: steps, the lane's cumulative value,
        gradient or Hessian evaluations, or the engine's seconds, read from the history."""
        if entry.lane is None:
            return np.zeros((0, 2))
        hist = entry.lane.history
        out = np.empty((hist.size, 2))
        out[:, 0] = cost_column(hist, cost)
        values = hist.view("values")
        with np.errstate(all="ignore"):
            if log:
                np.log10(np.maximum(values - self.best_value, LOG_FLOOR), out=out[:, 1])
            else:
                out[:, 1] = values
        # Only a start where f overflows (diverged at step 0) has a non-finite loss: the
        # engine stops a lane at its last finite value. Nothing is drawn for it.
        if len(out) and not (np.isfinite(out[0, 1]) and np.isfinite(out[-1, 1])):
            out = out[np.isfinite(out[:, 1])]
        return out

    # -- minibatches (data surfaces; model/epochs.py) -------------------------------------
    @property
    def is_data(self) -> bool:
        """The surface is made of examples: lanes draw minibatches, epochs count."""
        return _epochs.is_data(self._surface)

    def batch_size_of(self, entry: Entry) -> int | None:
        """The lane's minibatch size B on this surface (None off data surfaces)."""
        return _epochs.lane_batch(self._surface, entry)

    def epochs_at(self, entry: Entry, step: int | None = None) -> float | None:
        """Epochs the lane has done after ``step`` (default: its own step at the shown
        step: a lane that stopped earlier stopped counting)."""
        if step is None:
            step = self.shown_step if entry.lane is None else min(self.shown_step, entry.lane.t)
        return _epochs.epochs_at(self._surface, entry, step)

    def epochs_of(self, entry: Entry, steps):
        """Epochs after each of ``steps`` (an array); None off data surfaces."""
        return _epochs.epochs_of(self._surface, entry, steps)

    def step_of_epoch(self, entry: Entry, epoch: float):
        """The step at which the lane has done ``epoch`` epochs; None off data surfaces."""
        return _epochs.step_of_epoch(self._surface, entry, epoch)

    def minibatch_at(self, entry: Entry, step: int | None = None):
        """Example indices of the minibatch the step reaching ``step`` used (None: all)."""
        return _epochs.minibatch_at(self._surface, entry, self.shown_step if step is None else step)

    @property
    def best_value(self) -> float:
        known = np.asarray(getattr(self._surface, "minima_values", ()), dtype=float)
        known = known[np.isfinite(known)]
        return float(known.min()) if known.size else 0.0

    @property
    def finished(self) -> bool:
        """Nothing more to compute: every lane stopped or the step limit is reached."""
        return not self.run.running or self.run.t >= self._step_limit

    # -- stepping, speed and step limit ---------------------------------------------------
    def advance(self, n: int) -> int:
        """Step every racing lane ``n`` times (up to the step limit); views redraw once."""
        n = min(int(n), self._step_limit - self.run.t)
        t0 = time.perf_counter()
        taken = self.run.step(n) if n > 0 else 0
        self.step_seconds = time.perf_counter() - t0  # the engine's share, before any view redraws
        if taken:
            self._go_live()
            self.sigStepped.emit()
        if self.run.t >= self._step_limit:
            self.sigStopped.emit(f"Step limit {self._step_limit} reached")
        elif not self.run.running:
            self.sigStopped.emit(f"Every optimizer has stopped (step {self.run.t})")
        return taken

    def set_speed(self, steps_per_second: float):
        lo, hi = SPEED_RANGE
        if not steps_per_second == steps_per_second:  # NaN: keep the speed (it would stall the timer)
            return
        speed = float(min(max(steps_per_second, lo), hi))
        if speed != self._speed:
            self._speed = speed
            self.sigSpeedChanged.emit(speed)

    def faster(self):
        self.set_speed(self._speed * 2)

    def slower(self):
        self.set_speed(self._speed / 2)

    def set_step_limit(self, n: int):
        lo, hi = STEP_LIMIT_RANGE
        n = int(min(max(int(n), lo), hi))
        if n != self._step_limit:
            self._step_limit = n
            self.sigStepLimitChanged.emit(n)

    # -- the race ---------------------------------------------------------------------
    def _restarted(self):
        """After any restart of the run: back to the live end, then tell the views."""
        self._go_live()
        self.sigReset.emit()

    def reset(self):
        self.run.reset()
        self._restarted()

    def set_start(self, x: float, y: float):
        try:
            self.run.reset(start=(x, y))
        except ValueError as exc:
            self.sigStatus.emit(str(exc))
            return
        self._restarted()
        self.sigStatus.emit(f"Start point ({x:.4g}, {y:.4g})")

    def set_surface(self, name: str, **values):
        """Switch surface: its own start point and suggested hyperparameters (a saddle only
        shows its trick from its start; ravine's learning rates diverge on rosenbrock)."""
        try:
            surface = surf_catalog.get(name, **values)
        except ValueError as exc:
            self.sigStatus.emit(str(exc))
            return False
        return self._switch_surface(surface, surface.start)

    def set_custom_surface(self, formula: str, bounds) -> bool:
        """Switch to a typed formula over ``bounds`` ((xmin, xmax), (ymin, ymax)). The start
        point stays if it lies inside the new window. A bad formula (FormulaError, a
        ValueError saying where) changes nothing."""
        try:
            surface = surf_catalog.from_formula(formula, bounds=bounds)
        except ValueError as exc:
            self.sigStatus.emit(str(exc))
            return False
        (x0, x1), (y0, y1) = surface.bounds
        x, y = self.run.start
        inside = x0 <= x <= x1 and y0 <= y <= y1
        return self._switch_surface(surface, (float(x), float(y)) if inside else surface.start)

    @property
    def surface_formula(self) -> str | None:
        """The custom surface's formula (None for a built-in surface)."""
        return getattr(self._surface, "formula", None) if self._surface.name == "custom" else None

    @property
    def surface_bounds(self) -> tuple:
        """The surface's window ((xmin, xmax), (ymin, ymax)): a custom surface's chosen bounds."""
        return tuple((float(lo), float(hi)) for lo, hi in self._surface.bounds)

    def _switch_surface(self, surface, start) -> bool:
        self._surface = surface
        self._log_override = None
        self.caption = ""  # a scenario's caption is about its own surface
        self.run.surface = surface
        for entry in self.entries:
            self._apply_suggested(entry)
        self.run.reset(start=start)
        self.sigSurfaceChanged.emit()
        for entry in self.entries:
            self.sigHyperparamsChanged.emit(entry.key)
        self._restarted()
        self.sigStatus.emit(f"Surface: {surface.title}")
        return True

    def set_surface_params(self, **values) -> bool:
        """Change the current surface's parameters; the race restarts from the same start."""
        try:
            surface = surf_catalog.get(self._surface.name, **{**self._surface.values, **values})
        except ValueError as exc:
            self.sigStatus.emit(str(exc))
            return False
        self._surface = surface
        self.run.set_surface(surface)
        self.sigSurfaceChanged.emit()
        self._restarted()
        return True

    def set_log_levels(self, log: bool | None):
        self._log_override = None if log is None else bool(log)
        self.sigSurfaceChanged.emit()

    # -- rewind: a view of the computed history ---------------------------------------
    @property
    def shown_step(self) -> int:
        """The step the views show: the live end unless the timeline scrubbed back."""
        return self.run.t if self._shown_step is None else self._shown_step

    @property
    def rewound(self) -> bool:
        return self._shown_step is not None

    def clamp_shown(self, step: int | None) -> int | None:
        """``step`` clamped to what was computed; None for the live end."""
        if step is None:
            return None
        step = int(min(max(int(step), 0), self.run.t))
        return None if step >= self.run.t else step

    def show_step(self, step: int | None):
        """Show the race as it was at ``step`` (clamped to what was computed); None or the
        live end follows the race again."""
        step = self.clamp_shown(step)
        if step != self._shown_step:
            self._shown_step = step
            self.sigShownStepChanged.emit()

    def _go_live(self):
        self.show_step(None)

    def shown_row(self, entry: Entry) -> int:
        """The history row of ``entry`` at the shown step."""
        hist = entry.lane.history
        return hist.size - 1 if self._shown_step is None else hist.row_at(self._shown_step)

    def cost_at(self, entry: Entry, cost: str, step: int | None = None) -> float:
        """What ``entry``'s lane had cost (in ``cost``) at ``step`` (None: now)."""
        hist = entry.lane.history
        row = hist.size - 1 if step is None else hist.row_at(int(step))
        return float(cost_column(hist, cost)[row])

    def step_of_cost(self, entry: Entry, cost: str, x: float) -> int:
        """The last step of ``entry``'s lane at which it had cost at most ``x`` (the inverse of cost_at)."""
        hist = entry.lane.history
        i = int(np.searchsorted(cost_column(hist, cost), x, side="right")) - 1
        return int(hist.view("steps")[max(0, min(i, hist.size - 1))])
    # -- the readout: the one step the numbers on screen show (model/readout.py) -----------
    @property
    def readout_step(self) -> int:
        """The race's step the numbers show (the shown step at the last readout)."""
        return self.readout.step

    def readout_row(self, entry: Entry) -> int:
        """The history row of ``entry``'s lane the numbers show."""
        return entry.lane.history.row_at(self.readout.step)

    def step_shown(self, entry: Entry) -> int | None:
        """The step of ``entry``'s lane the numbers show (where it stopped, for a lane
        that stopped earlier); None when it does not race."""
        if entry is None or entry.lane is None:
            return None
        return int(entry.lane.history.view("steps")[self.readout_row(entry)])

    def shown_points(self, entry: Entry) -> np.ndarray:
        """The trail up to the shown step."""
        return entry.lane.history.view("points")[: self.shown_row(entry) + 1]

    # -- setups: scenarios and saved races -----------------------------------------------
    def load_setup(self, setup) -> bool:
        """Race exactly ``setup`` (engine.setup.Setup) from step 0: its surface, start, step
        limit and lanes with their labels, colours, hyperparameters, noise and seeds; from
        ``setup.view`` the speed and the focused lane. Entries not in it stop racing and
        instances added earlier are dropped. A bad setup changes nothing."""
        try:
            surface = setup.build_surface()
            optimizers = [opt_catalog.create(lane.optimizer, **lane.hyperparams) for lane in setup.lanes]
            start = check_start(setup.start)
        except ValueError as exc:
            self.sigStatus.emit(str(exc))
            return False
        firsts = {}
        for entry in list(self.entries):
            self._leave(entry)
            if entry.name in firsts:
                self.entries.remove(entry)
            else:
                firsts[entry.name] = entry
                entry.label, entry.colour = entry.title, self._default_colours[entry.name]
                entry.batch_size = None
        chosen = []
        for lane, optimizer in zip(setup.lanes, optimizers):
            entry = firsts[lane.optimizer]
            if entry.checked:
                entry = self._new_instance(entry, optimizer, lane.noise)
            entry.optimizer, entry.noise, entry.seed = optimizer, lane.noise, lane.seed
            entry.batch_size = lane.batch_size
            entry.label = lane.label or entry.label
            entry.colour = lane.color or entry.colour
            self._join(entry)
            chosen.append(entry)
        self._surface = surface
        self._log_override = None
        self.run.surface = surface
        self.run.reset(start=start)
        self.caption = setup.caption
        view = setup.view if isinstance(setup.view, dict) else {}
        speed = view.get("speed")
        if isinstance(speed, (int, float)) and not isinstance(speed, bool):
            self.set_speed(speed)
        self.set_step_limit(setup.steps)
        focus = view.get("focus", 0)
        ok = isinstance(focus, int) and not isinstance(focus, bool) and 0 <= focus < len(chosen)
        self._focus_on(chosen[focus if ok else 0] if chosen else None)
        self.sigSurfaceChanged.emit()
        self.sigLanesChanged.emit()
        for entry in self.entries:
            self.sigHyperparamsChanged.emit(entry.key)
        self.sigFocusChanged.emit()
        self._restarted()
        self.sigSetupLoaded.emit(setup)
        self.sigStatus.emit(setup.title or "Setup loaded")
        return True

    def to_setup(self):
        """The race as an engine Setup: surface, start, racing lanes, step limit, and in
        ``view`` the speed, contour scale and focused lane (the window adds its own keys)."""
        from engine.setup import LaneSetup, Setup

        surface = self._surface
        active = self.active
        setup = Setup(start=tuple(float(v) for v in self.start), steps=int(self._step_limit))
        if surface.name == "custom":
            setup.surface, setup.formula = "custom", surface.formula
            setup.bounds = tuple(tuple(float(v) for v in pair) for pair in surface.bounds)
        else:
            setup.surface, setup.surface_params = surface.name, dict(surface.values)
        setup.lanes = [LaneSetup(e.name, e.optimizer.hyperparams, e.label, float(e.noise), int(e.seed), e.colour,
                                 _epochs.lane_batch(surface, e) if e.batch_size is not None else None)
                       for e in active]
        setup.view = {"speed": float(self._speed), "log_levels": bool(self.log_levels)}
        if self._focus in active:
            setup.view["focus"] = active.index(self._focus)
        return setup
