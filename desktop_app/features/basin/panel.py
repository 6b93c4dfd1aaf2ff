"""The basin map's controls and legend (a dock beside the canvas).

Shows the :class:`~.basin_view.BasinMapper`'s state and sends it commands; it keeps no
state of its own. The legend lists only the minima some start reached (rastrigin has 121),
or draws the colour bar of the continuous modes.
"""
from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.geometry import basin_colors
from desktop_app.model.basin_job import RESOLUTIONS
from desktop_app.plot.basin_figure import legend_text
from desktop_app.widgets.fraction_bar import FractionBar

SWATCH = 14


def titled(label: str, hyperparams: dict) -> str:
    """An optimizer's name with its learning rate, as maps and choices title it."""
    lr = hyperparams.get("lr")
    return label + (f"  (lr {lr:g})" if lr is not None else "")


MODE_WORDS = (QtCore.QT_TRANSLATE_NOOP("BasinPanel", "Minimum reached"), QtCore.QT_TRANSLATE_NOOP("BasinPanel", "Steps to converge"),
              QtCore.QT_TRANSLATE_NOOP("BasinPanel", "Final loss"))  # basin_colors.MODE_TITLES, for pyside6-lupdate


def mode_box(mode: str) -> QtWidgets.QComboBox:
    """A choice of the colour modes, showing ``mode``."""
    box = QtWidgets.QComboBox()
    for m in basin_colors.MODES:
        box.addItem(QtCore.QCoreApplication.translate("BasinPanel", basin_colors.MODE_TITLES[m]), m)
    box.setCurrentIndex(box.findData(mode))
    return box


def swatch_icon(colour: str) -> QtGui.QIcon:
    pixmap = QtGui.QPixmap(SWATCH, SWATCH)
    pixmap.fill(QtGui.QColor(colour))
    painter = QtGui.QPainter(pixmap)
    painter.setPen(QtGui.QColor(0, 0, 0, 110))
    painter.drawRect(0, 0, SWATCH - 1, SWATCH - 1)
    painter.end()
    return QtGui.QIcon(pixmap)


