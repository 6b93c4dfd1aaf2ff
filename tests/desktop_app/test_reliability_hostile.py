"""Hostile inputs never stop the app: damaged or hostile stored settings (QSettings) and
setup files are reported once and ignored; every command-line option with a bad value
gives a clear message and exit status 2.

Each stored-settings case starts the app as ``optimizer-playground`` does (app.build:
window, last session's setup, error reporter) on an isolated settings file filled with
garbage; one case also starts the real program in a subprocess.
"""
from __future__ import annotations

import json
import logging
import math
import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from desktop_app.__main__ import main
from desktop_app.features import presenter
from desktop_app.model.race import SPEED_RANGE, STEP_LIMIT_RANGE
from engine import resources

SCENARIO = resources.path("scenarios", "07-adadelta-units.json")
KEYS = ("playback/speed", "playback/step_limit", "view/log_loss", "view/show_loss", "view/thick_trails",
        "presenter/font_scale", "presenter/high_contrast", "window/geometry", "window/state", "window/central",
        "files/recent", "files/folder", "session/last_setup", "session/last_path")
DEEP = "[" * 100_000 + "]" * 100_000


def nested(depth: int) -> str:
    return "[" * depth + "0" + "]" * depth


def noise(n: int, seed: int = 0) -> QtCore.QByteArray:
    return QtCore.QByteArray(np.random.default_rng(seed).integers(0, 256, n, dtype=np.uint8).tobytes())


def hostile_setup() -> str:
    good = json.loads(SCENARIO.read_text())
    return json.dumps({**good, "start": [1.0, 2.0], "unknown": {"a": [1, 2]}}).replace("2.0]", "NaN]")


# (case, {key: value}) written with QSettings.setValue (so a value may be a list, a dict, bytes)
SETTINGS = [
    ("non-finite numbers", {"playback/speed": "nan", "playback/step_limit": "inf", "presenter/font_scale": "nan",
                            "view/log_loss": "nan", "presenter/high_contrast": "inf"}),
    ("extreme numbers", {"playback/speed": "1e308", "playback/step_limit": "-5", "presenter/font_scale": "1e308",
                         "view/show_loss": "-1"}),
    ("wrong types", {key: [1, {"a": 2}, "x"] for key in KEYS}),
    ("maps", {key: {"nested": {"deeper": [1, 2, 3]}} for key in KEYS}),
    ("random bytes", {key: noise(100_000, i) for i, key in enumerate(KEYS)}),
    ("words", {key: "fast" for key in KEYS}),
    ("deep nesting", {"files/recent": DEEP, "session/last_setup": DEEP}),
    ("hostile setup", {"session/last_setup": hostile_setup(), "files/recent": json.dumps([{"a": 1}, 5, None, "x" * 5000])}),
    ("setup nested in its view", {"session/last_setup": SCENARIO.read_text().replace('"view": {', '"view": {"x": ' + nested(5000) + ", ")}),
    ("50 MB string", {"session/last_setup": "x" * 50_000_000}),
]


def start_app(qtbot, monkeypatch):
    from desktop_app import app as app_mod
    from desktop_app.__main__ import parse_args

    monkeypatch.setattr(app_mod, "make_app", QtWidgets.QApplication.instance)  # not the test app's style
    session = app_mod.build(parse_args([]))
    session.reporter.uninstall()
    qtbot.addWidget(session.window)
    return session


def assert_sane(session):
    ctrl, win = session.ctrl, session.window
    lo, hi = SPEED_RANGE
    assert math.isfinite(ctrl.speed) and lo <= ctrl.speed <= hi
    lo, hi = STEP_LIMIT_RANGE
    assert lo <= ctrl.step_limit <= hi
    lo, hi = presenter.SCALE_RANGE
    assert math.isfinite(win.feature("presenter").scale) and lo <= win.feature("presenter").scale <= hi
    assert win.isVisible()
    assert QtWidgets.QApplication.activeModalWidget() is None
    assert np.all(np.isfinite(ctrl.start))
    ctrl.advance(5)  # it races
    assert ctrl.t == 5


def write_settings(path, values: dict):
    settings = QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()


