"""File → Export: the map as PNG, the race as GIF or MP4, the trajectories as CSV or JSON.

PNG: the live canvas as shown, through pyqtgraph's ImageExporter (its SVG exporter is
broken with this Qt, DESIGN.md), at a chosen scale, with a legend added for the shot.
GIF/MP4: a fresh copy of the race (a Run built from the window's Setup, stepped from the
start point) or a replay of what the window has computed, drawn on an offscreen canvas
(recorder.py) or, chosen in the dialog, by the 3-D view from its camera (render3d.py,
optionally orbiting) while the window keeps animating; a non-modal progress dialog with Cancel,
and a cancelled recording leaves no file. CSV/JSON: engine/export.py, written atomically.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyqtgraph.exporters as pg_exporters
from PySide6 import QtCore, QtWidgets

from engine import export as trajectory_export

from desktop_app.model.media import MediaError, replacing, write_png
from desktop_app.plot.canvas import LaneStyle
from desktop_app.plot.recorder import RaceRecorder, Recording, ReplayLane, add_legend, image_to_array, plan_frames, remove_legend
from desktop_app.widgets.errors import ErrorDialog
from desktop_app.window import setup_io
from desktop_app.window.record_dialog import RecordDialog, RecordOptions

TICK_MS = 5
RENDER_BUDGET_S = 0.012  # per tick: the live window keeps most of each 16 ms frame


# -- one-shot exports (callable without dialogs: the tests use these) ---------------------------
def export_png(window, path, scale: float = 1.0, legend: bool = True, caption: bool = True) -> Path:
    """The canvas as shown, ``scale`` times its size on screen. The window draws a scenario's
    caption on the map: ``caption=False`` leaves it out of the picture (issue 14 item 12)."""
    canvas = window.canvas
    item = None
    if legend and window.ctrl.active:
        item = add_legend(canvas, [LaneStyle(e.key, e.colour, e.label) for e in window.ctrl.active], scale=scale)
    hidden = not caption and canvas.caption.isVisible()
    if hidden:
        canvas.caption.setVisible(False)
    try:
        exporter = pg_exporters.ImageExporter(canvas.scene())
        exporter.parameters()["width"] = max(16, round(canvas.viewport().width() * scale))
        image = exporter.export(toBytes=True)
    finally:
        if item is not None:
            remove_legend(item)
        if hidden:
            canvas.caption.setVisible(True)
    return write_png(path, image_to_array(image))


def surface_description(surface) -> dict:
    if surface.name == "custom":
        return {"name": "custom", "formula": surface.formula, "bounds": [list(b) for b in surface.bounds]}
    return {"name": surface.name, "params": dict(surface.values)}


def export_trajectories(window, path) -> Path:
    """CSV or JSON by the file's suffix."""
    path = Path(path)
    run = window.ctrl.run
    if path.suffix.lower() == ".csv":
        text = trajectory_export.to_csv(run)
    elif path.suffix.lower() == ".json":
        text = trajectory_export.to_json(run, surface_description(window.ctrl.surface))
    else:
        raise MediaError(f"Unsupported file type {path.suffix or '(none)'!r} for trajectories: use .csv or .json")
    if not path.parent.exists():
        raise MediaError(f"Folder does not exist: {path.parent}")
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="")
    return path


def make_recording(window, options: RecordOptions) -> Recording:
    """A Recording of the window's race as ``options`` say (raises MediaError/SetupError)."""
    problem = options.check()
    if problem:
        raise MediaError(problem)
    ctrl = window.ctrl
    setup = setup_io.capture(window)
    replay = None
    if options.source == "computed":
        replay = [ReplayLane.of(i, e.lane) for i, e in enumerate(ctrl.active)]
        steps = ctrl.run.t
    else:
        steps = options.steps
    setup.steps = max(1, steps)
    plan = plan_frames(steps, options.fps, options.duration)
    caption = not options.path.lower().endswith(".gif")
    if options.view == "3d":
        recorder = recorder_3d(window, setup, options, steps, caption)
    else:
        recorder = RaceRecorder(setup, options.size, surface=ctrl.surface, field=window.canvas.field,
                                log=ctrl.log_levels, replay=replay, caption=caption, title=options.caption)
    try:
        return Recording(recorder, plan, options.path)
    except Exception:
        recorder.close()
        raise


