"""Pause points: a scenario stops playback at the moments it is about (model/pauses.py has
the schema), marks them on the timeline, and says why in the status bar; Space goes on.

A pause point fires once per race (Reset, a new start or a new setup re-arm it). Playback
never runs past a step pause point within one tick (the controller's halts), so it stops
exactly there; a condition (a loss, a place) may be met a few steps inside a tick at high
speed: playback then shows the exact step (the timeline's rewind), and Space races on from
the live end.
"""
from __future__ import annotations

from PySide6 import QtCore

from desktop_app.features.base import Feature
from desktop_app.model import pauses as model
from desktop_app.model.data_text import shown
from engine.setup import SetupError


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("PausePoints", text)


class PausePoints(Feature):
    name = "pauses"
    has_view_state = True   # a saved setup keeps its pause points

    def install(self, api):
        self.api = api
        self.ctrl = ctrl = api.controller
        self.points: list[model.PausePoint] = []
        self.fired: dict[int, int] = {}   # index of a pause point -> the step it stopped at
        self.checked = 0                   # steps up to here were looked at
        ctrl.sigStepped.connect(self._stepped)
        ctrl.sigReset.connect(self._rearm)
        ctrl.sigSetupLoaded.connect(self._setup_loaded)

    # -- a setup's view state -------------------------------------------------------------
    def view_state(self):
        return [p.to_dict() for p in self.points] or None

    @classmethod
    def check_view_state(cls, state, where: str) -> None:
        model.parse(state, where)

    def restore(self, state, view: dict) -> None:
        self.set_points(model.parse(state) if state is not None else [])

    def _setup_loaded(self, setup):
        """Scenarios load through the controller: their pause points come with them."""
        try:
            points = model.parse(setup.view.get("pauses"))
        except SetupError as err:
            self.api.status(_tr("Pause points ignored: {0}").format(str(err)))
            points = []
        self.set_points(points)

    def set_points(self, points) -> None:
        lanes = len(self.ctrl.active)
        bad = [i for i, p in enumerate(points) if p.lane is not None and p.lane >= lanes]
        if bad:
            self.api.status(_tr("view.pauses[{0}].lane: no lane {1} (the race has {2}); that pause "
                                    "point is ignored").format(bad[0], points[bad[0]].lane, lanes))
        self.points = [p for i, p in enumerate(points) if i not in bad]
        self._rearm()

    # -- playback -------------------------------------------------------------------------
    def _rearm(self):
        self.fired = {}
        self.checked = self.ctrl.t
        self._show_marks()

    def _set_halts(self):
        self.ctrl.set_halts(p.step for i, p in enumerate(self.points) if p.kind == "step" and i not in self.fired)

    def _stepped(self):
        t = self.ctrl.t
        if t < self.checked:            # the race restarted without a reset signal
            self._rearm()
            return
        if t == self.checked or not self.points:
            self.checked = t
            return
        hits = [(step, i) for i, p in enumerate(self.points) if i not in self.fired
                for step in [self._first_hit(p, self.checked, t)] if step is not None]
        self.checked = t
        if not hits:
            return
        step, i = min(hits)
        self.fired[i] = step
        self._show_marks()
        if not self.ctrl.playing:       # stepping by hand (Right) or a script: nothing to stop
            return
        self.ctrl.pause()
        if step < t:
            self.ctrl.show_step(step)   # the exact moment, though the tick ran past it
        note = shown(self.points[i].note, "scenario")   # data text: the user's language if the catalog has it
        # "Space goes on" first: a long note is cut at the right by the status bar's step counter
        text = _tr("Paused at step {0} (Space goes on)").format(step)
        if note:
            text = _tr("{0}: {1}").format(text, note)
        self.api.status(text, 15000)

    def _first_hit(self, point, after, upto):
        if point.kind == "step":
            return model.first_hit(point, after, upto)
        entry = self.ctrl.active[point.lane] if point.lane < len(self.ctrl.active) else None
        if entry is None or entry.lane is None:
            return None
        h = entry.lane.history
        return model.first_hit(point, after, upto, h.view("steps"), h.view("points"), h.view("values"),
                               self.ctrl.surface)

    def marks(self) -> list[int]:
        """Where the timeline marks pause points: each fired one at its step, each step
        pause not reached yet at its step (conditions are marked once they happen)."""
        steps = set(self.fired.values())
        steps |= {p.step for i, p in enumerate(self.points) if p.kind == "step" and i not in self.fired}
        return sorted(steps)

    def _show_marks(self):
        self._set_halts()  # the marks and the halts change together
        timeline = self.api.feature("timeline")
        if timeline is None or not hasattr(timeline, "timeline"):
            return
        described = []
        for i, p in enumerate(self.points):
            if p.kind == "step":
                what = _tr("step {0}").format(p.step)
            elif p.kind == "loss_below":
                what = _tr("lane {0}'s loss below {1:g}").format(p.lane, p.loss_below)
            else:
                where = p.near if isinstance(p.near, str) else "({0:g}, {1:g})".format(*p.near)
                what = _tr("lane {0} within {1:g} of {2}").format(p.lane, p.within, where)
            described.append(what + (f" ({p.note})" if p.note else ""))
        tip = _tr("Pause points: {0}").format("; ".join(described)) if described else ""
        timeline.timeline.set_marks(self.marks(), tip)

    def shutdown(self):
        self.ctrl.set_halts(())
        for sig, slot in ((self.ctrl.sigStepped, self._stepped), (self.ctrl.sigReset, self._rearm),
                          (self.ctrl.sigSetupLoaded, self._setup_loaded)):
            try:
                sig.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
