"""Two optimizers' basin maps side by side, one legend (the "compare with..." dialog).

Non-modal: the race keeps playing. Both maps are computed in one job, one after the
other, from copies of the two optimizers as they are when Compute is pressed; a later
change to either, or to the surface, marks the comparison out of date.
"""
from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from desktop_app.features.basin.panel import mode_box, titled
from desktop_app.model.basin_job import BasinJob
from desktop_app.model.job_runner import JobSlot
from desktop_app.plot.basin_figure import BasinFigure
from desktop_app.widgets.fraction_bar import FractionBar


class BasinCompareDialog(QtWidgets.QDialog):
    sigMessage = QtCore.Signal(str)

    def __init__(self, ctrl, mapper, parent=None):
        super().__init__(parent)
        self.ctrl, self.mapper = ctrl, mapper
        self.setWindowTitle(self.tr("Compare basin maps"))
        self.setModal(False)
        self.job: BasinJob | None = None   # what the figure shows
        self.maps: list = []
        self.jobs = JobSlot(self)            # the comparison being computed
        self.first = QtWidgets.QComboBox()
        self.second = QtWidgets.QComboBox()
        self.mode = mode_box(mapper.mode)
        self.compute = QtWidgets.QPushButton(self.tr("Compute"))
        self.compute.setDefault(True)
        self.cancel = QtWidgets.QPushButton(self.tr("Cancel"))
        self.export = QtWidgets.QPushButton(self.tr("Export PNG…"))
        self.bar = FractionBar()
        self.status = QtWidgets.QLabel()
        self.figure = BasinFigure()
        row = QtWidgets.QHBoxLayout()
        for w in (self.first, QtWidgets.QLabel(self.tr("compared with")), self.second, QtWidgets.QLabel(self.tr("colour by")),
                  self.mode, self.compute, self.cancel, self.export):
            row.addWidget(w)
        row.addStretch(1)
        status = QtWidgets.QHBoxLayout()
        status.addWidget(self.bar)
        status.addWidget(self.status, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(status)
        layout.addWidget(self.figure, 1)
        # An explicit minimum: the layout never changes the window's size constraints when
        # the figure is rebuilt (which also spares Qt's offscreen platform a warning).
        self.setMinimumSize(720, 480)
        self.resize(1300, 820)
        self.jobs.sigProgress.connect(self.bar.set_fraction)
        self.jobs.sigDone.connect(self._done)
        self.jobs.sigCancelled.connect(self._refresh)
        self.jobs.sigFailed.connect(self._failed)
        self.compute.clicked.connect(self.start)
        self.cancel.clicked.connect(self.stop)
        self.export.clicked.connect(self._export_clicked)
        self.mode.activated.connect(lambda _i: self._draw())
        for sig in (ctrl.sigSurfaceChanged, ctrl.sigLanesChanged):
            sig.connect(self._refresh)
        ctrl.sigLanesChanged.connect(self._entries_changed)
        ctrl.sigHyperparamsChanged.connect(self._refresh)
        self.fill_choices()
        self._refresh()

    # -- choices ---------------------------------------------------------------------------
    def fill_choices(self, second_key: int | None = None):
        """Every optimizer in the list; the focused one first, a racing other one second."""
        focus = self.ctrl.focused
        keys = [e.key for e in self.ctrl.entries]
        if second_key is None:
            others = [e.key for e in self.ctrl.active if focus is None or e.key != focus.key]
            second_key = others[0] if others else next((k for k in keys if not focus or k != focus.key), None)
        for combo, key in ((self.first, focus.key if focus else None), (self.second, second_key)):
            combo.clear()
            for e in self.ctrl.entries:
                combo.addItem(titled(e.label, e.optimizer.hyperparams), e.key)
            if key is not None:
                combo.setCurrentIndex(combo.findData(key))

    def _entries_changed(self, *_):
        """An instance added or removed, a scenario loaded: the lists follow, keeping the
        choices that still exist (a removed one made Compute raise KeyError)."""
        keys = {e.key for e in self.ctrl.entries}
        first, second = (c.currentData() for c in (self.first, self.second))
        self.fill_choices(second if second in keys else None)
        if first in keys:
            self.first.setCurrentIndex(self.first.findData(first))

    def chosen(self):
        return [self.ctrl.entry(c.currentData()) for c in (self.first, self.second)]

    # -- computing -----------------------------------------------------------------------------
    def start(self):
        job = BasinJob.for_entries(self.ctrl, self.chosen(), self.mapper.resolution, self.mapper.steps)
        self.bar.set_fraction(0)
        self.jobs.start(job)
        self._refresh()

    def stop(self):
        self.jobs.cancel()
        self._refresh()

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def _done(self, job, maps):
        self.job, self.maps = job, maps
        self._draw()
        self._refresh()

    def _failed(self, job, message):
        self.status.setText(self.tr("Failed: {0}").format(message))
        self.sigMessage.emit(f"Basin map comparison failed: {message}")

    # -- showing ----------------------------------------------------------------------------------
    def _draw(self):
        if self.job is None:
            return
        titles = [titled(t.label, t.hyperparams) for t in self.job.tasks]
        self.figure.show_maps(self.job.surface, list(zip(titles, self.maps)), self.mode.currentData())

    def _refresh(self, *_):
        self.compute.setText(self.tr("Recompute") if self.job is not None else self.tr("Compute"))
        self.cancel.setEnabled(self.busy)
        self.bar.setVisible(self.busy)
        self.export.setEnabled(self.job is not None)
        if self.busy:
            text = self.tr("Computing…")
        elif self.job is None:
            text = self.tr("Pick two optimizers and press Compute.")
        else:
            stale = self.job.stale(self.ctrl)
            text = self.tr("Out of date: {0}. Press Recompute.").format(stale) if stale else \
                self.tr("{0}² starts x {1} steps each").format(self.job.resolution, self.job.steps)
        self.status.setText(text)

    def _export_clicked(self):
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Export basin maps", "basin-maps.png", "PNG (*.png)")
        if path:
            self.export_png(path)

    def export_png(self, path):
        try:
            written = self.figure.export_png(path)
        except (OSError, ValueError) as exc:
            self.sigMessage.emit(f"Could not export the basin maps: {exc}")
            return None
        self.sigMessage.emit(f"Saved {written}")
        return written

    def closeEvent(self, ev):
        self.stop()
        super().closeEvent(ev)