class ColourBar(QtWidgets.QWidget):
    """A horizontal colour bar with log-scale tick labels."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scale: basin_colors.ColourScale | None = None
        self.setMinimumHeight(44)

    def set_scale(self, scale):
        self.scale = scale
        self.update()

    def paintEvent(self, ev):
        if self.scale is None:
            return
        s = self.scale
        p = QtGui.QPainter(self)
        bar = QtCore.QRectF(6, 4, self.width() - 12, 16)
        gradient = QtGui.QLinearGradient(bar.topLeft(), bar.topRight())
        for i, c in enumerate(s.stops):
            gradient.setColorAt(i / (len(s.stops) - 1), QtGui.QColor(c))
        p.fillRect(bar, gradient)
        p.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
        metrics = p.fontMetrics()
        for value, text in basin_colors.scale_ticks(s.lo, s.hi):
            x = bar.left() + bar.width() * (value - s.lo) / (s.hi - s.lo)
            p.drawLine(QtCore.QPointF(x, bar.bottom()), QtCore.QPointF(x, bar.bottom() + 4))
            w = metrics.horizontalAdvance(text)
            left = min(max(x - w / 2, 0), self.width() - w)
            p.drawText(QtCore.QPointF(left, bar.bottom() + 6 + metrics.ascent()), text)
        p.end()


class BasinPanel(QtWidgets.QWidget):
    sigCompare = QtCore.Signal()
    sigExport = QtCore.Signal()

    def __init__(self, mapper, parent=None):
        super().__init__(parent)
        self.mapper = mapper
        self.show_box = QtWidgets.QCheckBox(self.tr("Show basin map"))
        self.show_box.setToolTip(self.tr("Colour every start of the window by where the focused optimizer ends (B)"))
        self.title = QtWidgets.QLabel()
        self.title.setWordWrap(True)
        self.mode = mode_box(mapper.mode)
        self.opacity = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setToolTip(self.tr("Opacity of the map over the contours"))
        self.resolution = QtWidgets.QComboBox()
        for r in RESOLUTIONS:
            self.resolution.addItem(f"{r} x {r}", r)
        self.steps = QtWidgets.QSpinBox()
        self.steps.setRange(10, 10_000)
        self.steps.setSingleStep(100)
        self.steps.setKeyboardTracking(False)
        self.auto = QtWidgets.QCheckBox(self.tr("Recompute automatically"))
        self.auto.setToolTip(self.tr("Recompute when a hyperparameter, the surface or the focus changes"))
        self.compute = QtWidgets.QPushButton(self.tr("Compute"))
        self.cancel = QtWidgets.QPushButton(self.tr("Cancel"))
        self.bar = FractionBar()
        self.stale = QtWidgets.QLabel()
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet("color: #A0522D")
        self.legend = QtWidgets.QListWidget()
        self.legend.setIconSize(QtCore.QSize(SWATCH, SWATCH))
        self.legend.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.colour_bar = ColourBar()
        self.compare = QtWidgets.QPushButton(self.tr("Compare with…"))
        self.compare.setToolTip(self.tr("The focused optimizer's map beside another optimizer's"))
        self.export = QtWidgets.QPushButton(self.tr("Export PNG…"))

        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Colour by"), self.mode)
        form.addRow(self.tr("Opacity"), self.opacity)
        form.addRow(self.tr("Starts"), self.resolution)
        form.addRow(self.tr("Steps"), self.steps)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.compute)
        buttons.addWidget(self.cancel)
        more = QtWidgets.QHBoxLayout()
        more.addWidget(self.compare)
        more.addWidget(self.export)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for w in (self.show_box, self.title):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.auto)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.stale)
        layout.addWidget(self.colour_bar)
        layout.addWidget(self.legend, 1)
        layout.addLayout(more)

        self.show_box.toggled.connect(mapper.set_enabled)
        self.mode.activated.connect(lambda i: mapper.set_mode(self.mode.itemData(i)))
        self.opacity.valueChanged.connect(lambda v: mapper.set_opacity(v / 100))
        self.resolution.activated.connect(lambda i: mapper.set_resolution(self.resolution.itemData(i)))
        self.steps.valueChanged.connect(mapper.set_steps)
        self.auto.toggled.connect(mapper.set_auto)
        self.compute.clicked.connect(mapper.compute)
        self.cancel.clicked.connect(mapper.cancel)
        self.compare.clicked.connect(self.sigCompare)
        self.export.clicked.connect(self.sigExport)
        mapper.sigChanged.connect(self.refresh)
        mapper.sigProgress.connect(self.bar.set_fraction)
        self._legend_for = None
        self.refresh()

    def refresh(self):
        m = self.mapper
        for widget, value in ((self.show_box, m.enabled), (self.auto, m.auto)):
            if widget.isChecked() != value:
                with QtCore.QSignalBlocker(widget):
                    widget.setChecked(value)
        self.mode.setCurrentIndex(self.mode.findData(m.mode))
        if self.resolution.findData(m.resolution) < 0:  # set from code (tests, a setup)
            self.resolution.addItem(f"{m.resolution} x {m.resolution}", m.resolution)
        self.resolution.setCurrentIndex(self.resolution.findData(m.resolution))
        for widget, value in ((self.opacity, round(100 * m.opacity)), (self.steps, m.steps)):
            with QtCore.QSignalBlocker(widget):
                widget.setValue(value)
        if m.job is not None:
            task = m.job.tasks[0]
            hp = ", ".join(f"{k} {v:g}" for k, v in task.hyperparams.items() if k == "lr" or k == "noise" and v)
            hp = f" ({hp})" if hp else ""
            self.title.setText(self.tr("<b>{0}</b>{1}, {2}² starts x {3} steps").format(task.label, hp, m.job.resolution, m.job.steps))
        else:
            self.title.setText(self.tr("No map yet: press B or Compute"))
        self.compute.setText(self.tr("Recompute") if m.map is not None else self.tr("Compute"))
        self.cancel.setEnabled(m.busy)
        self.bar.setVisible(m.busy)
        self.stale.setText(self.tr("Out of date: {0}").format(m.stale) if m.stale else "")
        self.stale.setVisible(bool(m.stale))
        self.export.setEnabled(m.image is not None)
        self._fill_legend()

    def _fill_legend(self):
        image = self.mapper.image
        if image is self._legend_for:
            return
        self._legend_for = image
        self.legend.clear()
        self.colour_bar.set_scale(image.scale if image is not None else None)
        self.colour_bar.setVisible(image is not None and image.scale is not None)
        if image is None:
            return
        if image.scale is not None:
            self.legend.addItem(QtWidgets.QListWidgetItem(self.tr("{0} (log scale)").format(legend_text(image.scale.label))))
        for entry in image.legend:
            self.legend.addItem(QtWidgets.QListWidgetItem(swatch_icon(entry.colour), legend_text(entry.label)))
