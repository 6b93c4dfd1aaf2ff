"""The command line: options, bad values (status 2 with a clear message), and a smoke test
that starts the real program in a subprocess and quits it after a second."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop_app.__main__ import main, parse_args



@pytest.mark.parametrize("argv, needle", [
    (["--surface", "ravin"], "Did you mean 'ravine'?"),
    (["--surface", "nope"], "Valid choices: quadratic"),
    (["--optimizers", "sgd,adamm"], "Did you mean 'adam'?"),
    (["--optimizers", "sgd,,adam"], "empty name"),
    (["--start", "1,x"], "two finite numbers"),
    (["--start", "1"], "two finite numbers"),
    (["--start", "nan,1"], "two finite numbers"),
    (["--frobnicate"], "unrecognized arguments"),
])
def test_bad_values_exit_2_with_a_clear_message(argv, needle, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err
    assert "Traceback" not in err


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--surface", "--optimizers", "--start", "--play", "--fullscreen"):
        assert option in out


def test_good_values_are_parsed():
    args = parse_args(["--surface", "saddle", "--optimizers", "sgd, adam,sgd", "--start", "-1.5,0.25",
                       "--play", "--fullscreen"])
    assert args.surface == "saddle"
    assert args.optimizers == ["sgd", "adam", "sgd"]
    assert args.start == (-1.5, 0.25)  # a negative number after --start is a value, not an option
    assert args.play and args.fullscreen


def test_options_reach_the_controller(qapp):
    from desktop_app.model.controller import Controller

    args = parse_args(["--surface", "saddle", "--optimizers", "sgd,adam,sgd", "--start", "-1.5,0.25"])
    ctrl = Controller(surface=args.surface, optimizers=args.optimizers, start=args.start)
    assert ctrl.surface_name == "saddle"
    assert [e.name for e in ctrl.active] == ["sgd", "adam", "sgd"]  # the command line's order; SGD twice
    assert len({e.colour for e in ctrl.active}) == 3
    assert tuple(ctrl.start) == (-1.5, 0.25)
    assert ctrl.active[0].optimizer.hyperparams["lr"] == ctrl.surface.suggested_for("sgd")["lr"]


def run_app(args, tmp_path, timeout=60):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "OPTIMIZER_PLAYGROUND_SETTINGS": str(tmp_path / "smoke.ini")}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_smoke_python_m_desktop_app_starts_plays_and_quits(tmp_path):
    proc = run_app(["--surface", "saddle", "--play", "--quit-after", "1"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "Warning" not in proc.stderr and "Error" not in proc.stderr, proc.stderr
    assert (tmp_path / "smoke.ini").exists()  # it closed properly and saved its settings
    assert "geometry" in (tmp_path / "smoke.ini").read_text()


def test_smoke_bad_option_exits_2(tmp_path):
    proc = run_app(["--surface", "moon"], tmp_path)
    assert proc.returncode == 2
    assert "Unknown surface 'moon'" in proc.stderr