def view3d_state(window) -> tuple[bool, str, dict | None]:
    """(can the 3-D view be recorded here, why not, its camera now or as a setup saved it)."""
    feature = window.features.get("view3d")
    if feature is None:
        return False, "The 3-D view is not installed", None
    ok, why = feature.probe()
    state = feature.view_state() or {}
    return ok, why, state.get("camera")


def recorder_3d(window, setup, options: RecordOptions, steps: int, caption: bool):
    """The 3-D view's recorder for the window's race, from the 3-D view's camera, in the
    window's theme (raises OpenGLUnavailable, a RuntimeError naming OpenGL)."""
    from desktop_app.plot.gl_check import OpenGLUnavailable
    from desktop_app.plot.render3d import ORBIT_DEGREES, RaceRecorder3D

    ok, why, camera = view3d_state(window)
    if not ok:
        raise OpenGLUnavailable(why)
    return RaceRecorder3D(setup, options.size, total_steps=steps, orbit_degrees=ORBIT_DEGREES if options.orbit else 0.0,
                          camera=camera, dark=window.api.appearance.high_contrast, caption=caption,
                          replay=window.ctrl if options.source == "computed" else None)


class RecordingProgress(QtCore.QObject):
    """Drives a Recording from a QTimer and shows it in a non-modal QProgressDialog."""

    sigFinished = QtCore.Signal(str)  # "done" | "cancelled" | "failed"

    def __init__(self, window, job: Recording):
        super().__init__(window)
        self.window, self.job = window, job
        self.dialog = QtWidgets.QProgressDialog(self.tr("Recording {0}…").format(job.path.name), self.tr("Cancel"), 0,
                                                 job.total, window)
        self.dialog.setWindowTitle(self.tr("Export recording"))
        self.dialog.setModal(False)
        self.dialog.setWindowModality(QtCore.Qt.WindowModality.NonModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(380)
        self.dialog.canceled.connect(self.cancel)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.dialog.show()
        self.timer.start()

    def cancel(self):
        self.job.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def abort(self):
        """Cancel and wait for the encoder to drop its file (the window is closing)."""
        self.job.cancel()
        self.job.wait(10.0)
        if self.timer.isActive():
            self._end()

    def _tick(self):
        job = self.job
        if job.state == "recording":
            if not job.render_next(RENDER_BUDGET_S) and job.state == "recording":
                job.finish()
            self.dialog.setMaximum(job.total)  # fewer frames when the race ends early
            self.dialog.setValue(job.encoded)
            self.dialog.setLabelText(self.tr("Recording {0}: frame {1} of {2}").format(job.path.name, job.rendered, job.total))
        elif job.state == "finishing" and self.dialog.maximum():
            self.dialog.setRange(0, 0)  # busy: a GIF is encoded in one go at the end
            self.dialog.setLabelText(self.tr("Encoding {0}…").format(job.path.name))
        if job.done:
            self._end()

    def _end(self):
        self.timer.stop()
        self.job.recorder.close()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.sigFinished.emit(self.job.state)


def message_dialog(parent) -> ErrorDialog:
    """A non-modal message that keeps a stable size (QMessageBox resizes itself on every
    text change, which Qt's offscreen platform warns about)."""
    return ErrorDialog(parent)


# -- the menu -------------------------------------------------------------------------------------
@dataclass
class _Kind:
    title: str
    filter: str
    suffix: str


KINDS = {"png": _Kind(QtCore.QT_TRANSLATE_NOOP("ExportActions", "PNG image"), QtCore.QT_TRANSLATE_NOOP("ExportActions", "PNG image (*.png)"), ".png"),
         "gif": _Kind(QtCore.QT_TRANSLATE_NOOP("ExportActions", "GIF animation"), QtCore.QT_TRANSLATE_NOOP("ExportActions", "GIF animation (*.gif)"), ".gif"),
         "mp4": _Kind(QtCore.QT_TRANSLATE_NOOP("ExportActions", "MP4 video"), QtCore.QT_TRANSLATE_NOOP("ExportActions", "MP4 video (*.mp4)"), ".mp4"),
         "csv": _Kind(QtCore.QT_TRANSLATE_NOOP("ExportActions", "trajectories (CSV)"), QtCore.QT_TRANSLATE_NOOP("ExportActions", "CSV table (*.csv)"), ".csv"),
         "json": _Kind(QtCore.QT_TRANSLATE_NOOP("ExportActions", "trajectories (JSON)"), "JSON (*.json)", ".json")}


EXPORT_FOLDER_KEY = "export/folder"


def inside_the_package(path) -> bool:
    """Is ``path`` in the installed program (its scenarios, decks, code)? Never an export's home."""
    import engine
    from engine import resources

    here = Path(path).resolve()
    for root in (resources.root(), Path(__file__).resolve().parents[1], Path(engine.__file__).parent):
        root = Path(root).resolve()
        if here == root or root in here.parents:
            return True
    return False


def default_export_folder(kind: str) -> str:
    """The user's Pictures folder for images and films, Documents for tables; home if missing."""
    where = (QtCore.QStandardPaths.StandardLocation.DocumentsLocation if kind in ("csv", "json")
             else QtCore.QStandardPaths.StandardLocation.PicturesLocation)
    folder = QtCore.QStandardPaths.writableLocation(where)
    if folder and Path(folder).is_dir() and not inside_the_package(folder):
        return folder
    return str(Path.home())


class ExportActions(QtCore.QObject):
    """The Export actions of the File menu and the dialogs behind them.

    The dialogs propose the folder of the last export, else the user's Pictures (PNG, GIF,
    MP4) or Documents (CSV, JSON): not the folder of the last opened setup, which after a
    scenario was the program's own resources/scenarios (issue 14 item 12)."""

    def __init__(self, window, folder=None):
        super().__init__(window)
        self.window = window
        self.settings = getattr(window, "settings", None)
        self.progress: RecordingProgress | None = None
        self.message: ErrorDialog | None = None
        self.last_view = "map"  # the view the last recording drew: the next dialog offers it first
        a = window.api.add_action
        self.act_png = a("file.export_png", self.tr("Export &image (PNG)…"), self.png_dialog, shortcuts="Ctrl+E",
                         tip=self.tr("Save the map as shown, with a legend, as a PNG image"))
        self.act_gif = a("file.export_gif", self.tr("Export &GIF…"), lambda: self.record_dialog("gif"), shortcuts="Ctrl+Shift+G",
                         tip=self.tr("Record the race as an animated GIF (for slides)"))
        self.act_mp4 = a("file.export_mp4", self.tr("Export &MP4…"), lambda: self.record_dialog("mp4"), shortcuts="Ctrl+Shift+M",
                         tip=self.tr("Record the race as an MP4 video"))
        self.act_csv = a("file.export_csv", self.tr("Export trajectories as &CSV…"), lambda: self.data_dialog("csv"),
                         shortcuts="Ctrl+Shift+C", tip=self.tr("Every step of every optimizer: point, loss, gradient norm"))
        self.act_json = a("file.export_json", self.tr("Export trajectories as &JSON…"), lambda: self.data_dialog("json"),
                          shortcuts="Ctrl+Shift+J")
        self.actions = [self.act_png, self.act_gif, self.act_mp4, self.act_csv, self.act_json]
        window.installEventFilter(self)

    def eventFilter(self, obj, ev):
        """Closing the window cancels a running recording: no temporary file stays behind."""
        if obj is self.window and ev.type() == QtCore.QEvent.Type.Close and self.progress is not None:
            self.progress.abort()
        return False

    def _status(self, text: str):
        self.window.statusBar().showMessage(text, 8000)

    def folder(self, kind: str = "png") -> str:
        """Where the next export of ``kind`` is proposed: the last export's folder if it still
        exists outside the program, else the user's Pictures or Documents."""
        last = str(self.settings.value(EXPORT_FOLDER_KEY, "") or "") if self.settings is not None else ""
        if last and Path(last).is_dir() and not inside_the_package(last):
            return last
        return default_export_folder(kind)

    def remember(self, path) -> None:
        if self.settings is not None and not inside_the_package(Path(path).parent):
            self.settings.setValue(EXPORT_FOLDER_KEY, str(Path(path).parent))

    def _ask_path(self, kind: str, name: str = "race") -> str:
        k = KINDS[kind]
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Export {0}").format(self.tr(k.title)), str(Path(self.folder(kind)) / f"{name}{k.suffix}"),
            self.tr(k.filter))
        if path and not Path(path).suffix:
            path += k.suffix
        if path:
            self.remember(path)
        return path

    def _failed(self, what: str, exc: Exception):
        if self.message is None:
            self.message = message_dialog(self.window)
        self.message.setWindowTitle(self.tr("Export failed"))
        self.message.setText(self.tr("Could not export {0}.\n\n{1}").format(what, exc))
        self.message.show()

    def png_dialog(self):
        scale, ok = QtWidgets.QInputDialog.getDouble(self.window, self.tr("Export image"), self.tr("Scale (× screen size):"),
                                                     2.0, 0.5, 8.0, 1)
        if not ok:
            return
        path = self._ask_path("png", "map")
        if path:
            try:
                export_png(self.window, path, scale)
                self._status(self.tr("Saved {0}").format(path))
            except (OSError, ValueError) as exc:
                self._failed(Path(path).name, exc)

    def data_dialog(self, kind: str):
        path = self._ask_path(kind, "trajectories")
        if path:
            try:
                export_trajectories(self.window, path)
                self._status(self.tr("Saved {0}").format(path))
            except (OSError, ValueError) as exc:
                self._failed(Path(path).name, exc)

    def record_dialog(self, kind: str):
        if self.progress is not None:
            self._status(self.tr("A recording is already running"))
            return None
        ctrl = self.window.ctrl
        ok, why, _ = view3d_state(self.window)
        dialog = RecordDialog(kind, str(Path(self.folder(kind)) / f"race.{kind}"), ctrl.step_limit, ctrl.run.t,
                              self.window, view3d=(ok, why), view=self.last_view)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        self.last_view = dialog.options().view
        self.remember(dialog.options().path)
        return self.record(dialog.options())

    def record(self, options: RecordOptions) -> RecordingProgress | None:
        """Start a recording in the background; None (and a message) if it cannot start."""
        try:
            job = make_recording(self.window, options)
        except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: OpenGLUnavailable
            self._failed(Path(options.path).name, exc)
            return None
        self.progress = RecordingProgress(self.window, job)
        self.progress.sigFinished.connect(lambda state, job=job: self._recorded(job, state))
        for act in (self.act_gif, self.act_mp4):
            act.setEnabled(False)
        return self.progress

    def _recorded(self, job: Recording, state: str):
        self.progress = None
        for act in (self.act_gif, self.act_mp4):
            act.setEnabled(True)
        if state == "done":
            size = job.writer.bytes_written
            self._status(self.tr("Saved {0} ({1} frames{2})").format(
                job.path, job.total, "" if size is None else f", {size / 1e6:.1f} MB"))
        elif state == "cancelled":
            self._status(self.tr("Recording cancelled: nothing was saved"))
        else:
            self._failed(job.path.name, RuntimeError(job.error))
