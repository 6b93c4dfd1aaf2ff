"""The race table (the legend too): colour, optimizer, step, loss, gradient norm, status.

A model over the controller's racing entries; it stores nothing, each repaint reads the
lanes at the controller's readout step (model/readout.py): the step every number on
screen shows, read about ten times a second while the race plays (nobody reads digits at
60 Hz, and each repaint costs a frame budget's worth), at once when paused or scrubbed.
"""
from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.widgets.swatch import swatch

COLUMNS = (QtCore.QT_TRANSLATE_NOOP("RaceModel", "Optimizer"), QtCore.QT_TRANSLATE_NOOP("RaceModel", "Step"),
           QtCore.QT_TRANSLATE_NOOP("RaceModel", "Loss"), "‖grad‖", QtCore.QT_TRANSLATE_NOOP("RaceModel", "Status"),
           QtCore.QT_TRANSLATE_NOOP("RaceModel", "Epoch"), QtCore.QT_TRANSLATE_NOOP("RaceModel", "Cost"))
EPOCH = COLUMNS.index("Epoch")  # shown on data surfaces only (model/epochs.py)
COST = COLUMNS.index("Cost")    # what the lane cost so far, counted as the loss plot counts (after Step)
DIVERGED = QtGui.QColor("#B2182B")
CONVERGED = QtGui.QColor("#1B7837")
STATUS_WORDS = (QtCore.QT_TRANSLATE_NOOP("RaceModel", "not racing"), QtCore.QT_TRANSLATE_NOOP("RaceModel", "at step limit"),
                QtCore.QT_TRANSLATE_NOOP("RaceModel", "running"), QtCore.QT_TRANSLATE_NOOP("RaceModel", "converged"),
                QtCore.QT_TRANSLATE_NOOP("RaceModel", "diverged"))


def status_text(text: str) -> str:
    """The model's status of a lane ("running", "diverged at step 12"), in the app's language."""
    status, sep, step = text.partition(" at step ")
    if sep and step.isdigit():
        return QtCore.QCoreApplication.translate("RaceModel", "{0} at step {1}").format(
            QtCore.QCoreApplication.translate("RaceModel", status), step)
    return QtCore.QCoreApplication.translate("RaceModel", text)


class RaceModel(QtCore.QAbstractTableModel):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        controller.sigLanesChanged.connect(self._reset)
        controller.sigReadout.connect(self._refresh)
        self.cost = "steps"

    def cost_headers(self) -> dict:
        # on the steps axis the Step column counts steps already: this one shows what they cost
        grad = self.tr("∇f evals")
        return {"steps": grad, "grad": grad, "value": self.tr("f evals"), "hessian": self.tr("∇²f evals"),
                "seconds": self.tr("engine ms")}

    def set_cost(self, cost: str):
        if cost not in self.cost_headers():
            raise ValueError(f"Invalid cost {cost!r}: one of {', '.join(self.cost_headers())}")
        self.cost = cost
        self.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, COST, COST)
        self._refresh()

    def cost_text(self, entry) -> str:
        """The Cost cell: the lane's count at the step the numbers show (engine time in ms)."""
        cost = "grad" if self.cost == "steps" else self.cost
        value = self.ctrl.cost_at(entry, cost, self.ctrl.step_shown(entry))
        return f"{1000 * value:.1f}" if cost == "seconds" else str(int(value))

    def rowCount(self, parent=QtCore.QModelIndex()):
        return 0 if parent.isValid() else len(self.ctrl.active)

    def columnCount(self, parent=QtCore.QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self.cost_headers()[self.cost] if section == COST else self.tr(COLUMNS[section])
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.ToolTipRole \
                and section == COST:
            return self.tr("What each racer has cost so far: points at which it asked for the function, "
                           "its gradient or its Hessian, or the engine's time (the loss plot counts the same)")
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
                return str(self.ctrl.step_shown(entry))
            if col == 2:
                return f"{lane.history.view('values')[self.ctrl.readout_row(entry)]:.5g}"
            if col == 3:
                g = self._grad_norm(entry)
                return "–" if g != g else f"{g:.3g}"
            if col == 4:
                return status_text(self.ctrl.status_text(entry))
            if col == COST:
                return self.cost_text(entry)
            if col == EPOCH:
                epochs = self.ctrl.epochs_at(entry, self.ctrl.step_shown(entry))
                return "" if epochs is None else f"{epochs:.2f}" if epochs < 100 else f"{epochs:.0f}"
        if role == QtCore.Qt.ItemDataRole.DecorationRole and col == 0:
            return swatch(entry.colour, cross=lane is not None and lane.status == "diverged")
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and col == 4 and lane is not None:
            return {"diverged": DIVERGED, "converged": CONVERGED}.get(lane.status)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and col == EPOCH and lane is not None:
            b = self.ctrl.batch_size_of(entry)
            return None if b is None else f"batch size {b} of {self.ctrl.surface.n_examples} examples"
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and col == COST and lane is not None:
            n = lane.evaluations
            return self.tr("f: {v}, ∇f: {g}, ∇²f: {h} evaluations; engine {ms:.1f} ms").format(
                v=n["value"], g=n["grad"], h=n["hessian"], ms=1000 * lane.seconds)
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3, EPOCH, COST):
            return int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and col == 0:
            return ", ".join(f"{k}={v!r}" for k, v in entry.hyperparams.items())
        return None

    def _grad_norm(self, entry) -> float:
        """‖∇f‖ at the shown point (the history keeps it once the next step is taken;
        the lane knows its live end's)."""
        hist, row = entry.lane.history, self.ctrl.readout_row(entry)
        g = float(hist.view("grad_norms")[row])
        return entry.lane.grad_norm if math.isnan(g) and row == hist.size - 1 else g

    def _reset(self):
        self.beginResetModel()
        self.endResetModel()

    def _refresh(self):
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
        if header.visualIndex(COST) != 2:
            header.moveSection(header.visualIndex(COST), 2)  # after Step
        for col, sample in ((1, "100000"), (2, "-1.2345e-05"), (3, "1.23e-05"), (EPOCH, "99.99"), (COST, "1000000")):
            header.setSectionResizeMode(col, QtWidgets.QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 14)

    def changeEvent(self, ev):
        if ev.type() == QtCore.QEvent.Type.FontChange:  # presenter mode's text size
            self._fit_columns()
        super().changeEvent(ev)

    def set_cost(self, cost: str):
        """Count ``cost`` in the Cost column (as the loss plot's x axis does)."""
        self.model_.set_cost(cost)

    def _clicked(self, index):
        active = self.ctrl.active
        if index.row() < len(active):
            self.ctrl.set_focus(active[index.row()].key)
