"""The race table (the legend too): colour, optimizer, step, loss, gradient norm, status.

A model over the controller's racing entries; it stores nothing, each repaint reads the
lanes. While the race plays, the table repaints about ten times a second (nobody reads
digits at 60 Hz, and each repaint costs a frame budget's worth); paused, at once.
"""
from __future__ import annotations

import time

from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.widgets.swatch import swatch

COLUMNS = ("Optimizer", "Step", "Loss", "‖grad‖", "Status", "Epoch")
EPOCH = COLUMNS.index("Epoch")  # shown on data surfaces only (model/epochs.py)
DIVERGED = QtGui.QColor("#B2182B")
CONVERGED = QtGui.QColor("#1B7837")
PLAYING_REFRESH_S = 0.1


class RaceModel(QtCore.QAbstractTableModel):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        controller.sigLanesChanged.connect(self._reset)
        controller.sigReset.connect(self._refresh)
        controller.sigStepped.connect(self._stepped)
        controller.sigPlayingChanged.connect(lambda _playing: self._refresh())
        controller.sigHyperparamsChanged.connect(lambda _key: self._refresh())
        self._last_refresh = 0.0

    def rowCount(self, parent=QtCore.QModelIndex()):
        return 0 if parent.isValid() else len(self.ctrl.active)

    def columnCount(self, parent=QtCore.QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        active = self.ctrl.active
        if not index.isValid() or index.row() >= len(active):
            return None
        entry = active[index.row()]
        lane = entry.lane
        col = index.column()
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return QtCore.QCoreApplication.translate("scenario", entry.label)
            if lane is None:
                return ""
            if col == 1:
                return str(lane.t)
            if col == 2:
                return f"{lane.value:.5g}"
            if col == 3:
                g = lane.grad_norm
                return "–" if g != g else f"{g:.3g}"
            if col == 4:
                return self.ctrl.status_text(entry)
            if col == EPOCH:
                epochs = self.ctrl.epochs_at(entry, lane.t)
                return "" if epochs is None else f"{epochs:.2f}" if epochs < 100 else f"{epochs:.0f}"
        if role == QtCore.Qt.ItemDataRole.DecorationRole and col == 0:
            return swatch(entry.colour, cross=lane is not None and lane.status == "diverged")
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and col == 4 and lane is not None:
            return {"diverged": DIVERGED, "converged": CONVERGED}.get(lane.status)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and col == EPOCH and lane is not None:
            b = self.ctrl.batch_size_of(entry)
            return None if b is None else f"batch size {b} of {self.ctrl.surface.n_examples} examples"
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3, EPOCH):
            return int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and col == 0:
            return ", ".join(f"{k}={v!r}" for k, v in entry.hyperparams.items())
        return None

    def _reset(self):
        self.beginResetModel()
        self.endResetModel()

    def _stepped(self):
        if self.ctrl.playing and time.perf_counter() - self._last_refresh < PLAYING_REFRESH_S:
            return
        self._refresh()

    def _refresh(self):
        self._last_refresh = time.perf_counter()
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(COLUMNS) - 1))


class RaceTable(QtWidgets.QTableView):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.model_ = RaceModel(controller, self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self._fit_columns()
        self.horizontalHeader().setStretchLastSection(True)
        self.clicked.connect(self._clicked)
        controller.sigSurfaceChanged.connect(self._show_epochs)
        self._show_epochs()

    def _show_epochs(self):
        """The Epoch column only where there are epochs (a data surface)."""
        self.setColumnHidden(EPOCH, not self.ctrl.is_data)

    def _fit_columns(self):
        # Fixed widths for the numbers: columns must not jitter 60 times a second.
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        if header.visualIndex(EPOCH) != EPOCH - 1:
            header.moveSection(header.visualIndex(EPOCH), EPOCH - 1)  # before Status, which stretches
        for col, sample in ((1, "100000"), (2, "-1.2345e-05"), (3, "1.23e-05"), (EPOCH, "99.99")):
            header.setSectionResizeMode(col, QtWidgets.QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 14)

    def changeEvent(self, ev):
        if ev.type() == QtCore.QEvent.Type.FontChange:  # presenter mode's text size
            self._fit_columns()
        super().changeEvent(ev)

    def _clicked(self, index):
        active = self.ctrl.active
        if index.row() < len(active):
            self.ctrl.set_focus(active[index.row()].key)
