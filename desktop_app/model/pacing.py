"""How many steps each tick of the playback clock takes, without Qt.

The clock ticks about every 16 ms. A tick owes ``speed * elapsed`` steps (fractions carry
over, so 1 step/s works); the engine may spend at most the *step budget* per tick. The
budget follows the frame rate itself: while ticks come on time it grows by 5%, while they
come late (the median of the last five: drawing and stepping no longer fit in a frame) it
shrinks by 30%. Past
the budget the engine, not the timer, sets the pace and the excess is dropped, so frames
stay smooth. (It used to be a frame minus the time between ticks not spent stepping, which
counted the idle wait as drawing and held the engine to the 2 ms floor.)

    pacer = Pacer(lambda: 500.0)
    n = pacer.tick(now, interval)       # steps to take now
    pacer.measured(taken, seconds)      # what they cost
"""
from __future__ import annotations

import statistics
from typing import Callable

TICK_MS = 16
MAX_TICK_DEBT_S = 0.05  # a slow tick never queues up more than 50 ms worth of steps
STEP_BUDGET_RANGE_S = (0.002, 0.012)  # engine time per tick, adapted to what drawing leaves
LATE = 1.1  # ticks this much later than the timer's interval: the frames are slipping
LATE_WINDOW = 5  # ticks whose median lateness decides (a single late tick is jitter)


class Pacer:
    def __init__(self, speed: Callable[[], float]):
        self._speed = speed
        self.step_cost: float | None = None  # seconds per run step (all lanes), smoothed
        self.step_time = 0.0  # engine time of the last tick
        # engine time a tick may use: starts mid-range (from the floor, 2,000 steps/s took ~0.3 s
        # of 5% steps to reach its ~4.5 ms), grows while frames keep up, shrinks when they slip
        self.budget = 0.5 * STEP_BUDGET_RANGE_S[1]
        self.engine_limited = False
        self.restart()

    def restart(self) -> None:
        """Play starts: nothing owed, no tick seen yet, no speed measured."""
        self.debt = 0.0
        self.recent: list[float] = []  # the last ticks' elapsed / interval
        self.last_tick: float | None = None
        self.window: list[tuple[float, int]] = []

    def steps_due(self, elapsed: float) -> int:
        """Steps owed after ``elapsed`` seconds at the current speed. Fractions carry over
        (1 step/s works); a slow tick is not made up for beyond MAX_TICK_DEBT_S."""
        self.debt += self._speed() * min(max(elapsed, 0.0), MAX_TICK_DEBT_S)
        n = int(self.debt)
        self.debt -= n
        return n

    @property
    def step_budget(self) -> float:
        """Engine time a tick may use, within STEP_BUDGET_RANGE_S."""
        return self.budget

    def keep_up(self, elapsed: float, interval: float) -> None:
        """A tick came ``elapsed`` after the last one, the timer asking for ``interval``.
        Judged on the median of the last LATE_WINDOW ticks: while they come on time the
        engine may take a little more, while they come late much less. One late tick is the
        shared machine's jitter, not the frames slipping: cutting the budget for each one
        dropped ~10% of the steps at 2,000 steps/s with most of every frame idle."""
        lo, hi = STEP_BUDGET_RANGE_S
        self.recent = (self.recent + [elapsed / interval])[-LATE_WINDOW:]
        if statistics.median(self.recent) > LATE:
            self.budget = max(lo, self.budget * 0.7)
        else:
            self.budget = min(hi, self.budget * 1.05)

    def steps_affordable(self, n: int) -> int:
        """At most what fits in the step budget at the measured cost per step."""
        budget = self.step_budget
        if self.step_cost is None or n * self.step_cost <= budget:
            self.engine_limited = False
            return n
        self.engine_limited = True
        self.debt = 0.0
        return max(1, int(budget / self.step_cost))

    def tick(self, now: float, interval: float) -> int:
        """A tick of the clock at time ``now`` (seconds); ``interval`` is the nominal
        period, used for the first tick. Returns the steps to take."""
        elapsed = interval if self.last_tick is None else now - self.last_tick
        if self.last_tick is not None:
            self.keep_up(elapsed, interval)
        self.last_tick = now
        self.step_time = 0.0
        return self.steps_affordable(self.steps_due(elapsed))

    def measured(self, taken: int, seconds: float) -> None:
        """``taken`` steps of the run took ``seconds`` of engine time."""
        self.step_time = seconds
        if taken:
            cost = seconds / taken
            self.step_cost = cost if self.step_cost is None else 0.8 * self.step_cost + 0.2 * cost

    def reached(self, now: float, t: int) -> None:
        """The race stood at step ``t`` at the end of the tick at ``now``."""
        self.window = [(s, k) for s, k in self.window if now - s < 1.0] + [(now, t)]

    def achieved_speed(self) -> float:
        """Steps per second over the last second of ticks."""
        w = self.window
        if len(w) < 2 or w[-1][0] <= w[0][0]:
            return 0.0
        return max(0, w[-1][1] - w[0][1]) / (w[-1][0] - w[0][0])
