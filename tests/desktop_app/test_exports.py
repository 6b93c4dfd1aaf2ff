"""Exports from the live window: PNG as shown (scaled, with a legend), trajectory CSV/JSON,
GIF/MP4 recordings read back (frame count, size) while the window keeps racing, and
cancel leaves no file, also mid-encoding."""
from __future__ import annotations

import csv
import io
import json
import pathlib
import threading

import imageio.v2 as iio2
import imageio.v3 as iio
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtWidgets

from desktop_app.model.media import MediaError
from desktop_app.plot.recorder import RaceRecorder, plan_frames
from desktop_app.window import setup_io
from desktop_app.window.export_dialogs import export_png, export_trajectories
from desktop_app.window.record_dialog import RecordDialog, RecordOptions

SIZE = (200, 150)
LONG_MS = 60_000  # generous: other test runs may share the machine


def files(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "settings.ini")


def record(qtbot, window, options, timeout=None):
    progress = window.files.exports.record(options)
    assert progress is not None and progress.dialog.isVisible() and not progress.dialog.isModal()
    states = []
    progress.sigFinished.connect(states.append)
    qtbot.waitUntil(lambda: bool(states), timeout=timeout or LONG_MS)
    return progress.job, states[0]


def crawl(ctrl):
    """SGD at a tiny learning rate: the race never stops, so the film runs its full length."""
    ctrl.set_hyperparams(ctrl.active[0].key, lr=1e-6)


def distinct_frames(setup, steps, plan) -> int:
    """How many frames a GIF of this race keeps: runs of identical neighbours count once."""
    setup.steps = steps
    rec = RaceRecorder(setup, SIZE, caption=False)
    try:
        frames = [rec.frame(s) for s in plan.frame_steps]
    finally:
        rec.close()
    return 1 + sum(not np.array_equal(a, b) for a, b in zip(frames, frames[1:]))


def test_png_is_the_canvas_as_shown_at_a_scale_with_a_legend(qtbot, window, ctrl, tmp_path):
    ctrl.advance(30)
    before = len(window.canvas.scene().items())
    path = export_png(window, tmp_path / "map.png", scale=2.0)
    image = iio.imread(path)
    w = window.canvas.viewport().width()
    assert image.shape[1] == 2 * w and abs(image.shape[0] / image.shape[1] - window.canvas.viewport().height() / w) < 0.01
    assert len(window.canvas.scene().items()) == before  # the legend was there for the shot only
    assert not any(isinstance(i, pg.LegendItem) for i in window.canvas.scene().items())
    # the lanes' colours are in the picture (trails, markers, legend)
    pixels = image[..., :3].reshape(-1, 3)
    for entry in ctrl.active:
        rgb = np.array([int(entry.colour[i:i + 2], 16) for i in (1, 3, 5)])
        assert (np.abs(pixels.astype(int) - rgb).sum(axis=1) < 30).sum() > 50, entry.label
    assert files(tmp_path) == ["map.png"]


