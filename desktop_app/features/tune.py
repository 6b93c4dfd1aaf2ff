"""Playback → Tune… (Ctrl+T): tune every racer's learning rate with the same budget and
see each one's sensitivity to it (issue 16).

A dock holds the sweep's settings (a log-spaced learning-rate grid, the step budget, the
seeds used when a lane has gradient noise, the objective), a progress bar with Cancel, and
the sensitivity plot: the objective against the learning rate per optimizer in its colour,
the median over seeds with a min–max band, diverged settings as crosses along the top, the
best setting starred and the lane's current one as a ring. The sweep runs as one background
job (model/tune_job.py through the window's job runner): the window keeps racing.

Optionally one more hyperparameter is swept with it ("and": momentum, beta1, ...; its values
typed): each racer that has it gets an lr × that grid, drawn at its best value (the other
values faint); racers without it are named and left out.

**Race tuned** (Ctrl+Shift+T) sets every tuned racer's learning rate to its best through
the controller's validated path and restarts; **Export CSV…** writes every run's row.
Clicking a point of a curve adds that optimizer at that learning rate as a new racer.
Setups keep view["tune"] = {"settings": the grid and budget, "results": the last sweep's
settings and every tuned racer's runs (model/tune_job.py results_to_json)}; opening one
shows its sensitivity plot again without recomputing, and a setup without results clears them.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.model.job_runner import JobSlot
from desktop_app.model.tune_job import (OBJECTIVE_TITLES, SECOND_AXES, ResultsError, TuneJob, TuneSettings,
                                        restore_results, results_from_json, results_to_json, sweeps_csv)

RUN_ID, APPLY_ID, DOCK_ID = "tune.run", "tune.apply_best", "tune"
SHORTCUT, APPLY_SHORTCUT = "Ctrl+T", "Ctrl+Shift+T"
_WORDS = (QtCore.QT_TRANSLATE_NOOP("TunePanel", "final loss"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "best loss"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "steps to target"),
          QtCore.QT_TRANSLATE_NOOP("TunePanel", "lr from"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "to"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "points"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "steps"),
          QtCore.QT_TRANSLATE_NOOP("TunePanel", "seeds"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "objective"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "target"),
          QtCore.QT_TRANSLATE_NOOP("TunePanel", "and"), QtCore.QT_TRANSLATE_NOOP("TunePanel", "values"))  # for pyside6-lupdate


class TunePanel(QtWidgets.QWidget):
    """The settings form, progress, buttons and the sensitivity plot."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tunePanel")
        box = QtWidgets.QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        form = QtWidgets.QGridLayout()
        self.lr_min = QtWidgets.QLineEdit("1e-4")
        self.lr_max = QtWidgets.QLineEdit("10")
        self.points = QtWidgets.QSpinBox(minimum=2, maximum=200, value=25)
        self.steps = QtWidgets.QSpinBox(minimum=1, maximum=100_000, value=500, singleStep=100)
        self.seeds = QtWidgets.QSpinBox(minimum=1, maximum=50, value=1)
        self.seeds.setToolTip(self.tr("Seeds of the gradient noise (used by lanes with noise > 0)"))
        self.objective = QtWidgets.QComboBox()
        for key, title in OBJECTIVE_TITLES.items():
            self.objective.addItem(self.tr(title), key)
        self.target = QtWidgets.QLineEdit("1e-3")
        self.target.setToolTip(self.tr("The loss 'steps to target' counts the steps to"))
        self.second = QtWidgets.QComboBox()
        self.second.addItem(self.tr("lr only"), "")
        for name in SECOND_AXES:
            self.second.addItem(name, name)
        self.second.setToolTip(self.tr("One more hyperparameter to sweep with the learning rate "
                                       "(racers without it are not tuned then)"))
        self.second_values = QtWidgets.QLineEdit("0.5, 0.9, 0.99")
        self.second_values.setToolTip(self.tr("Its values, separated by commas"))
        self.second_values.setCursorPosition(0)
        self.second_values.setEnabled(False)
        self.second.currentIndexChanged.connect(lambda _i: self.second_values.setEnabled(bool(self.second.currentData())))
        cells = [("lr from", self.lr_min), ("to", self.lr_max), ("points", self.points),
                 ("steps", self.steps), ("seeds", self.seeds), ("objective", self.objective),
                 ("target", self.target), ("and", self.second), ("values", self.second_values)]
        for i, (label, w) in enumerate(cells):
            r, c = divmod(i, 2)
            form.addWidget(QtWidgets.QLabel(self.tr(label)), r, 2 * c)
            form.addWidget(w, r, 2 * c + 1)
        box.addLayout(form)
        buttons = QtWidgets.QHBoxLayout()
        self.run_button = QtWidgets.QPushButton(self.tr("Tune"))
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.apply_button = QtWidgets.QPushButton(self.tr("Race tuned"))
        self.apply_button.setEnabled(False)
        self.csv_button = QtWidgets.QPushButton(self.tr("CSV…"))
        self.csv_button.setEnabled(False)
        for b in (self.run_button, self.cancel_button, self.apply_button, self.csv_button):
            buttons.addWidget(b)
        box.addLayout(buttons)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        box.addWidget(self.progress)
        self.message = QtWidgets.QLabel(self.tr("Tune sweeps every racer's learning rate with the same budget."))
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("sensitivityPlot")
        self.plot.setMinimumHeight(160)
        self.plot.setLogMode(x=True, y=True)
        self.plot.setLabel("bottom", self.tr("learning rate"))
        self.plot.setLabel("left", self.tr("final loss"))
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        for side in ("left", "bottom"):  # an SI prefix ("x1e+1") on a log axis misreads every tick
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(-5, 5), labelTextSize="8pt")
        box.addWidget(self.plot, 1)

    def settings(self) -> TuneSettings:
        """What the form says; ValueError naming the field when it is wrong."""
        def number(edit, name):
            try:
                return float(edit.text().replace("−", "-"))
            except ValueError:
                raise ValueError(f"Invalid {name}: {edit.text()!r} is not a number") from None
        objective = self.objective.currentData()
        target = number(self.target, "target") if objective == "target_step" else None
        second, values = self.second.currentData() or "", ()
        if second:
            words = [w for w in self.second_values.text().replace("−", "-").replace(",", " ").split() if w]
            try:
                values = tuple(float(w) for w in words)
            except ValueError:
                raise ValueError(f"Invalid {second} values: {self.second_values.text()!r:.60} "
                                 f"(numbers separated by commas)") from None
        return TuneSettings(number(self.lr_min, "lr from"), number(self.lr_max, "lr to"), self.points.value(),
                            self.steps.value(), self.seeds.value(), objective, target, second, values).check()

    def show_settings(self, s: TuneSettings):
        self.lr_min.setText(f"{s.lr_min:g}")
        self.lr_max.setText(f"{s.lr_max:g}")
        self.points.setValue(s.points)
        self.steps.setValue(s.steps)
        self.seeds.setValue(s.seeds)
        self.objective.setCurrentIndex(max(0, self.objective.findData(s.objective)))
        if s.target is not None:
            self.target.setText(f"{s.target:g}")
        self.second.setCurrentIndex(max(0, self.second.findData(s.second)))
        if s.second_values:
            self.second_values.setText(", ".join(f"{v:g}" for v in s.second_values))


