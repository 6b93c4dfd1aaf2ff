"""Rewind: a timeline slider that scrubs the race back and forth over the steps already
computed, and clicks on the loss plot that jump to a step.

Scrubbing is a view of the history, not a new race: trails end, markers and overlays
sit at the chosen step, and the race stays paused. Play (or a step) goes back to the
live end and races on from there. The slider's right end is always the live end.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.features.base import Feature


class MarkedSlider(QtWidgets.QSlider):
    """The timeline's slider with marks at chosen steps (pause points): a small triangle
    under the groove; a step beyond the range (not computed yet) sits at the right end."""

    MARK = QtGui.QColor("#D55E00")

    def __init__(self, *args):
        super().__init__(*args)
        self.marks: list[int] = []

    def set_marks(self, steps) -> None:
        marks = sorted({int(s) for s in steps})
        if marks != self.marks:
            self.marks = marks
            self.update()

    def mark_x(self, step: int) -> float:
        """The horizontal pixel of ``step`` along the groove (the handle's centre there)."""
        option = QtWidgets.QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(QtWidgets.QStyle.ComplexControl.CC_Slider, option,
                                      QtWidgets.QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QtWidgets.QStyle.ComplexControl.CC_Slider, option,
                                      QtWidgets.QStyle.SubControl.SC_SliderHandle, self)
        span = max(1, groove.width() - handle.width())
        pos = QtWidgets.QStyle.sliderPositionFromValue(self.minimum(), self.maximum(),
                                                       min(max(step, self.minimum()), self.maximum()), span)
        return groove.x() + handle.width() / 2 + pos

    def paintEvent(self, ev):
        super().paintEvent(ev)
        if not self.marks:
            return
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(self.MARK)
        bottom = self.height() - 1
        for step in self.marks:
            x = self.mark_x(step)
            painter.drawPolygon(QtGui.QPolygonF([QtCore.QPointF(x, bottom - 6), QtCore.QPointF(x - 4, bottom),
                                                 QtCore.QPointF(x + 4, bottom)]))
        painter.end()


class Timeline(QtWidgets.QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.slider = MarkedSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(self.tr("Scrub through the steps computed so far (Ctrl+Left / Ctrl+Right; End: live)"))
        self.slider.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # arrow keys belong to the actions
        self.label = QtWidgets.QLabel()
        self.label.setMinimumWidth(150)
        self.live_button = QtWidgets.QToolButton()
        self.live_button.setText(self.tr("Live"))
        self.live_button.setToolTip(self.tr("Back to the live end of the race (End)"))
        self.live_button.clicked.connect(self.go_live)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QtWidgets.QLabel(self.tr("Timeline")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.live_button)
        self.slider.valueChanged.connect(self._slid)
        c = controller
        for sig in (c.sigStepped, c.sigReset, c.sigShownStepChanged, c.sigLanesChanged, c.sigFocusChanged):
            sig.connect(self.sync)
        c.sigReadout.connect(self._read)  # the label's numbers: read when every number is
        self.sync()
        self._read()

    def sync(self):
        """Slider range = steps computed, handle = the shown step."""
        with QtCore.QSignalBlocker(self.slider):
            self.slider.setRange(0, self.ctrl.t)
            self.slider.setValue(self.ctrl.shown_step)
        self.live_button.setEnabled(self.ctrl.rewound)

    def _read(self):
        """The label: the step the numbers on screen show (the controller's readout)."""
        text = self.tr("step {0} of {1}").format(self.ctrl.readout_step, self.ctrl.t) + self._epoch_text()
        if self.ctrl.rewound:
            text += self.tr("  (rewound)")
        self.label.setText(text)

    def set_marks(self, steps, tip: str = "") -> None:
        """Marks under the slider at ``steps`` (the pause points feature); ``tip`` lists them."""
        self.slider.set_marks(steps)
        base = self.tr("Scrub through the steps computed so far (Ctrl+Left / Ctrl+Right; End: live)")
        self.slider.setToolTip(f"{base}\n{tip}" if tip else base)

    def _epoch_text(self) -> str:
        """On a data surface: the focused lane's epochs at the shown step."""
        entry = self.ctrl.focused
        if entry is None or entry.lane is None or not self.ctrl.is_data:
            return ""
        epochs = self.ctrl.epochs_at(entry, self.ctrl.step_shown(entry))
        return "" if epochs is None else self.tr(", epoch {0:.2f}").format(epochs)

    def _slid(self, value):
        self.ctrl.show_step(value)

    def go_live(self):
        self.ctrl.show_step(None)

    def nudge(self, steps: int):
        self.ctrl.show_step(self.ctrl.shown_step + steps)

    def go_start(self):
        self.ctrl.show_step(0)


class LossPlotClicks(QtCore.QObject):
    """A click on the loss plot shows that step; a dashed line marks the shown step."""

    def __init__(self, loss_plot, controller, parent=None):
        super().__init__(parent)
        self.plot = loss_plot
        self.ctrl = controller
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#444444", width=1,
                                                                           style=QtCore.Qt.PenStyle.DashLine))
        self.line.hide()
        loss_plot.addItem(self.line, ignoreBounds=True)
        loss_plot.scene().sigMouseClicked.connect(self._clicked)
        for sig in (controller.sigShownStepChanged, controller.sigReset, controller.sigStepped):
            sig.connect(self.sync)

    def step_at(self, scene_pos) -> int | None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return max(0, round(self.plot.step_of_x(vb.mapSceneToView(scene_pos).x())))

    def _clicked(self, ev):
        if ev.button() != QtCore.Qt.MouseButton.LeftButton or ev.double():
            return
        step = self.step_at(ev.scenePos())
        if step is not None:
            ev.accept()
            self.ctrl.show_step(step)

    def detach(self):
        """Off the loss plot (the feature is being removed, or the window closes)."""
        self.plot.scene().sigMouseClicked.disconnect(self._clicked)
        self.plot.removeItem(self.line)

    def sync(self):
        if self.ctrl.rewound:
            self.line.setValue(self.plot.x_of_step(self.ctrl.shown_step))
            self.line.show()
        else:
            self.line.hide()


