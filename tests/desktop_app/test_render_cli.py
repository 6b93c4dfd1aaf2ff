"""``optimizer-playground render``: each format written and read back, a progress bar,
clean failures (status 2 for bad arguments, 1 for a broken setup file) with no file left,
and a real headless run in a subprocess with no display at all."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import imageio.v2 as iio2
import imageio.v3 as iio
import numpy as np
import pytest

from desktop_app.__main__ import main
from desktop_app.plot.recorder import plan_frames
from desktop_app.model.scenarios import find as find_scenario
from engine import resources

SMALL = ["--size", "160x120", "--fps", "10", "--duration", "1.5"]


def render(*args):
    return main(["render", *args])


@pytest.mark.parametrize("suffix", ["gif", "mp4"])
def test_scenario_to_gif_and_mp4(tmp_path, capsys, suffix):
    out = tmp_path / f"race.{suffix}"
    assert render("--scenario", "2", "--steps", "40", "--out", str(out), *SMALL) == 0
    plan = plan_frames(40, 10, 1.5)
    frames = [f for f in iio2.get_reader(out)]
    assert frames[0].shape[:2] == (120, 160)
    if suffix == "mp4":
        assert len(frames) == plan.count
        assert iio2.get_reader(out).get_meta_data()["fps"] == pytest.approx(10)
    else:  # every frame differs here; the 1 s pause is one long frame (Pillow merges identical ones)
        assert len(frames) == plan.distinct
        assert sum(iio.immeta(out, index=i)["duration"] for i in range(len(frames))) == pytest.approx(
            100 * plan.count, abs=1)
    captured = capsys.readouterr()
    assert f"Wrote {out}" in captured.out and f"{plan.count} frames" in captured.out
    assert "100%" in captured.err and "[####" in captured.err  # the progress bar
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_the_film_ends_when_every_optimizer_has_stopped(tmp_path, capsys):
    out = tmp_path / "newton.mp4"
    assert render("--surface", "quadratic", "--optimizers", "newton", "--steps", "300", "--out", str(out),
                  "--size", "160x120", "--fps", "10", "--duration", "6") == 0
    plan = plan_frames(300, 10, 6)
    frames = iio2.get_reader(out).count_frames()
    assert frames == 2 + plan.hold  # step 0, the step at which Newton had converged, the pause
    assert f"{frames} frames" in capsys.readouterr().out


def test_surface_and_optimizers_to_png(tmp_path, capsys):
    out = tmp_path / "saddle.png"
    assert render("--surface", "saddle", "--optimizers", "sgd,adam", "--start", "-1.5,0.05",
                  "--steps", "30", "--out", str(out), "--size", "320x240") == 0
    image = iio.imread(out)
    assert image.shape[:2] == (240, 320)
    assert "step 30" in capsys.readouterr().out


def test_a_saved_setup_renders_like_the_window_would(tmp_path):
    setup = json.loads(resources.path("scenarios", "07-adadelta-units.json").read_text())
    setup["optimizers"][0]["color"] = "#ff0000"  # the file's colour is the one drawn
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(setup))
    out = tmp_path / "mine.png"
    assert render("--setup", str(path), "--steps", "20", "--out", str(out), "--size", "320x240") == 0
    image = iio.imread(out)[..., :3].astype(int)
    red = (image[..., 0] > 200) & (image[..., 1] < 60) & (image[..., 2] < 60)
    assert red.sum() > 20


def test_scenario_names(tmp_path):
    assert find_scenario("7").path.name == "07-adadelta-units.json"
    assert find_scenario("07-adadelta-units").number == 7
    assert find_scenario("adadelta-units").number == 7
    assert find_scenario("ADADELTA-UNITS").number == 7
    assert find_scenario("99") is None


@pytest.mark.parametrize("args, needle", [
    (["--scenario", "adadelta-unitz"], "Did you mean '07-adadelta-units'?"),
    (["--scenario", "99"], "Unknown scenario '99'"),
    (["--surface", "sadle"], "Did you mean 'saddle'?"),
    (["--optimizers", "sgd,adamm"], "Did you mean 'adam'?"),
    (["--optimizers", "sgd,,adam"], "empty name"),
    (["--scenario", "7", "--surface", "saddle"], "cannot be combined"),
    (["--start", "1,x"], "two finite numbers"),
    (["--steps", "0"], "--steps 0"),
    (["--size", "big"], "WIDTHxHEIGHT"),
    (["--size", "10x10"], "64 to 4096"),
    (["--fps", "500"], "between 1 and 120"),
    (["--setup", "/no/such/file.json"], "no such file"),
    (["--out", "{tmp}/race.avi"], "Unsupported file type '.avi'"),
    (["--out", "{tmp}/missing/race.gif"], "Folder does not exist"),
    ([], "the following arguments are required: --out"),
])
def test_bad_arguments_exit_2_with_a_clear_message_and_no_file(tmp_path, capsys, args, needle):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if not any(a == "--out" for a in args) and args:
        args += ["--out", str(tmp_path / "x.gif")]
    assert render(*args) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_broken_setup_file_exits_1_and_says_where(tmp_path, capsys):
    path = tmp_path / "broken.json"
    data = json.loads(resources.path("scenarios", "01-saddle-momentum.json").read_text())
    data["optimizers"][0]["hyperparams"]["lr"] = -1
    path.write_text(json.dumps(data))
    assert render("--setup", str(path), "--out", str(tmp_path / "x.gif")) == 1
    err = capsys.readouterr().err
    assert "optimizers[0].hyperparams.lr" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json"]


def test_help_lists_the_options(capsys):
    assert render("--help") == 0
    out = capsys.readouterr().out
    for option in ("--scenario", "--surface", "--optimizers", "--start", "--steps", "--out", "--size", "--fps"):
        assert option in out


def test_headless_subprocess_without_any_display(tmp_path):
    """No DISPLAY, no QT_QPA_PLATFORM: the renderer picks the offscreen platform itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "race.gif"
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "render", "--scenario", "1", "--steps", "30",
                           "--out", str(out), *SMALL], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Warning" not in proc.stderr and "Traceback" not in proc.stderr
    assert "100%" in proc.stderr and "Wrote" in proc.stdout
    assert iio.imread(out, index=0).shape[:2] == (120, 160)