class TuneFeature(QtCore.QObject, Feature):
    name = "tune"
    has_view_state = True

    def __init__(self, parent=None):
        super().__init__(parent)
        self.job: TuneJob | None = None       # the job of the results shown
        self.sweeps: list = []                # engine.Sweep per job task
        self.curves: dict = {}                # entry key -> (lrs, y) drawn (for clicks and tests)
        self.seconds: dict = {}               # entry key -> (name, value) of the curve drawn (two-axis sweeps)

    def install(self, api):
        self.api = api
        self.ctrl = api.controller
        self.panel = TunePanel()
        self.slot = JobSlot(self)
        self.slot.sigProgress.connect(self._progressed)
        self.slot.sigDone.connect(self._done)
        self.slot.sigCancelled.connect(self._cancelled)
        self.slot.sigFailed.connect(self._failed)
        self.dock = api.add_dock(DOCK_ID, self.tr("Tune"), self.panel, area="right", tabify_with="settings",
                                 hidden=True, toggle_text=self.tr("Show t&une panel"), menu="View",
                                 before="fullscreen")
        self.run_action = api.add_action(
            RUN_ID, self.tr("&Tune…"), self.start, shortcuts=SHORTCUT, menu="Playback", toolbar=True,
            tip=self.tr("Sweep every racer's learning rate with the same budget ({key})").format(key=SHORTCUT))
        self.apply_action = api.add_action(
            APPLY_ID, self.tr("Race t&uned"), self.apply_best, shortcuts=APPLY_SHORTCUT, menu="Playback",
            tip=self.tr("Set every tuned racer to its best learning rate and restart ({key})").format(key=APPLY_SHORTCUT))
        self.apply_action.setEnabled(False)
        p = self.panel
        p.run_button.clicked.connect(self.start)
        p.cancel_button.clicked.connect(self.cancel)
        p.apply_button.clicked.connect(self.apply_best)
        p.csv_button.clicked.connect(self.export_csv_dialog)
        p.objective.currentIndexChanged.connect(lambda _i: self._redraw())
        p.plot.scene().sigMouseClicked.connect(self._plot_clicked)
        self.ctrl.sigHyperparamsChanged.connect(self._lane_changed)

    # -- running -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.slot.busy

    def start(self, *_args) -> bool:
        """Tune every racing optimizer in the background; False (and why, shown) if it cannot."""
        self.dock.show()
        self.dock.raise_()
        try:
            settings = self.panel.settings()
            job = TuneJob.for_entries(self.ctrl, self.ctrl.active, settings)
        except ValueError as exc:
            self._say(str(exc))
            return False
        if not job.tasks:
            text = (self.tr("Nothing to tune: no racer has a learning rate and {h}").format(h=settings.second)
                    if settings.second else self.tr("Nothing to tune: no racer has a learning rate"))
            self._say(text + (f" ({', '.join(job.skipped)})" if job.skipped else ""))
            return False
        self.pending = job
        self.panel.progress.setValue(0)
        self.panel.run_button.setEnabled(False)
        self.panel.cancel_button.setEnabled(True)
        n = len(job.tasks)
        if settings.second:
            self._say(self.tr("Tuning {n} racers: {p} learning rates × {m} values of {h} × {s} seed(s) × {k} steps…")
                      .format(n=n, p=settings.points, m=len(settings.second_values), h=settings.second,
                              s=settings.seeds, k=settings.steps))
        else:
            self._say(self.tr("Tuning {n} racers: {p} learning rates × {s} seed(s) × {k} steps…").format(
                n=n, p=settings.points, s=settings.seeds, k=settings.steps))
        self.slot.start(job)
        return True

    def cancel(self, *_args) -> bool:
        stopped = self.slot.cancel()
        self._idle()
        if stopped:
            self._say(self.tr("Tuning cancelled; the previous results stay."))
        return stopped

    def _idle(self):
        self.panel.run_button.setEnabled(True)
        self.panel.cancel_button.setEnabled(False)

    def _progressed(self, f):
        self.panel.progress.setValue(int(round(1000 * f)))

    def _done(self, job, sweeps):
        self._idle()
        self.panel.progress.setValue(1000)
        self.show_results(job, sweeps)

    def _cancelled(self, _job):
        self._idle()

    def _failed(self, _job, message):
        self._idle()
        self._say(self.tr("Tuning failed: {m}").format(m=message))

    def _say(self, text):
        self.panel.message.setText(text)
        self.api.status(text)

    # -- results -------------------------------------------------------------------------------
    def show_results(self, job: TuneJob, sweeps):
        self.job, self.sweeps = job, list(sweeps)
        have = bool(self.sweeps)
        self.panel.apply_button.setEnabled(have)
        self.panel.csv_button.setEnabled(have)
        self.apply_action.setEnabled(have)
        objective = job.settings.objective
        if self.panel.objective.currentData() != objective:
            with QtCore.QSignalBlocker(self.panel.objective):
                self.panel.objective.setCurrentIndex(self.panel.objective.findData(objective))
        self._redraw()
        second = job.settings.second
        best = ", ".join(f"{t.label} {b['lr']:.3g}" + (f" ({second} {b[second]:.3g})" if second else "")
                         for t, b in zip(job.tasks, self.best()))
        if second:
            skipped = (self.tr(" Not swept (no learning rate or no {h}): {s}.").format(h=second, s=", ".join(job.skipped))
                       if job.skipped else "")
        else:
            skipped = (self.tr(" Not swept (line search sets the step): {s}.").format(s=", ".join(job.skipped))
                       if job.skipped else "")
        self._say(self.tr("Best learning rates by median {o}: {b}.").format(
            o=OBJECTIVE_TITLES[objective], b=best) + skipped)

    def objective(self) -> str:
        obj = self.panel.objective.currentData()
        if obj == "target_step" and (self.job is None or self.job.settings.target is None):
            return "final_value"
        return obj

    def best(self) -> list[dict]:
        """The best setting of each tuned racer (engine.Sweep.best), in job.tasks order."""
        return [sw.best(self.objective()) for sw in self.sweeps]

    def _redraw(self):
        plot = self.panel.plot
        plot.clear()
        self.panel.legend.clear()
        self.curves = {}
        if self.job is None:
            return
        objective = self.objective()
        steps_axis = objective.endswith("_step")
        plot.setLogMode(x=True, y=not steps_axis)
        plot.setLabel("left", QtCore.QCoreApplication.translate("TunePanel", OBJECTIVE_TITLES[objective]))
        lrs = self.job.settings.lrs
        second = self.job.settings.second
        self.seconds = {}
        tops = []
        for task, sw in zip(self.job.tasks, self.sweeps):
            s = sw.summary(objective)
            med, lo, hi = (np.asarray(s[k], dtype=float) for k in ("median", "min", "max"))
            label = task.label
            if second:  # the curve through the best value of the second hyperparameter; the others faint
                j = sw.best_index(objective)[1]
                values = sw.grid[second]
                self.seconds[task.key] = (second, float(values[j]))
                label = f"{task.label} ({second}={values[j]:g})"
                for k in range(med.shape[1]):
                    other = np.isfinite(med[:, k]) & (med[:, k] > 0 if not steps_axis else med[:, k] >= 0)
                    if k != j and other.any():
                        plot.plot(lrs[other], med[other, k], pen=pg.mkPen(_faded(self._colour(task.colour), 90),
                                                                         width=1))
                med, lo, hi = med[:, j], lo[:, j], hi[:, j]
            ok = np.isfinite(med) & (med > 0 if not steps_axis else med >= 0)
            colour = self._colour(task.colour)
            self.curves[task.key] = (lrs[ok], med[ok])
            if ok.any():
                tops.append(float(np.max(med[ok])))
            plot.plot(lrs[ok], med[ok], pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5,
                             symbolBrush=colour, symbolPen=None, name=label)
            band = ok & np.isfinite(lo) & np.isfinite(hi) & (hi > lo)
            if band.any() and len(sw.seeds) > 1:
                a = pg.PlotDataItem(lrs[band], lo[band])
                b = pg.PlotDataItem(lrs[band], hi[band])
                plot.addItem(pg.FillBetweenItem(a, b, brush=pg.mkBrush(_faded(colour, 50))))
            bi = sw.best_index(objective)[0]
            if ok[bi]:
                plot.plot([lrs[bi]], [med[bi]], pen=None, symbol="star", symbolSize=16, symbolBrush=colour,
                          symbolPen=pg.mkPen("k", width=1))
            entry = self._entry(task.key)
            if entry is not None and "lr" in entry.optimizer.hyperparams:
                cur = float(entry.optimizer.hyperparams["lr"])
                j = int(np.argmin(np.abs(np.log(lrs) - math.log(cur))))
                if ok[j]:
                    plot.plot([cur], [med[j]], pen=None, symbol="o", symbolSize=13, symbolBrush=None,
                              symbolPen=pg.mkPen(colour, width=2))
        # diverged settings: crosses along the top of the plot, in the racer's colour
        top = max(tops) if tops else 1.0
        for task, sw in zip(self.job.tasks, self.sweeps):
            frac = np.asarray(sw.summary(objective)["diverged"])
            if frac.ndim == 2:
                frac = frac[:, sw.best_index(objective)[1]]
            bad = frac > 0
            if bad.any():
                y = top * (3.0 if not steps_axis else 1.0) + (0 if not steps_axis else 0.05 * top)
                plot.plot(lrs[bad], np.full(int(bad.sum()), y), pen=None, symbol="x", symbolSize=9,
                          symbolBrush=self._colour(task.colour), symbolPen=pg.mkPen(self._colour(task.colour)))

    def _colour(self, colour):
        return colour

    def _entry(self, key):
        try:
            return self.ctrl.entry(key)
        except KeyError:
            return None

    def _lane_changed(self, key):
        if self.job is not None and any(t.key == key for t in self.job.tasks):
            self._redraw()

    def apply_best(self, *_args) -> int:
        """Every tuned racer to its best learning rate (the validated path), then restart.
        Returns how many racers changed."""
        if self.job is None:
            return 0
        changed = 0
        for task, best in zip(self.job.tasks, self.best()):
            if self._entry(task.key) is not None and self.ctrl.set_hyperparams(task.key, **best):
                changed += 1
        if changed:
            self.ctrl.reset()
            self._say(self.tr("{n} racers set to their tuned learning rate; race restarted.").format(n=changed))
        return changed

    def add_racer_at(self, key: int, lr: float):
        """A new racer: ``key``'s optimizer at learning rate ``lr``."""
        entry = self.ctrl.add_instance(key)
        values = {"lr": float(lr)}
        if key in getattr(self, "seconds", {}):  # the curve drawn is at the best second value
            name, value = self.seconds[key]
            values[name] = value
        self.ctrl.set_hyperparams(entry.key, **values)
        return entry

    def _plot_clicked(self, event):
        if self.job is None or event.button() != QtCore.Qt.MouseButton.LeftButton:
            return
        vb = self.panel.plot.getPlotItem().vb
        p = vb.mapSceneToView(event.scenePos())
        best, where = None, None
        for key, (x, y) in self.curves.items():
            if not len(x):
                continue
            lx, ly = np.log10(x), (y if self.objective().endswith("_step") else np.log10(y))
            vx, vy = vb.viewRange()
            d = ((lx - p.x()) / max(1e-12, vx[1] - vx[0])) ** 2 + ((ly - p.y()) / max(1e-12, vy[1] - vy[0])) ** 2
            i = int(np.argmin(d))
            if best is None or d[i] < best:
                best, where = d[i], (key, float(x[i]))
        if where is not None and best < 0.03 ** 2 and self._entry(where[0]) is not None:
            self.add_racer_at(*where)

    # -- export --------------------------------------------------------------------------------
    def csv_text(self) -> str:
        if self.job is None:
            raise RuntimeError("Nothing tuned yet")
        return sweeps_csv(self.job, self.sweeps)

    def export_csv(self, path) -> str:
        text = self.csv_text()
        with open(path, "w", newline="", encoding="utf-8") as fh:
            fh.write(text)
        return str(path)

    def export_csv_dialog(self, *_args):
        import os
        start = os.path.join(self.api.export_folder, "sweep.csv")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.panel, self.tr("Export the sweep"), start,
                                                        self.tr("CSV table (*.csv)"))
        if path:
            try:
                self.export_csv(path)
                self._say(self.tr("Sweep saved to {p}").format(p=path))
            except OSError as exc:
                QtWidgets.QMessageBox.warning(self.panel, self.tr("Export the sweep"), str(exc))

    # -- setups ---------------------------------------------------------------------------------
    def view_state(self):
        try:
            settings = self.panel.settings()
        except ValueError:
            settings = TuneSettings()
        state = {"settings": settings.to_json()}
        if self.job is not None and self.sweeps:
            lane_of = {e.key: i for i, e in enumerate(self.ctrl.active)}
            results = results_to_json(self.job, self.sweeps, lane_of)
            if results["lanes"]:
                state["results"] = results
        return state

    @classmethod
    def check_view_state(cls, state, where):
        if not isinstance(state, dict):
            raise SetupError(where, f"must be an object with a settings key, got {state!r:.60}")
        for key in state:
            if key not in ("settings", "results"):
                raise SetupError(f"{where}.{key:.40}", "unknown key; expected settings, results")
        if "results" in state:
            try:
                results_from_json(state["results"])
            except ResultsError as exc:
                raise SetupError(f"{where}.results{exc.where}", str(exc)) from None
        if "settings" in state:
            data = state["settings"]
            if isinstance(data, dict):
                for k, v in data.items():
                    if k in ("points", "steps", "seeds") and (isinstance(v, bool) or not isinstance(v, int)):
                        raise SetupError(f"{where}.settings.{k:.40}", f"must be a whole number, got {v!r:.60}")
            try:
                TuneSettings.from_json(data)
            except (ValueError, TypeError) as exc:
                raise SetupError(f"{where}.settings", str(exc)) from None

    def restore(self, state, view=None):
        if isinstance(state, dict) and "settings" in state:
            try:
                self.panel.show_settings(TuneSettings.from_json(state["settings"]))
            except (ValueError, TypeError):
                pass
        # results belong to the race they were computed for: a setup without them clears them
        self.slot.cancel()
        self._idle()
        restored = None
        if isinstance(state, dict) and "results" in state:
            try:
                restored = restore_results(self.ctrl, state["results"])
            except ValueError:
                restored = None
        if restored is not None:
            self.show_results(*restored)
        else:
            self.job, self.sweeps = None, []
            for w in (self.panel.apply_button, self.panel.csv_button, self.apply_action):
                w.setEnabled(False)
            self._redraw()

    def shutdown(self):
        self.slot.stop()
        try:
            self.ctrl.sigHyperparamsChanged.disconnect(self._lane_changed)
        except (RuntimeError, TypeError):
            pass


def _faded(colour, alpha):
    c = pg.mkColor(colour)
    c.setAlpha(alpha)
    return c