def warnings_in(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("case, values", SETTINGS, ids=[c for c, _ in SETTINGS])
def test_hostile_settings_are_reported_once_and_ignored(qtbot, monkeypatch, isolated_settings, caplog, case, values):
    write_settings(isolated_settings, values)
    caplog.set_level(logging.INFO, logger="optimizer_playground")
    session = start_app(qtbot, monkeypatch)
    try:
        assert_sane(session)
        reports = warnings_in(caplog)
        assert reports, "nothing said about the damaged settings"
        damaged = [r for r in reports if "damaged settings" in r]
        assert len(damaged) <= 1, [r[:200] for r in damaged]  # once, not once per key
        if "session/last_setup" in values:
            assert any("last session" in r for r in reports)
        assert len(reports) <= 2
    finally:
        session.window.close()
        session.ctrl.pause()


def test_damaged_settings_are_gone_after_one_start(qtbot, monkeypatch, isolated_settings, caplog):
    """Ignored means removed: closing writes good values, the next start says nothing."""
    write_settings(isolated_settings, {key: ["nan", {"x": 1}] for key in KEYS})
    caplog.set_level(logging.INFO, logger="optimizer_playground")
    first = start_app(qtbot, monkeypatch)
    assert_sane(first)
    said = [r for r in warnings_in(caplog) if "damaged settings" in r]
    assert len(said) == 1
    for key in ("playback/speed", "playback/step_limit", "presenter/font_scale", "window/geometry", "files/recent"):
        assert key in said[0]
    first.window.close()
    caplog.clear()
    again = start_app(qtbot, monkeypatch)
    assert_sane(again)
    assert not warnings_in(caplog), [r[:200] for r in warnings_in(caplog)]
    again.window.close()


@pytest.mark.parametrize("content", [b"\x00\xff" * 5000 + b"\n[playback\nspeed=", b"[[[[[[[\n=\n=\n"])
def test_a_settings_file_that_is_not_ini_at_all(qtbot, monkeypatch, isolated_settings, content):
    isolated_settings.write_bytes(content)
    session = start_app(qtbot, monkeypatch)
    assert_sane(session)
    session.window.close()


def test_a_settings_path_that_is_a_folder(qtbot, monkeypatch, isolated_settings):
    isolated_settings.mkdir()
    session = start_app(qtbot, monkeypatch)
    assert_sane(session)
    session.window.close()  # saving fails quietly: nothing to write to


def test_the_real_program_starts_with_every_setting_damaged(tmp_path):
    ini = tmp_path / "hostile.ini"
    settings = QtCore.QSettings(str(ini), QtCore.QSettings.Format.IniFormat)
    for i, key in enumerate(KEYS):
        settings.setValue(key, [noise(1000, i), "nan", {"x": DEEP}][i % 3])
    settings.setValue("session/last_setup", hostile_setup())
    settings.sync()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPTIMIZER_PLAYGROUND_SETTINGS": str(ini)}
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "--play", "--quit-after", "1"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "not restored" in proc.stderr or "last session" in proc.stderr, proc.stderr


# -- setup files ----------------------------------------------------------------------------------
def _setup(**changes) -> str:
    data = json.loads(SCENARIO.read_text())
    data.update(changes)
    return json.dumps(data)


HOSTILE_FILES = [  # (case, contents, opened?)
    ("nested 100,000 deep", DEEP, False),
    ("nested deep inside the view", SCENARIO.read_text().replace('"view": {', '"view": {"notes": ' + nested(50_000) + ", "), False),
    ("an integer of 5,000 digits", SCENARIO.read_text().replace('"steps": ', '"steps": ' + "9" * 5000 + ', "x": '), False),
    ("UTF-16", SCENARIO.read_text().encode("utf-16"), False),
    ("a list", "[1, 2, 3]", False),
    ("null", "null", False),
    ("start at 1e308", _setup(start=[1e308, -1e308]), True),
    ("64 racers with the longest labels", _setup(caption="c" * 2000, title="t" * 2000, view={}, optimizers=[
        {"optimizer": "lbfgs", "label": "L" * 2000} for _ in range(64)]), True),
    ("control characters", _setup(title="a\u0000b\u202eevil\u0007", caption="\u200b" * 2000), True),
    ("4.9 MB of white space", " " * 4_900_000 + _setup(), True),
]


def test_hostile_setup_files_are_refused_or_opened_never_raised(qtbot, window, ctrl, tmp_path):
    """One window for the whole table: a refused file changes nothing, an opened one races."""
    from reliability_helpers import ExceptionRecorder, drawn_problems

    for case, content, opens in HOSTILE_FILES:
        path = tmp_path / f"{case}.json"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        with ExceptionRecorder() as recorder:
            assert window.files.open_path(path) == opens, case
            window.canvas.grab()
        assert not recorder.seen, (case, recorder.seen)
        if not opens:
            box = window.files.message
            assert box.isVisible() and not box.isModal() and "Nothing was changed" in box.text(), case
        ctrl.advance(20)
        assert not drawn_problems(window), (case, drawn_problems(window))


# -- command lines ---------------------------------------------------------------------------------
BAD_COMMAND_LINES = [  # (argv, what the message says)
    (["--surface", ""], "Unknown surface ''"),
    (["--surface"], "expected one argument"),
    (["--surface", "ravine", "--surface", "moon"], "Unknown surface 'moon'"),
    (["--optimizers", ""], "empty name"),
    (["--optimizers", ","], "empty name"),
    (["--optimizers", "sgd,SGD"], "Unknown optimizer 'SGD'"),
    (["--start", ""], "two finite numbers"),
    (["--start", "1e400,1"], "two finite numbers"),
    (["--start", "1,2,3"], "two finite numbers"),
    (["--start", "infinity,0"], "two finite numbers"),
    (["--start", "0x10,1"], "two finite numbers"),
    (["--play=yes"], "ignored explicit argument"),
    (["--fullscreen", "now"], "unrecognized arguments"),
    (["--quit-after", "nan"], "--quit-after"),
    (["--quit-after", "-1"], "--quit-after"),
    (["--quit-after", "inf"], "--quit-after"),
    (["--quit-after", "1e12"], "--quit-after"),
    (["--quit-after", "soon"], "invalid float value"),
    (["render", "--out", ""], "--out"),
    (["render", "--out", "{tmp}"], "--out"),
    (["render", "--out", "{tmp}/x"], "Unsupported file type"),
    (["render", "--out", "{file}/x.png"], "--out"),
    (["render", "--out", "{tmp}/x.gif", "--fps", "nan"], "--fps nan"),
    (["render", "--out", "{tmp}/x.gif", "--fps", "1e400"], "--fps inf"),
    (["render", "--out", "{tmp}/x.gif", "--fps", "0"], "--fps 0"),
    (["render", "--out", "{tmp}/x.gif", "--duration", "nan"], "--duration nan"),
    (["render", "--out", "{tmp}/x.gif", "--duration", "-3"], "--duration -3"),
    (["render", "--out", "{tmp}/x.gif", "--steps", "1e3"], "invalid int value"),
    (["render", "--out", "{tmp}/x.gif", "--steps", "-1"], "--steps -1"),
    (["render", "--out", "{tmp}/x.gif", "--steps", "99999999999999999999"], "between 1 and"),
    (["render", "--out", "{tmp}/x.gif", "--size", "4097x100"], "64 to 4096"),
    (["render", "--out", "{tmp}/x.gif", "--size", "-100x100"], "expected one argument"),
    (["render", "--out", "{tmp}/x.gif", "--scenario", ""], "Unknown scenario ''"),
    (["render", "--out", "{tmp}/x.gif", "--setup", ""], "no such file"),
    (["render", "--out", "{tmp}/x.gif", "--setup", "{tmp}"], "no such file"),
    (["render", "--out", "{tmp}/x.gif", "--start", "nan,nan"], "two finite numbers"),
    (["render", "--out", "{tmp}/x.gif", "--surface", "saddle", "--setup", "{file}"], "cannot be combined"),
    (["render", "--frobnicate", "--out", "{tmp}/x.gif"], "unrecognized arguments"),
]


def test_every_bad_command_line_exits_2_with_a_clear_message(tmp_path, capsys):
    """All in one test: each case only parses (nothing is started or written)."""
    afile = tmp_path / "a-file.txt"
    afile.write_text("not a folder")
    for argv, needle in BAD_COMMAND_LINES:
        argv = [a.replace("{tmp}", str(tmp_path)).replace("{file}", str(afile)) for a in argv]
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert needle in err and "Traceback" not in err, (argv, err)
        assert err.strip().splitlines()[-1].startswith("optimizer-playground"), (argv, err)  # usage + one line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file.txt"]