def test_renders_show_the_scenarios_overlays_and_keep_each_lanes_colour(qapp, tmp_path):
    from desktop_app.plot.recorder import RaceRecorder
    from engine.setup import Setup

    data = json.loads(resources.path("scenarios", "04-adam-saddle-and-ravine.json").read_text())
    data["optimizers"].reverse()  # listed out of the window's order: colours must still follow labels
    data["optimizers"][0]["color"] = "#ff0000"
    setup = Setup.from_dict(data)
    rec = RaceRecorder(setup, (320, 240))
    try:
        assert rec.overlays is not None and rec.overlays.enabled == {"gradient", "precondition_ellipse"}
        wanted = {lane.label: lane.color.lower() for lane in setup.lanes}
        drawn = {s.label: rec.canvas.trails[s.key].opts["pen"].color().name() for s in rec.styles}
        assert drawn == wanted
        image = rec.frame(30)
        red_arrow = (np.abs(image.astype(int) - (0xD6, 0x27, 0x28)).sum(axis=2) < 40).sum()
        assert red_arrow > 10  # the focused lane's gradient step, drawn by the window's overlays module
    finally:
        rec.close()


def test_an_unknown_optimizer_inside_a_setup_file_exits_as_the_readme_says(tmp_path, capsys):
    """Issue 14 item 13: README said 2 (unknown names), the code returned 1 (a broken file).
    A name inside a file is the file's fault, not the command line's: 1, and README says so."""
    import re
    from pathlib import Path

    path = tmp_path / "typo.json"
    data = json.loads(resources.path("scenarios", "01-saddle-momentum.json").read_text())
    data["optimizers"][1]["optimizer"] = "adamm"
    path.write_text(json.dumps(data))
    status = render("--setup", str(path), "--out", str(tmp_path / "x.png"))
    err = capsys.readouterr().err
    assert "optimizers[1]" in err and "adamm" in err and "Traceback" not in err
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8").split())
    said = re.search(r"exits with (\d) and a message on bad arguments or unknown names on the command line, "
                     r"(\d) if a setup file is broken \(an unknown optimizer", readme)
    assert said, "README no longer states render's exit status for a broken setup file"
    assert status == int(said.group(2)) == 1 and int(said.group(1)) == 2


