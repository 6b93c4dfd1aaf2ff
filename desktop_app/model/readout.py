"""The readout: the one step every number on screen is read at.

The race table, the timeline's label, the map's legend and the update-rule panel print
numbers; while the race plays they repaint about ten times a second (nobody reads digits
at 60 Hz, and a table repaint costs a frame's budget). Each used to throttle on its own
clock and read the live race when its turn came, so the class saw 298 / 301 / 297→298 at
once. Now the race model owns one readout: ``step`` is the race's shown step at the last
readout, every text view refreshes on ``sigChanged`` and reads ``step`` (and a lane's row
at it), so they always agree, paused or playing.

    readout = Readout(race)
    readout.sigChanged.connect(view.refresh)
    readout.throttled = True     # the animator plays: at most one readout per INTERVAL_S
    readout.stepped()            # after a step: a readout when due
    readout.take()               # anything else (pause, reset, scrub, focus): a readout now

Qt-free (model/events.py), so the offscreen recorder and plain pytest use it too.
"""
from __future__ import annotations

import math
import time

from desktop_app.model.events import Event

INTERVAL_S = 0.1


class Readout:
    def __init__(self, race, clock=time.perf_counter):
        self.race = race
        self.clock = clock
        self.sigChanged = Event()
        self.step = 0
        self.throttled = False
        self._last = -math.inf

    def take(self, *_):
        """Read the race now: ``step`` becomes its shown step; the text views refresh."""
        self.step = int(self.race.shown_step)
        self._last = self.clock()
        self.sigChanged.emit()

    def stepped(self):
        """The race stepped: a readout unless one was taken less than INTERVAL_S ago
        while throttled (playing)."""
        if not self.throttled or self.clock() - self._last >= INTERVAL_S:
            self.take()

    def set_throttled(self, on: bool):
        """Playing (on) or paused (off: a readout at once, so the paused race's numbers
        are its last step's)."""
        self.throttled = bool(on)
        if not on:
            self.take()
