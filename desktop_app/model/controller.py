"""The controller: owns the engine Run, the QTimer that animates it and everything the
views show. Views subscribe to its signals and read its properties; they keep no state.

    ctrl = Controller(surface="ravine", optimizers=["sgd", "adam"])
    ctrl.sigStepped.connect(view.refresh)
    ctrl.play()

Entries and lanes: the optimizer list holds one *entry* per optimizer instance (every
engine optimizer once, plus any duplicates the user adds). A checked entry races: it has
an engine Lane in the run. An entry keeps its Optimizer object (the live hyperparameters)
whether or not it races, so unchecking and re-checking keeps its settings.

Errors never escape as tracebacks: stepping never raises (the engine guarantees it), and
bad values from the user (ValueError from the engine) become a ``sigStatus`` message.
"""
from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np
from PySide6 import QtCore

import engine
from engine import optimizers as opt_catalog
from engine import surfaces as surf_catalog

from desktop_app.geometry import palette

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
TICK_MS = 16
MAX_TICK_DEBT_S = 0.05  # a slow tick never queues up more than 50 ms worth of steps
FRAME_S = 1 / 60  # the frame rate play aims for
STEP_BUDGET_RANGE_S = (0.002, 0.012)  # engine time per tick, adapted to what drawing leaves
LOG_FLOOR = 1e-16


@dataclass(eq=False)
class Entry:
    """One optimizer instance in the list; ``lane`` is set while it races."""

    key: int
    name: str
    title: str
    label: str
    colour: str
    optimizer: Any
    noise: float = 0.0
    checked: bool = False
    seed: int = 0  # of the gradient noise: a scenario replays the same noisy run
    lane: engine.Lane | None = field(default=None, repr=False)

    @property
    def hyperparams(self) -> dict:
        return {**self.optimizer.hyperparams, "noise": self.noise}