class TimelineFeature(Feature):
    """The timeline under the map, loss-plot clicks and the scrubbing shortcuts (Playback)."""

    name = "timeline"

    def install(self, api):
        self.timeline = timeline = Timeline(api.controller)
        api.add_below_canvas(timeline)
        self.loss_clicks = LossPlotClicks(api.loss_plot, api.controller, api.parent)
        api.add_menu_entry("Playback", None)
        self.actions = [
            api.add_action(f"timeline.{name}", QtCore.QCoreApplication.translate("TimelineFeature", text), slot, shortcuts=key, menu="Playback")
            for name, text, slot, key in (
                ("back_one", QtCore.QT_TRANSLATE_NOOP("TimelineFeature", "Rewind one step"), lambda: timeline.nudge(-1), "Ctrl+Left"),
                ("forward_one", QtCore.QT_TRANSLATE_NOOP("TimelineFeature", "Forward one step (in history)"), lambda: timeline.nudge(1), "Ctrl+Right"),
                ("back_ten", QtCore.QT_TRANSLATE_NOOP("TimelineFeature", "Rewind ten steps"), lambda: timeline.nudge(-10), "Ctrl+Shift+Left"),
                ("forward_ten", QtCore.QT_TRANSLATE_NOOP("TimelineFeature", "Forward ten steps (in history)"), lambda: timeline.nudge(10), "Ctrl+Shift+Right"),
                ("start", QtCore.QT_TRANSLATE_NOOP("TimelineFeature", "Rewind to step 0"), timeline.go_start, "Ctrl+Home"),
                ("live", QtCore.QT_TRANSLATE_NOOP("TimelineFeature", "Back to the live end"), timeline.go_live, "End"),
            )]

    def shutdown(self):
        self.loss_clicks.detach()
