"""Long runs, compressed for CI: 20 minutes at the top speed with 10 optimizers, scaled
down 200 times, in the real window. The full-size run is tests/benchmarks/soak.py (real
QTimer, 2,000 steps/s, as many minutes as asked, a table of memory and frame times).

The real thing is 2,000 steps/s x 1,200 s = 2.4 M steps per lane, 10 lanes, a step limit
of 1,000,000 (a new race every 8 min 20 s), histories capped at 100,000 rows (full after
50 s, then thinned over and over), 60 frames a second of ~33 steps each. At ~14 us per
lane-step (~25 us with the window's records) that is 6 to 10 minutes of engine time alone,
so here everything that sets the size of what is kept is divided by 200 and the run keeps
its shape (histories full early, then thinned over and over; races ending at the limit):

    steps per lane   2,400,000 -> 12,000        history cap  100,000 -> 500
    step limit       1,000,000 -> 5,000 (2.4 races, as in the real run)
    frames           72,000 of ~33 steps -> 300 of 40 steps, each one redrawn and painted

What it checks is what would go wrong over 20 minutes: memory that grows (measured as
resident memory after the warm-up and at the end, and as the count of live Python
objects), and frames that get slower (CPU time of each frame, the controller's advance
plus every view's update and paint: the median of the last 20% against the first 20%
after the warm-up; CPU time, not wall time, so other processes on a shared machine do
not move it).
"""
from __future__ import annotations

import gc
import statistics
import time

import numpy as np
import psutil
from PySide6 import QtWidgets

from engine.history import History

from reliability_helpers import drawn_problems, lanes_problems

TEN = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "nadam", "radam", "adamax")
SCALE = 200
CAP = 100_000 // SCALE
LIMIT = 1_000_000 // SCALE
STEPS = 2_400_000 // SCALE
PER_FRAME = 40
WARMUP = 0.1  # of the frames: every history is at its cap long before
GROWTH_LIMIT_MB = 50
CREEP_LIMIT = 1.5
MB = 1024 * 1024


def test_twenty_minutes_at_top_speed_compressed(qtbot):
    from desktop_app.model.controller import Controller
    from desktop_app.window.main_window import MainWindow

    ctrl = Controller(surface="rosenbrock", optimizers=TEN)
    window = MainWindow(ctrl)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert [e.name for e in ctrl.active] == list(TEN)
    for e in ctrl.active:
        ctrl.set_hyperparams(e.key, noise=0.05)  # noisy gradients: nobody stops early
        e.lane.history = History(CAP)
        e.lane.restart()
    ctrl.run.history_cap = CAP
    ctrl.set_speed(2000)
    ctrl.set_step_limit(LIMIT)
    ctrl.reset()
    proc = psutil.Process()
    app = QtWidgets.QApplication.instance()
    frames = STEPS // PER_FRAME
    cpu, rss, objects = [], {}, {}
    steps, races = 0, 1
    warm = int(WARMUP * frames)
    for f in range(frames):
        if ctrl.t >= LIMIT or not ctrl.run.running:  # a new race, as Space would start it
            ctrl.reset()
            races += 1
        t0 = time.process_time()
        steps += ctrl.advance(PER_FRAME)
        app.processEvents()  # every view repaints, as after a timer tick
        cpu.append(time.process_time() - t0)
        if f == warm:
            gc.collect()
            rss["warm"], objects["warm"] = proc.memory_info().rss, len(gc.get_objects())
    gc.collect()
    rss["end"], objects["end"] = proc.memory_info().rss, len(gc.get_objects())

    assert steps == STEPS and races >= 2
    assert all(e.lane.history.size <= CAP for e in ctrl.active)
    assert not lanes_problems(ctrl) and not drawn_problems(window)
    growth = (rss["end"] - rss["warm"]) / MB
    after = cpu[warm:]
    fifth = len(after) // 5
    early, late = statistics.median(after[:fifth]), statistics.median(after[-fifth:])
    print(f"\nsoak (1/{SCALE} of 20 min at 2,000 steps/s, 10 lanes): {steps:,} steps per lane, {races} races, "
          f"{frames} frames; memory {rss['warm'] / MB:.1f} -> {rss['end'] / MB:.1f} MB ({growth:+.1f} MB), "
          f"Python objects {objects['warm']:,} -> {objects['end']:,}; frame CPU time median "
          f"{1e3 * early:.2f} ms early, {1e3 * late:.2f} ms late (x{late / early:.2f})")
    assert growth <= GROWTH_LIMIT_MB
    assert objects["end"] - objects["warm"] < 2_000  # nothing kept per frame or per step
    assert late <= CREEP_LIMIT * early
    assert np.all(np.isfinite(cpu))
