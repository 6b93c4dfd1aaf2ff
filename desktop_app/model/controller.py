"""The Qt controller: the race model (model/race.py) animated by a QTimer, its changes
re-emitted as Qt signals. Views subscribe to the signals and read the model's state through
it; they keep no state of their own.

    ctrl = Controller(surface="ravine", optimizers=["sgd", "adam"])
    ctrl.sigStepped.connect(view.refresh)
    ctrl.play()

Qt signals rather than the model's plain events, because Qt drops a connection when its
receiver is deleted: a closed panel is never called again.
"""
from __future__ import annotations

import time
from typing import Iterable

from PySide6 import QtCore

from desktop_app.model.pacing import TICK_MS, Pacer
from desktop_app.model.race import DEFAULT_SURFACE, RaceModel

# What the controller passes straight through to the model.
_READ = ("surface", "surface_name", "start", "active", "focused", "speed", "step_limit", "t",
         "log_levels", "best_value", "surface_formula", "surface_bounds", "shown_step", "rewound",
         "run", "entries", "caption", "finished", "is_data", "readout_step")
_CALL = ("entry", "value_at", "status_text", "loss_series", "set_speed", "faster", "slower",
         "set_step_limit", "reset", "set_start", "set_surface", "set_custom_surface",
         "set_surface_params", "set_log_levels", "shown_row", "shown_points", "set_checked",
         "add_instance", "can_remove", "remove_instance", "set_focus", "set_hyperparams",
         "reset_to_suggested", "to_setup", "batch_size_of", "epochs_at", "minibatch_at",
         "epochs_of", "step_of_epoch", "cost_at", "step_of_cost", "readout_row", "step_shown")


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
    sigReadout = QtCore.Signal()  # the numbers on screen are read again, at readout_step (model/readout.py)

    def __init__(self, surface: str = DEFAULT_SURFACE, optimizers: Iterable[str] | None = None,
                 start=None, parent=None, *, model: RaceModel | None = None):
        super().__init__(parent)
        self.model = model if model is not None else RaceModel(surface, optimizers, start)
        for name in ("sigStepped", "sigReset", "sigSurfaceChanged", "sigLanesChanged", "sigFocusChanged",
                     "sigHyperparamsChanged", "sigStatus", "sigSpeedChanged", "sigStepLimitChanged",
                     "sigShownStepChanged", "sigSetupLoaded", "sigReadout"):
            getattr(self.model, name).connect(getattr(self, name).emit)
        self.model.sigStopped.connect(self._stopped)
        self.pacer = Pacer(lambda: self.model.speed)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer)
        self._halts: tuple[int, ...] = ()

    # -- playback ----------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def play(self):
        if self.playing:
            return
        self.model.show_step(None)  # scrubbing is looking back; play races on from the live end
        if self.model.finished:
            self.model.reset()  # the race was over: play starts a new one
        self.pacer.restart()
        self.timer.start()
        self.model.readout.set_throttled(True)
        self.sigPlayingChanged.emit(True)

    def pause(self):
        if not self.playing:
            return
        self.timer.stop()
        self.model.readout.set_throttled(False)
        self.sigPlayingChanged.emit(False)

    def toggle_play(self):
        self.pause() if self.playing else self.play()

    def _stopped(self, message: str):
        self.pause()
        self.sigStatus.emit(message)

    def step_once(self):
        """One step by hand (pauses a running animation). Rewound, it shows the next
        computed step instead, so Right walks forward through a replay; at the live end it
        computes one."""
        self.pause()
        if self.model.rewound:
            self.show_step(self.model.shown_step + 1)
        else:
            self.advance(1)

    def advance(self, n: int) -> int:
        """Step every racing lane ``n`` times (up to the step limit), redraw once."""
        taken = self.model.advance(n)
        self.pacer.measured(taken, self.model.step_seconds)  # views redrew inside: not the engine's cost
        return taken

    def show_step(self, step: int | None):
        """Show the race as it was at ``step`` (clamped to what was computed): looking back
        pauses; None or the live end follows the race again."""
        if self.model.clamp_shown(step) is not None:
            self.pause()
        self.model.show_step(step)

    def load_setup(self, setup) -> bool:
        """The model's :meth:`RaceModel.load_setup`, paused."""
        self.pause()
        return self.model.load_setup(setup)

    def set_halts(self, steps: Iterable[int]):
        """Steps playback never runs past within one tick (a scenario's step pause points):
        at many steps a tick the race stopped a tick later and showed the step rewound, the
        timeline reading "step 45 of 46 (rewound)" while the status bar said step 46."""
        self._halts = tuple(sorted({int(s) for s in steps}))

    def _on_timer(self):
        now = time.perf_counter()
        n = self.pacer.tick(now, self.timer.interval() / 1000.0)
        if n:
            t = self.model.t
            ahead = next((h for h in self._halts if h > t), None)
            self.advance(n if ahead is None else min(n, ahead - t))
        self.pacer.reached(now, self.model.t)

    # -- pacing, read by the status bar and the tests ------------------------------------
    def steps_due(self, elapsed: float) -> int:
        return self.pacer.steps_due(elapsed)

    def steps_affordable(self, n: int) -> int:
        return self.pacer.steps_affordable(n)

    @property
    def step_budget(self) -> float:
        return self.pacer.step_budget

    @property
    def engine_limited(self) -> bool:
        return self.pacer.engine_limited

    @property
    def achieved_speed(self) -> float:
        """Steps per second over the last second of playing (0 when paused)."""
        return self.pacer.achieved_speed() if self.playing else 0.0


def _reader(name):
    return property(lambda self: getattr(self.model, name), doc=f"The race model's ``{name}``.")


def _caller(name):
    def call(self, *args, **kwargs):
        return getattr(self.model, name)(*args, **kwargs)
    call.__name__ = name
    call.__doc__ = getattr(RaceModel, name).__doc__
    return call


for _name in _READ:
    setattr(Controller, _name, _reader(_name))
for _name in _CALL:
    setattr(Controller, _name, _caller(_name))
