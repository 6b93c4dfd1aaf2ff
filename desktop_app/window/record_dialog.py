"""The options of a GIF/MP4 recording: file, what to record, the map or the 3-D view (with
a slow camera orbit), size, frame rate, duration."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from desktop_app.model.media import gif_size_estimate
from desktop_app.plot.recorder import SIZE_RANGE, default_duration, plan_frames

DEFAULTS = {"gif": ((800, 600), 20), "mp4": ((1280, 720), 30)}
GIF_MEMORY_LIMIT = 1_500_000_000  # Pillow holds every GIF frame (RGB) until it encodes them


@dataclass
class RecordOptions:
    path: str
    source: str = "fresh"  # "fresh": a new race from the start point; "computed": replay the window's
    steps: int = 300
    size: tuple[int, int] = (800, 600)
    fps: float = 20.0
    duration: float | None = None  # seconds for the steps; None: default_duration(steps)
    view: str = "map"  # "map" | "3d": the 3-D view from its camera as shown (render3d.py)
    orbit: bool = False  # 3-D: swing the camera a quarter turn over the race
    caption: bool = True  # the scenario's caption above the map (issue 14 item 12)

    def check(self) -> str:
        """'' when fine, else why not (before any file is touched)."""
        plan = plan_frames(self.steps, self.fps, self.duration)
        if Path(self.path).suffix.lower() == ".gif":
            need = plan.distinct * self.size[0] * self.size[1] * 3
            if need > GIF_MEMORY_LIMIT:
                return QtCore.QCoreApplication.translate(
                    "RecordDialog", "A GIF of {0} frames at {1}x{2} needs about {3:.1f} GB of memory while it is "
                    "encoded; choose a smaller size, a shorter duration or a lower frame rate, or record an MP4").format(
                        plan.distinct, self.size[0], self.size[1], need / 1e9)
        return ""


class RecordDialog(QtWidgets.QDialog):
    """``view3d``: (can the 3-D view be recorded, why not) to offer it, None to leave it out;
    ``view``: the view chosen at first."""

    def __init__(self, kind: str, path: str, step_limit: int, computed: int, parent=None, *,
                 view3d: tuple[bool, str] | None = None, view: str = "map"):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Export {0}").format(kind.upper()))
        (w, h), fps = DEFAULTS[kind]
        self.path = QtWidgets.QLineEdit(path)
        browse = QtWidgets.QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QtWidgets.QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.fresh = QtWidgets.QRadioButton(self.tr("Race again from the start point"))
        self.computed = QtWidgets.QRadioButton(self.tr("What is already computed (steps 0 to {0})").format(computed))
        self.computed.setEnabled(computed > 0)
        self.fresh.setChecked(True)
        self.steps = self._spin(1, 1_000_000, step_limit, self.tr(" steps"))
        self.width_spin = self._spin(*SIZE_RANGE, w, " px")
        self.height_spin = self._spin(*SIZE_RANGE, h, " px")
        size_row = QtWidgets.QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QtWidgets.QLabel("×"))
        size_row.addWidget(self.height_spin)
        self.fps = self._spin(1, 60, fps, self.tr(" frames/s"))
        self.duration = QtWidgets.QDoubleSpinBox()
        self.duration.setRange(0.5, 600.0)
        self.duration.setDecimals(1)
        self.duration.setSuffix(" s")
        self.duration.setValue(default_duration(step_limit))
        self.view_map = QtWidgets.QRadioButton(self.tr("The map"))
        self.view_3d = QtWidgets.QRadioButton(self.tr("The 3-D view, from its camera"))
        self.orbit = QtWidgets.QCheckBox(self.tr("Slow camera orbit (a quarter turn over the race)"))
        self.view_map.setChecked(True)
        if view3d is not None:
            self.view_3d.setEnabled(bool(view3d[0]))
            self.view_3d.setToolTip("" if view3d[0] else view3d[1])
            self.view_3d.setChecked(bool(view3d[0]) and view == "3d")
        self.view_3d.toggled.connect(self.orbit.setEnabled)
        self.orbit.setEnabled(self.view_3d.isChecked())
        self.caption = QtWidgets.QCheckBox(self.tr("The scenario's caption above the map"))
        self.caption.setChecked(True)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Record"), self.fresh)
        form.addRow("", self.steps)
        form.addRow("", self.computed)
        if view3d is not None:
            form.addRow(self.tr("View"), self.view_map)
            form.addRow("", self.view_3d)
            form.addRow("", self.orbit)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Size"), size_row)
        form.addRow(self.tr("Frame rate"), self.fps)
        form.addRow(self.tr("Duration"), self.duration)
        self.buttons = buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._computed_steps = computed
        for spin in (self.steps, self.width_spin, self.height_spin, self.fps, self.duration):
            spin.valueChanged.connect(self._update)
        self.fresh.toggled.connect(self._update)
        self._update()

    @staticmethod
    def _spin(lo, hi, value, suffix):
        spin = QtWidgets.QSpinBox()
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _browse(self):
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Record to", self.path.text(),
                                                        f"{self.kind.upper()} (*.{self.kind})")
        if path:
            self.path.setText(path if Path(path).suffix else f"{path}.{self.kind}")

    def options(self) -> RecordOptions:
        fresh = self.fresh.isChecked()
        return RecordOptions(self.path.text(), "fresh" if fresh else "computed",
                             self.steps.value() if fresh else self._computed_steps,
                             (self.width_spin.value(), self.height_spin.value()),
                             float(self.fps.value()), self.duration.value(),
                             "3d" if self.view_3d.isChecked() else "map", self.orbit.isChecked(),
                             self.caption.isChecked())

    def _update(self):
        self.steps.setEnabled(self.fresh.isChecked())
        o = self.options()
        plan = plan_frames(o.steps, o.fps, o.duration)
        problem = o.check()
        size = ""
        if not problem and Path(o.path).suffix.lower() == ".gif":
            size = self.tr(" The GIF will take about {0:.2f} MB.").format(
                gif_size_estimate(*o.size, plan.distinct) / 1e6)
        self.summary.setText(problem or self.tr("{0} frames, one every {1} step(s), {2:.1f} s with a 1 s pause at the end "
                                                 "(shorter if every optimizer stops before).").format(
                                                     plan.count, plan.every, plan.seconds) + size)
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