class Controller(QtCore.QObject):
    sigStepped = QtCore.Signal()
    sigReset = QtCore.Signal()
    sigSurfaceChanged = QtCore.Signal()
    sigLanesChanged = QtCore.Signal()
    sigFocusChanged = QtCore.Signal()
    sigHyperparamsChanged = QtCore.Signal(int)  # entry key: its values changed from outside its panel
    sigStatus = QtCore.Signal(str)
    sigPlayingChanged = QtCore.Signal(bool)
    sigSpeedChanged = QtCore.Signal(float)
    sigStepLimitChanged = QtCore.Signal(int)
    sigShownStepChanged = QtCore.Signal()  # the timeline scrubbed (or went back to the live end)
    sigSetupLoaded = QtCore.Signal(object)  # an engine Setup (a scenario): caption, view options

    def __init__(self, surface: str = DEFAULT_SURFACE, optimizers: Iterable[str] | None = None,
                 start=None, parent=None):
        super().__init__(parent)
        self._keys = itertools.count(1)
        self._surface = surf_catalog.get(surface)
        self._log_override: bool | None = None
        start = self._surface.start if start is None else start
        self.run = engine.Run(self._surface, start)
        self.entries: list[Entry] = []
        self._focus: Entry | None = None
        self._speed = DEFAULT_SPEED
        self._step_limit = DEFAULT_STEP_LIMIT
        self._debt = 0.0
        self._last_tick: float | None = None
        self._step_cost: float | None = None  # seconds per run step (all lanes), smoothed
        self._step_time = 0.0  # engine time of the last tick
        self._other_time: float | None = None  # the rest of a tick period (views, paint), smoothed
        self._speed_window: list[tuple[float, int]] = []
        self.engine_limited = False
        self._shown_step: int | None = None  # None: the live end
        self.caption = ""  # the loaded scenario's one-liner, until the surface changes by hand
        self.sigReset.connect(self._go_live)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer)
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
        self._focus = self.active[0] if self.active else None

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
        the command line's order, then each one ticked or added later at the end."""
        order = {lane: i for i, lane in enumerate(self.run.lanes)}
        return sorted((e for e in self.entries if e.checked), key=lambda e: order[e.lane])

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
    def playing(self) -> bool:
        return self.timer.isActive()

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

    def loss_series(self, entry: Entry, log: bool = False) -> np.ndarray:
        """(n, 2) rows of (step, y) for an entry's loss curve; with ``log``, y = log10 of the
        gap to the best known minimum (losses may be negative; a log axis needs a gap)."""
        if entry.lane is None:
            return np.zeros((0, 2))
        hist = entry.lane.history
        out = np.empty((hist.size, 2))
        out[:, 0] = hist.view("steps")
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

    @property
    def best_value(self) -> float:
        known = np.asarray(getattr(self._surface, "minima_values", ()), dtype=float)
        known = known[np.isfinite(known)]
        return float(known.min()) if known.size else 0.0

    # -- playback ----------------------------------------------------------------------
    def play(self):
        if self.playing:
            return
        self._go_live()  # scrubbing is looking back; play races on from the live end
        if not self.run.running or self.run.t >= self._step_limit:
            self.reset()  # the race was over: play starts a new one
        self._last_tick = None
        self._debt = 0.0
        self._speed_window = []
        self.timer.start()
        self.sigPlayingChanged.emit(True)

    def pause(self):
        if not self.playing:
            return
        self.timer.stop()
        self.sigPlayingChanged.emit(False)

    def toggle_play(self):
        self.pause() if self.playing else self.play()

    def step_once(self):
        """One step by hand (pauses a running animation). Rewound, it shows the next
        computed step instead, so Right walks forward through a replay; at the live end it
        computes one."""
        self.pause()
        if self._shown_step is not None:
            self.show_step(self._shown_step + 1)
        else:
            self.advance(1)

    def steps_due(self, elapsed: float) -> int:
        """Steps owed after ``elapsed`` seconds at the current speed. Fractions carry over
        (1 step/s works); a slow tick is not made up for beyond MAX_TICK_DEBT_S."""
        self._debt += self._speed * min(max(elapsed, 0.0), MAX_TICK_DEBT_S)
        n = int(self._debt)
        self._debt -= n
        return n

    @property
    def step_budget(self) -> float:
        """Engine time a tick may use: a frame (1/60 s) minus what drawing and the rest of
        the tick took lately, within STEP_BUDGET_RANGE_S."""
        lo, hi = STEP_BUDGET_RANGE_S
        other = self._other_time if self._other_time is not None else FRAME_S / 2
        return min(hi, max(lo, FRAME_S - other))

    def steps_affordable(self, n: int) -> int:
        """At most what fits in the step budget at the measured cost per step: past that
        the engine, not the timer, sets the pace, and frames stay smooth. The excess is
        dropped, not owed."""
        budget = self.step_budget
        if self._step_cost is None or n * self._step_cost <= budget:
            self.engine_limited = False
            return n
        self.engine_limited = True
        self._debt = 0.0
        return max(1, int(budget / self._step_cost))

    def _on_timer(self):
        now = time.perf_counter()
        elapsed = self.timer.interval() / 1000.0 if self._last_tick is None else now - self._last_tick
        if self._last_tick is not None:
            other = max(0.0, elapsed - self._step_time)
            self._other_time = other if self._other_time is None else 0.8 * self._other_time + 0.2 * other
        self._last_tick = now
        self._step_time = 0.0
        n = self.steps_affordable(self.steps_due(elapsed))
        if n:
            self.advance(n)
        self._speed_window = [(t, k) for t, k in self._speed_window if now - t < 1.0] + [(now, self.run.t)]

    @property
    def achieved_speed(self) -> float:
        """Steps per second over the last second of playing (0 when paused)."""
        w = self._speed_window
        if not self.playing or len(w) < 2 or w[-1][0] <= w[0][0]:
            return 0.0
        return max(0, w[-1][1] - w[0][1]) / (w[-1][0] - w[0][0])

    def advance(self, n: int) -> int:
        """Step every racing lane ``n`` times (up to the step limit), redraw once."""
        n = min(int(n), self._step_limit - self.run.t)
        taken = 0
        if n > 0:
            t0 = time.perf_counter()
            taken = self.run.step(n)
            self._step_time = time.perf_counter() - t0
            if taken:
                cost = self._step_time / taken
                self._step_cost = cost if self._step_cost is None else 0.8 * self._step_cost + 0.2 * cost
        if taken:
            self._go_live()
            self.sigStepped.emit()
        if self.run.t >= self._step_limit:
            self.pause()
            self.sigStatus.emit(f"Step limit {self._step_limit} reached")
        elif not self.run.running:
            self.pause()
            self.sigStatus.emit(f"Every optimizer has stopped (step {self.run.t})")
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
    def reset(self):
        self.run.reset()
        self.sigReset.emit()

    def set_start(self, x: float, y: float):
        try:
            self.run.reset(start=(x, y))
        except ValueError as exc:
            self.sigStatus.emit(str(exc))
            return
        self.sigReset.emit()
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
        self.sigReset.emit()
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
        self.sigReset.emit()
        return True

    # -- rewind: a view of the computed history ---------------------------------------
    @property
    def shown_step(self) -> int:
        """The step the views show: the live end unless the timeline scrubbed back."""
        return self.run.t if self._shown_step is None else self._shown_step

    @property
    def rewound(self) -> bool:
        return self._shown_step is not None

    def show_step(self, step: int | None):
        """Show the race as it was at ``step`` (clamped to what was computed; pauses);
        None or the live end follows the race again."""
        if step is not None:
            step = int(min(max(int(step), 0), self.run.t))
            if step >= self.run.t:
                step = None
            else:
                self.pause()
        if step != self._shown_step:
            self._shown_step = step
            self.sigShownStepChanged.emit()

    def _go_live(self):
        self.show_step(None)

    def shown_row(self, entry: Entry) -> int:
        """The history row of ``entry`` at the shown step."""
        hist = entry.lane.history
        return hist.size - 1 if self._shown_step is None else hist.row_at(self._shown_step)

    def shown_points(self, entry: Entry) -> np.ndarray:
        """The trail up to the shown step."""
        return entry.lane.history.view("points")[: self.shown_row(entry) + 1]

    # -- setups: scenarios and saved races -----------------------------------------------
    def load_setup(self, setup) -> bool:
        """Race exactly ``setup`` (engine.setup.Setup), paused at step 0: its surface,
        start, step limit and lanes with their labels, colours, hyperparameters, noise
        and seeds; from ``setup.view`` the speed and the focused lane. Entries not in it
        stop racing and instances added earlier are dropped. A bad setup changes nothing."""
        try:
            surface = setup.build_surface()
            optimizers = [opt_catalog.create(lane.optimizer, **lane.hyperparams) for lane in setup.lanes]
            start = np.asarray(setup.start, dtype=float)
            if start.shape != (2,) or not np.all(np.isfinite(start)):
                raise ValueError(f"Invalid start point {setup.start!r}: must be two finite numbers (x, y)")
        except ValueError as exc:
            self.sigStatus.emit(str(exc))
            return False
        self.pause()
        firsts = {}
        for entry in list(self.entries):
            self._leave(entry)
            if entry.name in firsts:
                self.entries.remove(entry)
            else:
                firsts[entry.name] = entry
                entry.label, entry.colour = entry.title, self._default_colours[entry.name]
        chosen = []
        for lane, optimizer in zip(setup.lanes, optimizers):
            entry = firsts[lane.optimizer]
            if entry.checked:
                entry = self._new_instance(entry, optimizer, lane.noise)
            entry.optimizer, entry.noise, entry.seed = optimizer, lane.noise, lane.seed
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
        self._focus = chosen[focus if ok else 0] if chosen else None
        self.sigSurfaceChanged.emit()
        self.sigLanesChanged.emit()
        for entry in self.entries:
            self.sigHyperparamsChanged.emit(entry.key)
        self.sigFocusChanged.emit()
        self.sigReset.emit()
        self.sigSetupLoaded.emit(setup)
        self.sigStatus.emit(setup.title or "Setup loaded")
        return True

    def set_log_levels(self, log: bool | None):
        self._log_override = None if log is None else bool(log)
        self.sigSurfaceChanged.emit()

    # -- entries -----------------------------------------------------------------------
    def _new_entry(self, name: str, colour: str, checked: bool, optimizer=None, noise=0.0) -> Entry:
        d = opt_catalog.definition(name)
        same = [e for e in self.entries if e.name == name]
        label = d.title if not same else f"{d.title} #{len(same) + 1}"
        entry = Entry(next(self._keys), name, d.title, label, colour,
                      optimizer or opt_catalog.create(name), noise, checked)
        self.entries.append(entry)
        return entry

    def _new_instance(self, src: Entry, optimizer, noise: float) -> Entry:
        """Another entry of src's optimizer in the first free colour, listed after its siblings."""
        colour = palette.first_unused(e.colour for e in self.entries)
        entry = self._new_entry(src.name, colour, checked=False, optimizer=optimizer, noise=noise)
        self.entries.remove(entry)
        last = max(i for i, e in enumerate(self.entries) if e.name == src.name)
        self.entries.insert(last + 1, entry)
        return entry

    def _join(self, entry: Entry):
        entry.checked = True
        entry.lane = self.run.add(entry.optimizer, label=entry.label, noise=entry.noise, seed=entry.seed)

    def _leave(self, entry: Entry):
        if entry.lane is not None:
            self.run.remove(entry.lane)
        entry.lane = None
        entry.checked = False

    def set_checked(self, key: int, checked: bool):
        """Check: the entry joins and the race restarts (a fair race starts together).
        Uncheck: it leaves; the others go on."""
        entry = self.entry(key)
        if entry.checked == bool(checked):
            return
        if checked:
            self._join(entry)
            self.run.reset()
        else:
            self._leave(entry)
            if self._focus is entry:
                self._focus = self.active[0] if self.active else None
                self.sigFocusChanged.emit()
        self.sigLanesChanged.emit()
        if checked:
            self.sigReset.emit()
            self.set_focus(key)

    def add_instance(self, key: int) -> Entry:
        """Duplicate an entry with its current settings, racing (SGD lr=0.01 vs lr=0.1)."""
        src = self.entry(key)
        entry = self._new_instance(src, src.optimizer.copy(), src.noise)
        self._join(entry)
        self.run.reset()
        self.sigLanesChanged.emit()
        self.sigReset.emit()
        self.set_focus(entry.key)
        return entry

    def can_remove(self, key: int) -> bool:
        """Only duplicates can be removed: the list always offers every optimizer once."""
        entry = self.entry(key)
        return sum(1 for e in self.entries if e.name == entry.name) > 1

    def remove_instance(self, key: int) -> bool:
        if not self.can_remove(key):
            self.sigStatus.emit("Only added instances can be removed; uncheck to stop racing")
            return False
        entry = self.entry(key)
        self._leave(entry)
        self.entries.remove(entry)
        if self._focus is entry:
            self._focus = self.active[0] if self.active else None
            self.sigFocusChanged.emit()
        self.sigLanesChanged.emit()
        return True

    def set_focus(self, key: int | None):
        entry = None if key is None else self.entry(key)
        if entry is not self._focus:
            self._focus = entry
            self.sigFocusChanged.emit()

    # -- hyperparameters ----------------------------------------------------------------
    def set_hyperparams(self, key: int, **values) -> bool:
        """Live change from the next step on; trail, velocity and moments are kept.
        A bad value leaves everything as it was and says why in the status bar."""
        entry = self.entry(key)
        noise = values.pop("noise", None)
        try:
            if noise is not None:
                noise = float(noise)
                if not np.isfinite(noise) or noise < 0:
                    raise ValueError(f"Invalid value for {entry.name}'s 'noise': {noise!r} (must be >= 0)")
            entry.optimizer.set(**values)
        except (ValueError, TypeError) as exc:
            self.sigStatus.emit(str(exc))
            return False
        if noise is not None:
            entry.noise = noise
            if entry.lane is not None:
                entry.lane.set(noise=noise)
        self.sigHyperparamsChanged.emit(key)
        return True

    def _apply_suggested(self, entry: Entry):
        values = {**entry.optimizer.spec.defaults(), **self._surface.suggested_for(entry.name)}
        try:
            entry.optimizer.set(**values)
        except ValueError as exc:  # a surface suggesting a bad value is an engine bug; say so, go on
            self.sigStatus.emit(str(exc))
            entry.optimizer.set(**entry.optimizer.spec.defaults())
        entry.noise = 0.0
        if entry.lane is not None:
            entry.lane.set(noise=0.0)

    def reset_to_suggested(self, key: int):
        """The surface's suggested values (the defaults where it suggests none)."""
        entry = self.entry(key)
        self._apply_suggested(entry)
        self.sigHyperparamsChanged.emit(key)
        self.sigStatus.emit(f"{entry.label}: suggested values for {self._surface.title}")
