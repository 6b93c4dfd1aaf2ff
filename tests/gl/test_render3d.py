"""3-D recordings and ``optimizer-playground render --view 3d`` under a real X server: the
files hold the frames the plan asks for, the camera turns with the step (and stands
still in the held frames), presets and replays draw what they say."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import imageio.v2 as iio2
import imageio.v3 as iio
import numpy as np
import pytest

from engine.setup import LaneSetup, Setup

from desktop_app.plot.recorder import Recording, plan_frames

ROOT = Path(__file__).resolve().parents[2]


def saddle_setup(steps=40) -> Setup:
    return Setup(surface="saddle", start=(1.8, 0.05), steps=steps,
                 lanes=[LaneSetup("sgd", {"lr": 0.05}), LaneSetup("adam", {"lr": 0.05})])


def test_render_view_3d_writes_a_png_of_the_last_step(qapp, tmp_path, capsys):
    from desktop_app.__main__ import main

    out = tmp_path / "saddle.png"
    assert main(["render", "--surface", "saddle", "--optimizers", "sgd,adam", "--steps", "30", "--view", "3d",
                 "--size", "320x240", "--out", str(out)]) == 0
    image = iio.imread(out)
    assert image.shape[:2] == (240, 320)
    assert len(np.unique(image.reshape(-1, image.shape[-1]), axis=0)) > 200  # a shaded mesh, not a blank
    assert f"Wrote {out}" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["saddle.png"]


@pytest.mark.parametrize("suffix", ["gif", "mp4"])
def test_render_view_3d_films_with_an_orbit(qapp, tmp_path, suffix):
    from desktop_app.__main__ import main

    out = tmp_path / f"race.{suffix}"
    assert main(["render", "--surface", "saddle", "--optimizers", "sgd,momentum", "--steps", "40", "--view", "3d",
                 "--orbit", "--size", "160x120", "--fps", "10", "--duration", "1", "--quiet", "--out", str(out)]) == 0
    plan = plan_frames(40, 10, 1)
    frames = [f for f in iio2.get_reader(out)]  # (list() asks its length first: inf for an MP4)
    assert frames[0].shape[:2] == (120, 160)
    # an MP4 keeps every frame; a GIF merges the identical held ones at the end into one
    assert len(frames) == (plan.count if suffix == "mp4" else plan.distinct)
    assert not np.array_equal(frames[0], frames[plan.distinct - 1])


def test_the_camera_turns_with_the_step_centred_on_the_chosen_view(qapp):
    from desktop_app.plot.render3d import RaceRecorder3D

    recorder = RaceRecorder3D(saddle_setup(), (200, 150), total_steps=40, orbit_degrees=90, preset="top")
    try:
        base = recorder.base_camera
        assert base["elevation"] == pytest.approx(90.0)  # the preset asked for, not the default
        assert recorder.camera_at(0)["azimuth"] == pytest.approx(base["azimuth"] - 45)
        assert recorder.camera_at(20)["azimuth"] == pytest.approx(base["azimuth"])
        assert recorder.camera_at(40)["azimuth"] == pytest.approx(base["azimuth"] + 45)
        last = recorder.frame(40)
        assert recorder.view.camera_state()["azimuth"] == pytest.approx(base["azimuth"] + 45)
        assert np.array_equal(recorder.frame(40), last)  # a held frame: same step, same picture
    finally:
        recorder.close()


def test_a_saved_camera_is_used_unless_a_preset_is_asked_for(qapp):
    from desktop_app.geometry import scene3d
    from desktop_app.plot.render3d import RaceRecorder3D

    setup = saddle_setup()
    camera = scene3d.camera((0.1, 0.2, 0.3), 7.5, 25.0, -40.0)
    setup.view["view3d"] = {"camera": camera}
    for preset, want in ((None, camera), ("top", None)):
        recorder = RaceRecorder3D(setup, (160, 120), preset=preset)
        try:
            got = recorder.base_camera
            if want is None:
                assert got["elevation"] == pytest.approx(90.0)
            else:
                assert np.allclose(got["center"], want["center"])
                assert all(got[k] == pytest.approx(want[k]) for k in ("distance", "elevation", "azimuth"))
        finally:
            recorder.close()


def test_a_replay_draws_the_computed_race_up_to_each_frames_step(qapp, tmp_path, ctrl):
    from desktop_app.plot.render3d import RaceRecorder3D

    ctrl.advance(40)
    recorder = RaceRecorder3D(saddle_setup(), (160, 120), replay=ctrl, total_steps=40)
    ctrl.advance(10)  # the window races on: the recording keeps what was computed when it began
    try:
        recorder.frame(15)
        for e in ctrl.active:
            got = recorder.view.trail_vertices(e.key)
            np.testing.assert_allclose(got[:, :2], e.lane.history.view("points")[:16], atol=1e-6)
        assert recorder.stopped_by(40) is False
        plan = plan_frames(40, 10, 1)
        job = Recording(recorder, plan, tmp_path / "replay.mp4")
        while job.render_next():
            pass
        job.finish()
        assert job.wait(60) and job.state == "done"
        assert iio2.get_reader(tmp_path / "replay.mp4").count_frames() == plan.count
    finally:
        recorder.close()


def test_render_view_3d_in_a_fresh_process_finds_the_display_itself(tmp_path):
    """QT_QPA_PLATFORM unset, DISPLAY set (this folder's Xvfb): the renderer uses the display."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "race.png"
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "render", "--scenario", "1", "--steps", "20",
                           "--view", "3d", "--size", "160x120", "--out", str(out)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Wrote" in proc.stdout and iio.imread(out).shape[:2] == (120, 160)
