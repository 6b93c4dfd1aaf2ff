"""The basin map of the focused optimizer, drawn under the trails of the contour canvas.

:class:`BasinMapper` holds the feature's state (the map, its job, colour mode, opacity,
whether it is stale) and runs its job in a :class:`~desktop_app.model.job_runner.JobSlot`;
the overlay, the toast on the canvas and the panel (panel.py) only show that state.

    mapper = BasinMapper(ctrl, canvas)
    mapper.set_enabled(True)     # computes for ctrl.focused, then shows the overlay
    mapper.set_mode("steps")     # recolours, no recomputation

A map remembers what it was computed from (surface object, the optimizer's hyperparameters
at the moment of the request). When either changes, or the focus moves to another
optimizer, the map is *stale*: dimmed, with a toast offering to recompute.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from desktop_app.geometry import basin_colors
from desktop_app.model.basin_job import DEFAULT_RESOLUTION, DEFAULT_STEPS, BasinJob
from desktop_app.model.job_runner import JobRunner, JobSlot
from desktop_app.widgets.fraction_bar import FractionBar

OVERLAY = "basin"
OVERLAY_Z = -45          # canvas.add_overlay adds 20: -25 is above the heatmap, below contours and trails
DEFAULT_OPACITY = 0.7
STALE_DIM = 0.35         # a stale map keeps this fraction of its opacity
AUTO_DELAY_MS = 400      # auto-recompute waits for a slider drag to settle
SETTINGS = ("mode", "opacity", "resolution", "steps", "auto")  # settings() / configure(): view.basin
DEFAULTS = {"mode": "minimum", "opacity": DEFAULT_OPACITY, "resolution": DEFAULT_RESOLUTION,
            "steps": DEFAULT_STEPS, "auto": False}


class BasinMapper(QtCore.QObject):
    sigChanged = QtCore.Signal()          # map, mode, opacity, staleness or busy state changed
    sigProgress = QtCore.Signal(float)
    sigMessage = QtCore.Signal(str)

    def __init__(self, ctrl, canvas, parent=None):
        super().__init__(parent)
        self.ctrl, self.canvas = ctrl, canvas
        self.enabled = False
        self.mode = DEFAULTS["mode"]
        self.opacity = DEFAULTS["opacity"]
        self.resolution, self.steps = DEFAULTS["resolution"], DEFAULTS["steps"]
        self.auto = DEFAULTS["auto"]
        self.job: BasinJob | None = None      # what the shown map was computed from
        self.map = None
        self.image: basin_colors.BasinImage | None = None
        self.colours: dict[int, str] = {}
        self.stale = ""                       # why the map is out of date ("" when it is not)
        self.jobs = JobSlot(self)             # the map being computed
        self.jobs.sigProgress.connect(self._progressed)
        self.jobs.sigDone.connect(self._done)
        self.jobs.sigCancelled.connect(self._ended)
        self.jobs.sigFailed.connect(self._failed)
        self.progress = 0.0
        self.item = pg.ImageItem(axisOrder="row-major")
        self._auto_timer = QtCore.QTimer(self)
        self._auto_timer.setSingleShot(True)
        self._auto_timer.setInterval(AUTO_DELAY_MS)
        self._auto_timer.timeout.connect(self._auto_recompute)
        ctrl.sigHyperparamsChanged.connect(self._check_stale)
        for sig in (ctrl.sigSurfaceChanged, ctrl.sigLanesChanged, ctrl.sigFocusChanged):
            sig.connect(self._check_stale)

    # -- reading ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.jobs.busy

    @property
    def worker(self) -> JobRunner | None:
        """The runner computing the next map (None when idle)."""
        return self.jobs.runner

    @property
    def shown(self) -> bool:
        return self.canvas.overlays.get(OVERLAY) is self.item

    @property
    def label(self) -> str:
        return self.job.tasks[0].label if self.job else ""

    # -- commands ----------------------------------------------------------------------------
    def set_enabled(self, on: bool):
        on = bool(on)
        if on == self.enabled:
            return
        self.enabled = on
        if not on:
            self.cancel()
            self._auto_timer.stop()
        elif self.map is None or self._stale_reason():
            self.compute()
        self._draw()

    def toggle(self):
        self.set_enabled(not self.enabled)

    def compute(self):
        """A new map for the focused optimizer with its hyperparameters as they are now."""
        entry = self.ctrl.focused
        if entry is None:
            self.sigMessage.emit("Basin map: pick an optimizer first")
            return
        self._auto_timer.stop()
        self.progress = 0.0
        self.jobs.start(BasinJob.for_entries(self.ctrl, [entry], self.resolution, self.steps))
        self.sigMessage.emit(f"Computing the basin map of {entry.label} "
                             f"({self.resolution}x{self.resolution} starts x {self.steps} steps)")
        self.sigChanged.emit()

    def cancel(self):
        if self.jobs.cancel():
            self.sigChanged.emit()

    def shutdown(self):
        """Stop the computation and wait for its thread (the window is closing)."""
        self.jobs.stop()

    def set_mode(self, mode: str):
        if mode not in basin_colors.MODES:
            raise ValueError(f"Invalid colour mode {mode!r}; valid choices: {', '.join(basin_colors.MODES)}")
        if mode != self.mode:
            self.mode = mode
            self._recolour()
            self._draw()

    def set_opacity(self, opacity: float):
        self.opacity = float(min(max(opacity, 0.0), 1.0))
        self._draw()

    def set_resolution(self, resolution: int):
        """Starts per side of the next map (the engine accepts 2 to 4096)."""
        self.resolution = int(min(max(int(resolution), 2), 4096))
        self.sigChanged.emit()

    def set_steps(self, steps: int):
        self.steps = int(max(1, int(steps)))
        self.sigChanged.emit()

    def set_auto(self, on: bool):
        self.auto = bool(on)
        if self.auto and self.enabled and self.stale and not self.busy:
            self._auto_timer.start()
        self.sigChanged.emit()  # the panel's box follows a setup's (or a test's) choice

    # -- saved setups ------------------------------------------------------------------------
    def settings(self) -> dict:
        """What a saved setup keeps of the map (view.basin), under the names of SETTINGS."""
        return {"mode": self.mode, "opacity": self.opacity, "resolution": self.resolution,
                "steps": self.steps, "auto": self.auto}

    def configure(self, settings: dict):
        """Take ``settings`` (keys of SETTINGS, checked by the caller; a missing one takes
        its default) for the map shown and the next one; computes nothing."""
        values = {**DEFAULTS, **settings}
        self.set_mode(values["mode"])
        self.set_opacity(values["opacity"])
        self.set_resolution(values["resolution"])
        self.set_steps(values["steps"])
        self.set_auto(values["auto"])

    def restore(self, settings: dict):
        """Turn the map on with ``settings`` (see :meth:`configure`), computing it unless
        the map in hand, or the one computing, has them and shows what the window shows."""
        self.configure(settings)
        if self.busy and self._up_to_date(self.jobs.job):
            self.enabled = True
        elif self.map is not None and not self.busy and self._up_to_date(self.job):
            self.set_enabled(True)
            return
        else:
            self.enabled = True  # not set_enabled: it would keep a map made with other settings
            self.compute()
        self._draw()

    def _up_to_date(self, job) -> bool:
        return ((job.resolution, job.steps) == (self.resolution, self.steps)
                and not self._stale_reason(job))

    # -- the current job's end (the slot drops a cancelled job's late signals) ---------------
    def _progressed(self, fraction):
        self.progress = float(fraction)
        self.sigProgress.emit(self.progress)

    def _done(self, job, maps):
        self.job, self.map = job, maps[0]
        self._recolour()
        self.stale = self._stale_reason()
        self._draw()
        self.sigMessage.emit(f"Basin map of {self.label}: {self._summary()}")

    def _ended(self, job):
        self._draw()

    def _failed(self, job, message):
        self.sigMessage.emit(f"Basin map failed: {message}")
        self._draw()

    def _summary(self) -> str:
        counts = self.map.counts()
        reached = sum(1 for i in counts if i >= 0)
        diverged = int(self.map.diverged.sum())
        text = (self.tr("1 minimum reached") if reached == 1 else self.tr("{0} minima reached").format(reached))
        return text + (self.tr(", {0:.0%} diverged").format(diverged / self.map.diverged.size) if diverged else "")

    # -- staleness -------------------------------------------------------------------------
    def _stale_reason(self, job=None) -> str:
        """Why ``job`` (the shown map's, by default) no longer shows the window ("" if it does)."""
        job = job if job is not None else self.job
        if job is None:
            return ""
        reason = job.stale(self.ctrl)
        focus = self.ctrl.focused
        if not reason and focus is not None and focus.key != job.tasks[0].key:
            reason = self.tr("the focus moved to {0}").format(focus.label)
        return reason

    def _check_stale(self, *_):
        reason = self._stale_reason()
        if reason != self.stale:
            self.stale = reason
            self._draw()
        if reason and self.auto and self.enabled:
            self._auto_timer.start()

    def _auto_recompute(self):
        if self.enabled and self.auto and self.stale:
            self.compute()

    # -- drawing ---------------------------------------------------------------------------
    def _recolour(self):
        if self.map is None:
            self.image = None
            return
        if self.mode == "minimum":
            self.colours = basin_colors.minimum_colours([self.map])
        self.image = basin_colors.colour_map(self.map, self.mode, colours=self.colours)
        (x0, x1), (y0, y1) = self.map.bounds
        self.item.setImage(self.image.rgba, autoLevels=False, levels=(0, 255))
        self.item.setRect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))

    def _draw(self):
        visible = self.enabled and self.image is not None
        if visible and not self.shown:
            self.canvas.add_overlay(OVERLAY, self.item, z=OVERLAY_Z)
        elif not visible and self.shown:
            self.canvas.remove_overlay(OVERLAY)
        self.item.setOpacity(self.opacity * (STALE_DIM if self.stale else 1.0))
        self.sigChanged.emit()

    def colour_at(self, x: float, y: float) -> np.ndarray | None:
        """The RGBA the overlay shows at data point (x, y) (tests, the cursor readout)."""
        if self.image is None:
            return None
        m = self.map
        ix, iy = np.argmin(np.abs(m.xs - x)), np.argmin(np.abs(m.ys - y))
        return self.image.rgba[iy, ix]