def test_a_png_reports_the_step_it_draws(tmp_path, capsys):
    """Issue 14 item 12: the race stopped at step 7, the picture said "step 7", render printed "step 20"."""
    from desktop_app.render import parse_args
    from desktop_app.render import render as render_args
    from desktop_app.plot.recorder import RaceRecorder

    path = tmp_path / "quick.json"
    data = json.loads(resources.path("scenarios", "12-newton-saddle.json").read_text())
    path.write_text(json.dumps(data))
    drawn = []
    real_frame = RaceRecorder.frame

    def frame(self, step):
        image = real_frame(self, step)
        drawn.append(self.canvas.caption.toPlainText())
        return image

    RaceRecorder.frame = frame
    try:
        out = tmp_path / "slide.png"
        assert render("--setup", str(path), "--steps", "200", "--out", str(out), "--size", "320x240") == 0
    finally:
        RaceRecorder.frame = real_frame
    printed = capsys.readouterr().out
    assert drawn and drawn[-1].startswith("step ")
    shown = int(drawn[-1].split()[1])
    assert shown < 200, "this race must stop early for the test to mean anything"
    assert f"step {shown}:" in printed and "(200 asked)" in printed, printed


def test_pictures_carry_the_scenarios_caption_unless_asked_not_to(qapp, tmp_path):
    from desktop_app.plot.recorder import RaceRecorder
    from engine.setup import Setup

    setup = Setup.from_json(resources.path("scenarios", "17-adam-bias-correction.json").read_text())
    setup.steps = 5
    for title in (True, False):
        rec = RaceRecorder(setup, (800, 600), title=title)
        try:
            rec.frame(5)
            label = rec.canvas.plot.titleLabel
            assert label.isVisible() == title
            if title:
                assert "first step" in label.text and rec.canvas.plot.titleLabel.boundingRect().width() <= 800
                # above the plot area, not over it
                assert label.sceneBoundingRect().bottom() <= rec.canvas.vb.sceneBoundingRect().top() + 1
        finally:
            rec.close()
    args = ["--scenario", "17", "--steps", "5", "--out", str(tmp_path / "a.png"), "--no-caption"]
    assert render(*args) == 0


@pytest.mark.parametrize("scenario", ["7", "20"])
def test_a_gif_says_its_size_before_recording_and_comes_out_small(tmp_path, capsys, scenario):
    """Issue 14 item 12: render --scenario 7 wrote 19 MB for 10 s at 800x600 without warning.
    Now the size is said first (an upper estimate) and the file is a few MB at most."""
    out = tmp_path / "race.gif"
    assert render("--scenario", scenario, "--size", "400x300", "--out", str(out)) == 0
    err = capsys.readouterr().err
    said = float(err.split("about ", 1)[1].split(" MB", 1)[0]) * 1e6
    assert err.index("about") < err.index("100%")          # said before the frames were made
    size = out.stat().st_size
    assert size <= said, (size, said)        # an upper estimate ("up to" the planned frames)
    if scenario == "7":                        # runs its whole length: the estimate is close
        assert said <= 2 * size, (size, said)
    assert size <= 0.5e6   # 10 s at 400x300 (~0.22 MB): before one palette it took ~4.8 MB
