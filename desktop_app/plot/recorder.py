"""Frames of a race, drawn by the window's own ContourCanvas on a canvas nobody sees.

The window's recordings and the headless renderer both come through here, so a GIF looks
like the app. A :class:`RaceRecorder` owns a never-shown canvas of the output size and a
source of trails: a fresh engine Run that it steps itself (``Setup.build_run``), or the
histories of a race already computed (:class:`Replay`). A :class:`Recording` feeds its
frames to a :class:`~desktop_app.model.media.VideoWriter` on a worker thread: Qt draws on the
GUI thread, the encoder (imageio, Qt-free; Pillow builds a whole GIF only on close) works
on its own, and a cancel at any point leaves no file.

    recorder = RaceRecorder(setup, size=(800, 600))
    plan = plan_frames(setup.steps, fps=20)
    job = Recording(recorder, plan, "race.gif")
    while job.render_next():          # the window calls this from a QTimer instead
        pass
    job.finish(); job.wait()
"""
from __future__ import annotations

import math
import queue
import threading
import time
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.geometry import palette
from desktop_app.model.media import VideoWriter
from desktop_app.plot.canvas import ContourCanvas, LaneStyle

HOLD_S = 1.0  # the last frame stays this long, so a looping GIF pauses on the result
DURATION_RANGE_S = (2.0, 10.0)
SIZE_RANGE = (64, 4096)
QUEUE_FRAMES = 8  # frames waiting for the encoder: bounds memory when encoding lags
SLICE_S = 0.004  # engine time per slice when many steps lie between two frames


# -- what to draw when ---------------------------------------------------------------------
@dataclass(frozen=True)
class FramePlan:
    """Frames at steps 0, every, 2*every, ..., steps, then ``hold`` copies of the last."""

    steps: int
    every: int
    fps: float
    hold: int = 0

    @property
    def frame_steps(self) -> list[int]:
        out = list(range(0, self.steps, self.every)) + [self.steps]
        return out + [self.steps] * self.hold

    @property
    def count(self) -> int:
        return math.ceil(self.steps / self.every) + 1 + self.hold

    @property
    def distinct(self) -> int:
        """Frames that differ (each shows its step); a GIF merges the held copies."""
        return self.count - self.hold

    @property
    def seconds(self) -> float:
        return self.count / self.fps


def default_duration(steps: int) -> float:
    """Seconds of film for ``steps`` steps: 50 steps a second, 2 to 10 seconds."""
    lo, hi = DURATION_RANGE_S
    return min(hi, max(lo, steps / 50))


def plan_frames(steps: int, fps: float, duration: float | None = None, hold_s: float = HOLD_S) -> FramePlan:
    """One frame per K steps, so that ``steps`` steps last about ``duration`` seconds."""
    steps = max(0, int(steps))
    duration = default_duration(steps) if duration is None else float(duration)
    every = max(1, math.ceil(steps / max(1.0, duration * fps)))
    return FramePlan(steps, every, float(fps), round(hold_s * fps))


# -- pixels ----------------------------------------------------------------------------------
def image_to_array(image: QtGui.QImage) -> np.ndarray:
    """(h, w, 3) uint8 copy of a QImage."""
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=h * stride).reshape(h, stride)
    return rows[:, : w * 3].reshape(h, w, 3).copy()