def _legend_symbol_box(image, colour):
    """Height and width of the pixels of ``colour`` in the image's bottom-right quarter: there
    only the legend's symbol of that lane (this race's trails stay left of the middle)."""
    h, w = image.shape[:2]
    quarter = image[h // 2:, w // 2:, :3].astype(int)
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    ys, xs = np.nonzero(np.abs(quarter - rgb).sum(axis=-1) < 30)
    assert len(xs), f"no legend symbol of {colour} in the corner"
    return ys.max() - ys.min() + 1, xs.max() - xs.min() + 1


def test_a_2x_png_scales_the_legend_too_and_keeps_it_in_its_corner(qtbot, window, ctrl, tmp_path):
    """Issue 14 item 13: at 2x the axes and markers doubled, the legend stayed its 1x size."""
    window.resize(1280, 720)
    ctrl.advance(20)
    one = iio.imread(export_png(window, tmp_path / "one.png", scale=1.0))
    two = iio.imread(export_png(window, tmp_path / "two.png", scale=2.0))
    colour = ctrl.active[0].colour
    (h1, w1), (h2, w2) = _legend_symbol_box(one, colour), _legend_symbol_box(two, colour)
    assert 1.6 <= h2 / h1 <= 2.4, (h1, h2)
    # the last lane's symbol (the legend's bottom row) sits as near the corner, in proportion, as at 1x
    colour = ctrl.active[-1].colour

    def where(image):
        h, w = image.shape[:2]
        quarter = image[h // 2:, w // 2:, :3].astype(int)
        rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
        ys, xs = np.nonzero(np.abs(quarter - rgb).sum(axis=-1) < 30)
        return (w // 2 + xs.mean()) / w, (h // 2 + ys.mean()) / h
    np.testing.assert_allclose(where(two), where(one), atol=0.03)


def test_trajectories_as_csv_and_json(window, ctrl, tmp_path):
    ctrl.advance(25)
    rows = list(csv.DictReader(io.StringIO(export_trajectories(window, tmp_path / "t.csv").read_text())))
    assert {"optimizer", "hyperparameters", "step", "x", "y", "loss", "grad_norm"} <= set(rows[0])
    assert len(rows) == sum(e.lane.history.size for e in ctrl.active)
    sgd = [r for r in rows if r["optimizer"] == "sgd"]
    assert [int(r["step"]) for r in sgd] == list(range(26))
    assert json.loads(sgd[0]["hyperparameters"])["lr"] == ctrl.active[0].optimizer.hyperparams["lr"]
    doc = json.loads(export_trajectories(window, tmp_path / "t.json").read_text())
    assert doc["surface"] == {"name": "ravine", "params": ctrl.surface.values}
    lane = doc["optimizers"][3]
    assert lane["optimizer"] == "adam" and len(lane["points"]) == 26
    np.testing.assert_array_equal(lane["points"][-1], ctrl.active[3].lane.point)
    with pytest.raises(MediaError, match="use .csv or .json"):
        export_trajectories(window, tmp_path / "t.txt")
    assert files(tmp_path) == ["t.csv", "t.json"]


@pytest.mark.parametrize("suffix", ["gif", "mp4"])
def test_recording_reads_back_with_its_frames_while_the_window_races_on(qtbot, window, ctrl, tmp_path, suffix):
    options = RecordOptions(str(tmp_path / f"race.{suffix}"), "fresh", steps=60, size=SIZE, fps=10, duration=3)
    plan = plan_frames(60, 10, 3)
    ctrl.set_speed(200)
    ctrl.play()
    t0 = ctrl.t
    job, state = record(qtbot, window, options)
    assert state == "done", job.error
    assert ctrl.t > t0  # the live race went on
    frames = [f for f in iio2.get_reader(job.path)]
    assert frames[0].shape[:2] == (SIZE[1], SIZE[0])
    assert not np.array_equal(frames[1], frames[-1])  # the race moves
    if suffix == "mp4":
        assert len(frames) == plan.count
    else:  # Pillow merges identical neighbours (the 1 s pause, a marker still to the pixel): their time adds up
        assert len(frames) == distinct_frames(setup_io.capture(window), 60, plan)
        durations = [iio.immeta(job.path, index=i)["duration"] for i in range(len(frames))]
        assert sum(durations) == pytest.approx(plan.count * 100, abs=1) and durations[-1] >= 1000
    assert files(tmp_path) == [f"race.{suffix}"]
    assert "Saved" in window.statusBar().currentMessage()
    assert window.files.exports.act_gif.isEnabled()


def test_recording_what_is_already_computed(qtbot, window, ctrl, tmp_path):
    ctrl.advance(40)
    options = RecordOptions(str(tmp_path / "replay.mp4"), "computed", size=SIZE, fps=10, duration=2)
    job, state = record(qtbot, window, options)
    assert state == "done"
    assert job.plan.steps == 40 and job.total == plan_frames(40, 10, 2).count
    assert iio2.get_reader(job.path).count_frames() == job.total


@pytest.mark.parametrize("suffix", ["gif", "mp4"])
def test_cancel_while_rendering_leaves_no_file(qtbot, window, tmp_path, suffix):
    crawl(window.ctrl)
    options = RecordOptions(str(tmp_path / f"race.{suffix}"), "fresh", steps=20_000, size=SIZE, fps=20, duration=60)  # 1,201 frames: far from done
    progress = window.files.exports.record(options)
    qtbot.waitUntil(lambda: progress.job.rendered >= 5, timeout=LONG_MS)
    qtbot.mouseClick(progress.dialog.findChild(QtWidgets.QPushButton), QtCore.Qt.MouseButton.LeftButton)
    states = []
    progress.sigFinished.connect(states.append)
    qtbot.waitUntil(lambda: bool(states), timeout=LONG_MS)
    assert states == ["cancelled"] and files(tmp_path) == []
    assert "nothing was saved" in window.statusBar().currentMessage()


def test_cancel_while_the_gif_is_encoded_leaves_no_file_and_keeps_an_old_one(qtbot, window, tmp_path):
    target = tmp_path / "race.gif"
    target.write_bytes(b"the old file")
    options = RecordOptions(str(target), "fresh", steps=20, size=SIZE, fps=10, duration=1)
    progress = window.files.exports.record(options)
    writer = progress.job.writer
    in_close, release = threading.Event(), threading.Event()
    real_encode = writer._writer.encode

    def slow_encode(*args):  # Pillow encodes the whole GIF here: seconds for a long one
        in_close.set()
        release.wait(10)
        real_encode(*args)

    writer._writer.encode = slow_encode
    qtbot.waitUntil(in_close.is_set, timeout=LONG_MS)
    assert progress.dialog.maximum() == 0 or progress.job.state == "finishing"  # busy: "Encoding…"
    progress.cancel()
    release.set()
    states = []
    progress.sigFinished.connect(states.append)
    qtbot.waitUntil(lambda: bool(states), timeout=LONG_MS)
    assert states == ["cancelled"]
    assert files(tmp_path) == ["race.gif"] and target.read_bytes() == b"the old file"


def test_record_dialog_options_and_the_gif_memory_limit(qtbot, window, ctrl):
    ctrl.advance(12)
    dialog = RecordDialog("gif", "/tmp/x.gif", ctrl.step_limit, ctrl.t, window)
    qtbot.addWidget(dialog)
    o = dialog.options()
    assert (o.source, o.steps, o.size, o.fps) == ("fresh", ctrl.step_limit, (800, 600), 20.0)
    dialog.computed.setChecked(True)
    assert dialog.options().source == "computed" and dialog.options().steps == 12
    dialog.fresh.setChecked(True)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled() and "frames" in dialog.summary.text()
    dialog.width_spin.setValue(4000)
    dialog.height_spin.setValue(3000)
    dialog.duration.setValue(60)
    assert not ok.isEnabled() and "GB of memory" in dialog.summary.text()


def test_a_recording_that_cannot_start_says_why(qtbot, window, tmp_path):
    progress = window.files.exports.record(RecordOptions(str(tmp_path / "nope" / "x.gif"), size=SIZE))
    assert progress is None
    assert "Folder does not exist" in window.files.exports.message.text()
    assert window.files.exports.message.isVisible()


def test_closing_the_window_mid_recording_leaves_no_file(qtbot, window, tmp_path):
    crawl(window.ctrl)
    options = RecordOptions(str(tmp_path / "race.mp4"), "fresh", steps=20_000, size=SIZE, fps=20, duration=60)  # 1,201 frames: far from done
    progress = window.files.exports.record(options)
    qtbot.waitUntil(lambda: progress.job.rendered >= 3, timeout=LONG_MS)
    window.close()
    assert progress.job.done and progress.job.state == "cancelled"
    assert files(tmp_path) == []


@pytest.mark.parametrize("kind, action", [("png", "png_dialog"), ("csv", "data_dialog"), ("gif", "record_dialog")])
def test_export_dialogs_never_propose_the_programs_own_folder(qtbot, window, monkeypatch, tmp_path, kind, action):
    """Issue 14 item 12: after a scenario was opened the PNG dialog proposed resources/scenarios/."""
    from engine import resources
    from desktop_app.window import export_dialogs

    scenario = sorted(resources.path("scenarios").glob("17-*.json"))[0]
    assert window.files.open_path(scenario)
    proposed = []
    monkeypatch.setattr(QtWidgets.QInputDialog, "getDouble", lambda *a, **k: (2.0, True))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: proposed.append(a[2]) or ("", ""))
    monkeypatch.setattr(export_dialogs.RecordDialog, "exec",
                        lambda self: proposed.append(self.options().path) or QtWidgets.QDialog.DialogCode.Rejected)
    exports = window.files.exports
    getattr(exports, action)(*([] if action == "png_dialog" else [kind]))
    assert len(proposed) == 1
    folder = pathlib.Path(proposed[0]).parent
    assert not export_dialogs.inside_the_package(folder), folder
    assert str(folder) == export_dialogs.default_export_folder(kind)
    # a folder the user chose is proposed next time; one inside the program never is
    exports.remember(tmp_path / f"x.{kind}")
    assert exports.folder(kind) == str(tmp_path)
    exports.remember(scenario)
    assert exports.folder(kind) == str(tmp_path)


def test_png_and_recordings_carry_the_scenarios_caption_by_default(qtbot, window, ctrl, tmp_path):
    """Issue 14 item 12: films and pictures carry the scenario's caption (an option, on by default)."""
    from engine import resources

    assert window.files.open_path(sorted(resources.path("scenarios").glob("17-*.json"))[0])
    ctrl.advance(3)
    with_caption = iio.imread(export_png(window, tmp_path / "with.png"))
    without = iio.imread(export_png(window, tmp_path / "without.png", caption=False))
    assert with_caption.shape == without.shape
    # the window draws the caption at the map's top: dark text there, gone when left out
    top = slice(0, with_caption.shape[0] // 6)
    dark = lambda image: int((image[top, :, :3].max(axis=-1) < 100).sum())
    assert dark(with_caption) > dark(without) + 300, (dark(with_caption), dark(without))
    assert window.canvas.caption.isVisible()       # hidden only for the shot
    dialog = RecordDialog("gif", str(tmp_path / "x.gif"), ctrl.step_limit, ctrl.t, window)
    qtbot.addWidget(dialog)
    assert dialog.options().caption is True
    dialog.caption.setChecked(False)
    assert dialog.options().caption is False