class BasinToast(QtWidgets.QFrame):
    """A small bar floating at the bottom of the canvas: progress and Cancel while a map
    computes, Recompute when the shown map is stale."""

    def __init__(self, mapper: BasinMapper, canvas: QtWidgets.QWidget):
        super().__init__(canvas)
        self.mapper, self.canvas = mapper, canvas
        self.setObjectName("basinToast")
        self.setAutoFillBackground(True)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.label = QtWidgets.QLabel()
        self.bar = FractionBar()
        self.bar.setFixedWidth(160)
        self.button = QtWidgets.QPushButton()
        self.button.clicked.connect(self._clicked)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        mapper.sigChanged.connect(self.refresh)
        mapper.sigProgress.connect(self.bar.set_fraction)
        canvas.installEventFilter(self)
        self.refresh()

    def refresh(self):
        m = self.mapper
        if m.enabled and m.busy:
            focus = m.ctrl.focused
            self.label.setText(self.tr("Basin map of {0}: computing").format(focus.label if focus else '…'))
            self.button.setText(self.tr("Cancel"))
            self.bar.set_fraction(m.progress)
            self.bar.show()
        elif m.enabled and m.stale:
            self.label.setText(self.tr("Basin map of {0} is out of date: {1}").format(m.label, m.stale))
            self.button.setText(self.tr("Recompute"))
            self.bar.hide()
        else:
            self.hide()
            return
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _clicked(self):
        self.mapper.cancel() if self.mapper.busy else self.mapper.compute()

    def _place(self):
        x = max(0, (self.canvas.width() - self.width()) // 2)
        self.move(x, max(0, self.canvas.height() - self.height() - 48))

    def eventFilter(self, obj, ev):
        if obj is self.canvas and ev.type() == QtCore.QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
