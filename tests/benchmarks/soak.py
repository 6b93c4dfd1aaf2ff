"""Soak: the real window racing at top speed for minutes, measured as it goes.

    .venv/bin/python tests/benchmarks/soak.py --minutes 20            # the issue's 20 minutes
    .venv/bin/python tests/benchmarks/soak.py --minutes 3 --overlays  # every overlay drawn too

The app as a lecturer leaves it running: 10 optimizers (noisy gradients, so nobody stops
early) at 2,000 steps per second, the step limit at its maximum (1,000,000: a race lasts
8 min 20 s, then a new one starts, as pressing Space would), the real QTimer and event
loop, a 1600x1000 window on Qt's offscreen platform. Every ``--sample`` seconds a row:
resident memory, frames per second (canvas paints), steps per second achieved, the CPU
time of a timer tick (median) split into the engine's steps and the views' updates (CPU
time, so other processes on a shared machine do not move it), the race's step, the
history rows kept and the number of live Python objects.

The engine's share of a tick is what the controller's adaptive budget leaves after
drawing (it fills the frame), so frames that get slower show as fewer steps per second
and more view time, not as longer ticks. At the end: memory growth after the warm-up
(the first minute: histories fill to their cap of 100,000 rows at 50 s), and in the first
20% after the warm-up against the last 20%: the views' CPU time per tick, the frame
interval and the steps per second. Exit status 1 if memory grew by more than 50 MB or
the views' time per tick crept by more than 1.5x.

Not a timed test (the machine may be shared): run it by hand, read the table.
"""
from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPTIMIZER_PLAYGROUND_SETTINGS", str(Path(tempfile.mkdtemp()) / "soak.ini"))

import psutil  # noqa: E402
from PySide6 import QtCore  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.app import make_app  # noqa: E402
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.model.race import STEP_LIMIT_RANGE  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402

TEN = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "nadam", "radam", "adamax")
MB = 1024 * 1024
GROWTH_LIMIT_MB = 50
CREEP_LIMIT = 1.5


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=20.0, help="how long to race (default 20)")
    p.add_argument("--sample", type=float, default=10.0, help="seconds between rows (default 10)")
    p.add_argument("--warmup", type=float, default=60.0, help="seconds before memory is compared (default 60)")
    p.add_argument("--surface", default="rosenbrock")
    p.add_argument("--noise", type=float, default=0.05, help="gradient noise on every lane (default 0.05)")
    p.add_argument("--speed", type=float, default=2000.0, help="steps per second (default 2000, the top)")
    p.add_argument("--overlays", action="store_true", help="draw every overlay for the focused lane")
    return p.parse_args(argv)