def render_widget(widget: QtWidgets.QWidget) -> np.ndarray:
    """The widget drawn into an image of its own size (device-independent: 1 px = 1 px)."""
    image = QtGui.QImage(widget.size(), QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    try:
        widget.render(painter)
    finally:
        painter.end()
    return image_to_array(image)


def offscreen_canvas(size: tuple[int, int], font_size: int = 11) -> ContourCanvas:
    """A ContourCanvas that is laid out like a shown one but never appears on screen."""
    canvas = ContourCanvas(font_size=font_size)
    canvas.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    canvas.resize(*size)
    canvas.show()
    return canvas


TITLE_MIN_WIDTH = 400  # narrower, a caption is unreadable (7 pt) and runs under the step counter
LEGEND_BAND_MIN_WIDTH = 480  # narrower, the overlays' legend (3+ lines under the map) goes: at
                             # 320x240 its band took 60 px and the map shrank under the lanes' legend


def set_title(canvas: ContourCanvas, text: str, width: int, scale: float = 1.0) -> None:
    """The scenario's caption in the plot's title row, above the map: outside the plot area,
    so it never covers the race, and the same in every frame (a GIF stores it once).
    ``scale``: a PNG exported at that many times the screen size (text is not enlarged)."""
    import html

    points = max(7.0, min(11.0, 1.6 * width / max(1, len(text))))  # 80 characters fit 800 px
    canvas.plot.setTitle(html.escape(text), color="k", size=f"{points * scale:.1f}pt")


def add_legend(canvas: ContourCanvas, styles, corner: str = "bottom-right", scale: float = 1.0) -> pg.LegendItem:
    """A legend (colour, marker, label per lane) in a corner of the plot: bottom right in
    the window (captions sit top left, the overlays' legend bottom left), top right in a
    recording (only the step counter is top left there). ``scale``: an export at that many
    times the screen size, whose axes and markers pyqtgraph enlarges but not a legend's text."""
    offset = (-10, -10) if corner == "bottom-right" else (-10, 10)
    legend = pg.LegendItem(offset=offset, labelTextColor="k", pen=pg.mkPen(0, 0, 0, 90),
                           brush=pg.mkBrush(255, 255, 255, 215), labelTextSize=f"{10 * scale:g}pt",
                           horSpacing=5 * scale)
    legend.setParentItem(canvas.plot.vb)
    legend.setZValue(1000)
    for style in styles:
        # One point of data: the legend draws the symbol from the item's scatter, set with data.
        sample = pg.PlotDataItem([0.0], [0.0], pen=pg.mkPen(style.colour, width=2 * scale), symbol="o",
                                 symbolSize=10 * scale, symbolBrush=pg.mkBrush(style.colour),
                                 symbolPen=pg.mkPen("w", width=scale))
        legend.addItem(sample, QtCore.QCoreApplication.translate("scenario", style.label) if style.label else str(style.key))
    # Anchored when empty (setParentItem): again at its full size. pyqtgraph's ImageExporter at
    # ``scale`` times the screen multiplies positions by ``scale`` but paints this item at its
    # own size (measured: a 2x PNG showed the 1x legend): the corner of an item of size s must
    # then sit s (1 - 1/scale) further out for the drawn box to keep to the plot's corner.
    legend.updateSize()
    inward = 1.0 / scale
    legend.anchor(itemPos=(inward, inward if corner == "bottom-right" else 0.0),
                  parentPos=(1, 1) if corner == "bottom-right" else (1, 0), offset=offset)
    return legend


def remove_legend(legend: pg.LegendItem) -> None:
    scene = legend.scene()  # (LegendItem.setParentItem(None) raises: it re-anchors)
    if scene is not None:
        scene.removeItem(legend)


# -- where the trails come from ----------------------------------------------------------------
@dataclass
class ReplayLane:
    """A copy of one lane's history: what a recording of an already computed race replays."""

    key: int
    steps: np.ndarray
    points: np.ndarray
    status: str
    status_step: int

    @classmethod
    def of(cls, key, lane) -> "ReplayLane":
        h = lane.history
        return cls(key, h.view("steps").copy(), h.view("points").copy(), lane.status, lane.status_step)

    def state_at(self, step: int) -> tuple:
        n = max(1, int(np.searchsorted(self.steps, step, side="right")))
        stopped = self.status != "running" and 0 <= self.status_step <= step
        return self.key, self.points[:n], self.status if stopped else "running"


class RaceRecorder:
    """Draws a race at chosen steps on an offscreen ContourCanvas of ``size`` pixels.

    setup: an engine Setup (surface, start, lanes, colours; ``view["range"]``, the focused
        lane and ``view["overlays"]`` if set).
    A fresh race runs in a race model (the window's own race logic, without a clock), so
    the overlays module can explain the focused optimizer's steps as it does in the window.
    surface/field: reuse what the window already built (formula surfaces are slow to make).
    replay: ReplayLane per lane of ``setup.lanes`` to draw recorded trails instead (no overlays).
    """

    def __init__(self, setup, size=(800, 600), *, surface=None, field=None, log=None,
                 replay: list[ReplayLane] | None = None, legend: bool = True, caption: bool = True,
                 overlays: bool = True, title: bool = True):
        from desktop_app.model.race import RaceModel

        self.setup = setup
        self.replay = replay
        self.show_caption = caption  # the step counter (top left)
        self.shown_step: int | None = None  # the step the last frame drew (what a caller reports)
        self.canvas = offscreen_canvas(size)
        self.ctrl = self.overlays = None
        self._slice = 16  # steps per engine slice, adapted to SLICE_S
        if replay is None:
            self.ctrl = RaceModel()
            if overlays and setup.view.get("overlays"):
                from desktop_app.plot.overlays import Overlays  # switched on by the setup as it loads

                self.overlays = Overlays(self.canvas, self.ctrl)
                self.overlays.legend_step = False  # the film's own counter says it
                if size[0] < LEGEND_BAND_MIN_WIDTH:  # its band would take a quarter of a small film
                    self.canvas.legend_band.hold(None)
                    self.canvas.scene().removeItem(self.overlays.legend)  # drawn nowhere
            if not self.ctrl.load_setup(setup):
                raise ValueError(f"Cannot set up the race of {setup.title or 'this setup'}")
            self.surface = self.ctrl.surface
            self.styles = [LaneStyle(e.key, e.colour, e.label) for e in self.ctrl.active]
        else:
            self.surface = surface if surface is not None else setup.build_surface()
            self.styles = [LaneStyle(i, lane.color or palette.colour(i), lane.label or lane.optimizer)
                           for i, lane in enumerate(setup.lanes)]
        if log is None:
            log = setup.view.get("log_levels")
        self.canvas.set_surface(self.surface, log=log, fit=True, field=field)
        self.canvas.set_lanes(self.styles)
        self.canvas.set_start(*setup.start)
        if title and (setup.caption or "").strip() and size[0] >= TITLE_MIN_WIDTH:
            set_title(self.canvas, QtCore.QCoreApplication.translate("scenario", setup.caption), size[0])
        self.legend = add_legend(self.canvas, self.styles, "top-right") if legend and self.styles else None
        view_range = setup.view.get("range")
        if view_range is not None:
            (x0, x1), (y0, y1) = view_range
            self.canvas.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        QtWidgets.QApplication.processEvents()  # lay the plot out at its size before drawing

    @property
    def run(self):
        return self.ctrl.run if self.ctrl is not None else None

    @property
    def size(self) -> tuple[int, int]:
        return self.canvas.width(), self.canvas.height()

    def advance_toward(self, step: int, until: float) -> bool:
        """Step the race toward ``step`` in slices of a few milliseconds until the clock
        passes ``until`` (at least one slice): a million steps between two frames must
        not freeze the window. True once the race is at ``step`` or has stopped."""
        if self.replay is not None:
            return True
        while self.run.t < step and self.run.running:
            t0 = time.perf_counter()
            self.ctrl.advance(min(step - self.run.t, self._slice))
            spent = time.perf_counter() - t0
            # aim each slice at SLICE_S of engine time
            self._slice = max(1, min(self._slice * 4, int(self._slice * SLICE_S / max(spent, 1e-6))))
            if time.perf_counter() >= until:
                break
        return self.run.t >= step or not self.run.running

    def draw(self, step: int) -> None:
        if self.replay is not None:
            states = [lane.state_at(step) for lane in self.replay]
            shown = min(step, max((int(lane.steps[-1]) for lane in self.replay), default=0))
        else:
            self.advance_toward(step, math.inf)  # the overlays follow the controller's sigStepped
            states = [(e.key, e.lane.history.view("points"), e.lane.status) for e in self.ctrl.active]
            shown = min(step, self.run.t)
        self.shown_step = int(shown)
        self.canvas.update_lanes(states)
        # The step only: a title would run under the legend. GIFs go without: a label that
        # changes in a corner makes Pillow store every frame whole (15x the file size).
        if self.show_caption:
            self.canvas.set_caption(QtCore.QCoreApplication.translate("RaceRecorder", "step {0}").format(shown))

    def stopped_by(self, step: int) -> bool:
        """Every lane has converged or diverged by ``step``: later frames would all be alike."""
        if self.replay is not None:
            return all(lane.status != "running" and 0 <= lane.status_step <= step for lane in self.replay)
        return not self.run.running and self.run.t <= step

    def frame(self, step: int) -> np.ndarray:
        self.draw(step)
        return render_widget(self.canvas)

    def close(self) -> None:
        self.canvas.close()
        self.canvas.deleteLater()
        self.ctrl = None


# -- frames to a file, the encoding off the GUI thread ------------------------------------------
_FINISH = object()


class Recording:
    """Renders a plan's frames (on the caller's thread: Qt) and encodes them (worker thread).

    state: "recording" -> "finishing" -> "done" | "cancelled" | "failed" (``error`` says why).
    """

    def __init__(self, recorder: RaceRecorder, plan: FramePlan, path, writer: VideoWriter | None = None):
        self.recorder = recorder
        self.plan = plan
        self._steps = plan.frame_steps
        self.writer = writer if writer is not None else VideoWriter(path, fps=plan.fps)
        self.path = self.writer.path
        self.rendered = 0
        self.encoded = 0
        self.state = "recording"
        self.error = ""
        self._last: np.ndarray | None = None
        self._cancel = threading.Event()
        self._queue: queue.Queue = queue.Queue(maxsize=QUEUE_FRAMES)
        self._thread = threading.Thread(target=self._encode, name="recording-encoder", daemon=True)
        self._thread.start()

    @property
    def total(self) -> int:
        """Frames in the film: the plan's, fewer if every optimizer stops early."""
        return len(self._steps)

    @property
    def seconds(self) -> float:
        return self.total / self.plan.fps

    @property
    def active(self) -> bool:
        return self.state in ("recording", "finishing")

    def render_next(self, budget_s: float = 0.0) -> bool:
        """Render frames for about ``budget_s`` seconds (at least one unless the encoder is
        behind); False once every frame is rendered or the job has ended."""
        t_end = time.perf_counter() + budget_s
        while self.state == "recording" and self.rendered < self.total:
            if self._queue.full():
                return True
            step = self._steps[self.rendered]
            if self._last is None or step != self._steps[self.rendered - 1]:
                if not self.recorder.advance_toward(step, t_end):
                    return True  # more engine work before this frame: next time
                self._last = self.recorder.frame(step)
                if step < self.plan.steps and self.recorder.stopped_by(step):
                    # The race is over: the film ends here, at the pace chosen, with its pause.
                    self._steps = self._steps[: self.rendered + 1] + [step] * self.plan.hold
            self._queue.put(self._last)
            self.rendered += 1
            if time.perf_counter() >= t_end:
                break
        return self.state == "recording" and self.rendered < self.total

    def finish(self) -> None:
        """Every frame rendered: let the encoder close the file (GIFs are encoded now)."""
        if self.state == "recording":
            self.state = "finishing"
            self._queue.put(_FINISH)

    def cancel(self) -> None:
        """Stop; the worker drops the partial file (also when the GIF encode was running)."""
        if self.active:
            self._cancel.set()
            self.state = "cancelled"
            try:
                self._queue.put_nowait(_FINISH)  # wake the worker if it waits for frames
            except queue.Full:
                pass

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is done (the renderer's way; the window polls ``done``)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def _encode(self) -> None:
        try:
            while True:
                item = self._queue.get()
                if self._cancel.is_set():
                    self.writer.abort()
                    return
                if item is _FINISH:
                    if self.writer.close(keep=lambda: not self._cancel.is_set()) is not None:
                        self.state = "done"
                    return
                self.writer.append(item)
                self.encoded += 1
        except Exception as exc:  # disk full, ffmpeg gone: say so; never leave a partial file
            self.writer.abort()
            self.error = f"{type(exc).__name__}: {exc}"
            self.state = "failed"