class Soak(QtCore.QObject):
    def __init__(self, app, args):
        super().__init__()
        self.app, self.args = app, args
        self.proc = psutil.Process()
        self.ctrl = ctrl = Controller(surface=args.surface, optimizers=TEN)
        ctrl.set_step_limit(STEP_LIMIT_RANGE[1])
        for e in ctrl.active:
            ctrl.set_hyperparams(e.key, noise=args.noise)
        self.win = win = MainWindow(ctrl)
        win.resize(1600, 1000)
        win.show()
        if args.overlays:
            win.feature("overlays").overlays.set_only([name for name in win.feature("overlays").actions])
        app.processEvents()
        ctrl.set_speed(args.speed)
        # Only the current sample's measurements are kept (a list per frame for 20 minutes
        # would itself grow the memory this measures by ~10 MB).
        self.paints, self.last_paint = 0, None
        self.gaps: list[float] = []                   # frame intervals in this sample
        self.ticks: list[tuple[float, float]] = []    # (tick CPU s, engine CPU s) in this sample
        self._engine_cpu = 0.0
        self.races = 1
        self.rows: list[dict] = []
        win.canvas.viewport().installEventFilter(self)
        self._tick = ctrl._on_timer
        run_step = ctrl.run.step

        def timed_step(k):
            c0 = time.thread_time()
            try:
                return run_step(k)
            finally:
                self._engine_cpu += time.thread_time() - c0

        ctrl.run.step = timed_step
        ctrl.timer.timeout.disconnect(ctrl._on_timer)
        ctrl.timer.timeout.connect(self._timed_tick)
        ctrl.sigPlayingChanged.connect(self._playing_changed)
        self.sampler = QtCore.QTimer(self)
        self.sampler.timeout.connect(self.sample)
        self.t0 = time.perf_counter()
        self.last = (self.t0, 0, 0)  # time, paints, steps so far
        self.steps_before = 0  # steps of the races that ended
        self.end = self.t0 + 60 * args.minutes

    def eventFilter(self, obj, ev):
        if ev.type() == QtCore.QEvent.Type.Paint:
            now = time.perf_counter()
            if self.last_paint is not None:
                self.gaps.append(now - self.last_paint)
            self.paints, self.last_paint = self.paints + 1, now
        return False

    def _timed_tick(self):
        t0, c0 = time.perf_counter(), time.thread_time()
        self._engine_cpu = 0.0
        self._tick()
        self.ticks.append((time.thread_time() - c0, self._engine_cpu))  # CPU: a busy machine does not move it

    def _playing_changed(self, playing):
        if not playing and time.perf_counter() < self.end:  # the race ended: a new one, as Space would
            self.steps_before += self.ctrl.t
            self.races += 1
            QtCore.QTimer.singleShot(0, self.ctrl.play)

    def start(self):
        self.ctrl.play()
        self.sampler.start(int(1000 * self.args.sample))
        print(f"soak: {self.args.minutes:g} min, {len(TEN)} optimizers on {self.args.surface}, "
              f"{self.args.speed:g} steps/s, noise {self.args.noise:g}, overlays {'on' if self.args.overlays else 'off'}, "
              f"{os.environ['QT_QPA_PLATFORM']}, {os.cpu_count()} cores", flush=True)
        print(f"{'time s':>7} {'RSS MB':>8} {'fps':>6} {'steps/s':>8} {'tick ms':>8} {'engine':>7} {'views':>6} "
              f"{'race':>5} {'step':>9} {'rows':>8} {'objects':>9}", flush=True)

    def sample(self):
        now = time.perf_counter()
        t_prev, paints_prev, steps_prev = self.last
        steps = self.steps_before + self.ctrl.t
        paints = self.paints
        window_ticks = self.ticks or [(float("nan"), float("nan"))]
        gaps = self.gaps or [float("nan")]
        self.ticks, self.gaps = [], []
        rows = sum(e.lane.history.size for e in self.ctrl.active)
        row = dict(time=now - self.t0, rss=self.proc.memory_info().rss / MB,
                   fps=(paints - paints_prev) / (now - t_prev), speed=(steps - steps_prev) / (now - t_prev),
                   tick=1e3 * statistics.median(d for d, _ in window_ticks),
                   engine=1e3 * statistics.median(e for _, e in window_ticks),
                   views=1e3 * statistics.median(d - e for d, e in window_ticks),
                   gap=1e3 * statistics.median(gaps),
                   race=self.races, step=self.ctrl.t, rows=rows, objects=len(gc.get_objects()))
        self.rows.append(row)
        self.last = (now, paints, steps)
        print(f"{row['time']:7.0f} {row['rss']:8.1f} {row['fps']:6.1f} {row['speed']:8.0f} {row['tick']:8.2f} "
              f"{row['engine']:7.2f} {row['views']:6.2f} {row['race']:5d} {row['step']:9,d} {row['rows']:8,d} "
              f"{row['objects']:9,d}", flush=True)
        if now >= self.end:
            self.sampler.stop()
            self.ctrl.pause()
            self.app.quit()

    def summary(self) -> int:
        warm = [r for r in self.rows if r["time"] >= self.args.warmup]
        if len(warm) < 2:
            print("too short for a summary (raise --minutes or lower --warmup)")
            return 0
        growth = warm[-1]["rss"] - warm[0]["rss"]
        k = max(1, len(warm) // 5)

        def early_late(name):
            return (statistics.median(r[name] for r in warm[:k]), statistics.median(r[name] for r in warm[-k:]))

        early, late = early_late("views")
        speed_early, speed_late = early_late("speed")
        gap_early, gap_late = early_late("gap")
        total = self.steps_before + self.ctrl.t
        elapsed = self.rows[-1]["time"]
        print()
        print(f"ran {elapsed / 60:.1f} min: {total:,} steps per lane x {len(TEN)} lanes "
              f"({total / elapsed:,.0f} steps/s), {self.paints:,} frames ({self.paints / elapsed:.1f} fps), "
              f"{self.races} races")
        print(f"memory: {warm[0]['rss']:.1f} MB after the {self.args.warmup:g} s warm-up, {warm[-1]['rss']:.1f} MB at "
              f"the end: {growth:+.1f} MB (limit +{GROWTH_LIMIT_MB} MB); peak {max(r['rss'] for r in self.rows):.1f} MB")
        print(f"python objects: {warm[0]['objects']:,} after the warm-up, {warm[-1]['objects']:,} at the end")
        print(f"views' CPU time per tick, median: first 20% {early:.2f} ms, last 20% {late:.2f} ms "
              f"(x{late / early:.2f}, limit x{CREEP_LIMIT})")
        print(f"steps per second: first 20% {speed_early:,.0f}, last 20% {speed_late:,.0f}")
        print(f"frame interval, median: first 20% {gap_early:.2f} ms, last 20% {gap_late:.2f} ms "
              f"(x{gap_late / gap_early:.2f})")
        ok = growth <= GROWTH_LIMIT_MB and late <= CREEP_LIMIT * early
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1


def main(argv=None) -> int:
    args = parse_args(argv)
    app = make_app()  # as the app starts: its font, style sheet, cycles collected between events
    soak = Soak(app, args)
    soak.start()
    app.exec()
    code = soak.summary()
    sys.stdout.flush()
    os._exit(code)  # skip Qt/pyqtgraph teardown order issues at interpreter exit


if __name__ == "__main__":
    main()
