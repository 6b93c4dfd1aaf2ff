"""The basin map in saved setups: saved under view.basin only while it is shown, opened
with exactly those settings (and computed again), turned off by a setup without it, and a
broken view.basin refused with its place in the message and the window left as it was.

The smallest resolution a setup accepts (64) with few steps keeps each map quick.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.features.basin import feature as basin_feature
from desktop_app.features.basin.view import DEFAULTS, OVERLAY, SETTINGS
from desktop_app.model.basin_job import RESOLUTIONS
from desktop_app.window import setup_io
from engine import resources
from engine.setup import SetupError

SCENARIO = resources.path("scenarios", "04-adam-saddle-and-ravine.json")  # no basin map in it
SAVED = {"mode": "steps", "opacity": 0.35, "resolution": 64, "steps": 40, "auto": True}  # none a default


def map_done(mapper, resolution, steps):
    """A finished, current map computed with these settings for what the window shows."""
    job = mapper.job
    return (not mapper.busy and mapper.image is not None and not mapper.stale and job is not None
            and (job.resolution, job.steps) == (resolution, steps) and job.surface is mapper.ctrl.surface)


def show_map(qtbot, window, **settings):
    mapper = window.feature("basin").mapper
    for name, value in settings.items():
        getattr(mapper, f"set_{name}")(value)
    mapper.set_enabled(True)
    qtbot.waitUntil(lambda: map_done(mapper, mapper.resolution, mapper.steps), timeout=10_000)
    return mapper


def basin_state(window) -> dict:
    """The basin map as the window shows it, read from its parts."""
    feature = window.feature("basin")
    m, panel = feature.mapper, feature.panel
    return {
        "enabled": m.enabled, "settings": m.settings(), "map": m.map, "busy": m.busy,
        "overlay": window.canvas.overlays.get(OVERLAY) is m.item, "item_opacity": m.item.opacity(),
        "toggle": feature.act_toggle.isChecked(), "panel_shown": panel.show_box.isChecked(),
        "panel_mode": panel.mode.currentData(), "panel_resolution": panel.resolution.currentData(),
        "panel_steps": panel.steps.value(), "panel_opacity": panel.opacity.value(),
        "panel_auto": panel.auto.isChecked(),
    }


def window_state(window) -> dict:
    c = window.ctrl
    return {"surface": (c.surface_name, dict(getattr(c.surface, "values", {}))), "start": tuple(c.start),
            "step_limit": c.step_limit, "speed": c.speed,
            "lanes": [(e.name, e.label, e.optimizer.hyperparams) for e in c.active],
            "range": np.round(np.array(window.canvas.vb.viewRange()), 9).tolist(),
            "title": window.windowTitle(), "path": window.files.path, "basin": basin_state(window)}


def test_a_shown_map_round_trips_with_its_settings_and_is_computed_again(qtbot, window, ctrl, tmp_path):
    ctrl.set_surface("himmelblau")
    mapper = show_map(qtbot, window, **SAVED)
    path = tmp_path / "basin.json"
    assert window.files.save_to(path)
    assert json.loads(path.read_text())["view"]["basin"] == SAVED

    window.files.new()  # clean: the defaults, no map
    assert not mapper.enabled and OVERLAY not in window.canvas.overlays
    assert not window.feature("basin").act_toggle.isChecked()
    for name, value in DEFAULTS.items():  # a clean window forgets the settings too
        getattr(mapper, f"set_{name}")(value)
    old_map = mapper.map

    assert window.files.open_path(path)
    assert mapper.enabled and mapper.busy  # computing in the background, as after B
    assert mapper.settings() == SAVED
    qtbot.waitUntil(lambda: map_done(mapper, 64, 40), timeout=10_000)
    assert mapper.map is not old_map and ctrl.surface_name == "himmelblau"
    assert mapper.map.minimum_index.shape == (64, 64)
    assert mapper.job.tasks[0].key == ctrl.focused.key
    assert window.canvas.overlays[OVERLAY] is mapper.item
    assert mapper.item.opacity() == pytest.approx(0.35)
    assert mapper.image.scale is not None and mapper.image.mode == "steps"  # coloured by steps
    shown = basin_state(window)
    assert shown["toggle"] and shown["panel_shown"] and shown["panel_auto"]
    assert (shown["panel_mode"], shown["panel_resolution"], shown["panel_steps"], shown["panel_opacity"]) == (
        "steps", 64, 40, 35)
    # what it opened is what it saves
    assert window.files.capture().view["basin"] == SAVED


def test_opening_over_a_shown_map_recomputes_it_with_the_files_settings(qtbot, window, ctrl, tmp_path):
    ctrl.set_surface("himmelblau")
    mapper = show_map(qtbot, window, resolution=64, steps=40)
    path = tmp_path / "basin.json"
    assert window.files.save_to(path)
    data = json.loads(path.read_text())
    data["view"]["basin"].update(resolution=128, steps=30)  # what another lecture saved
    path.write_text(json.dumps(data))
    old_map = mapper.map  # still current: only the resolution and steps differ
    assert window.files.open_path(path)
    assert mapper.busy
    qtbot.waitUntil(lambda: map_done(mapper, 128, 30), timeout=20_000)
    assert mapper.map is not old_map and mapper.map.minimum_index.shape == (128, 128)


def test_a_setup_without_a_basin_map_turns_a_shown_one_off(qtbot, window, ctrl, tmp_path):
    ctrl.set_surface("himmelblau")
    mapper = show_map(qtbot, window, resolution=64, steps=40)
    assert window.files.open_path(SCENARIO)
    assert not mapper.enabled and not mapper.busy
    assert OVERLAY not in window.canvas.overlays and not window.feature("basin").act_toggle.isChecked()
    assert "basin" not in window.files.capture().view


def test_a_scenario_or_older_file_with_the_basin_overlay_still_turns_it_on(qtbot, window, ctrl):
    """Before view.basin, "basin_map" among the overlays was all a setup said about the map:
    it still turns the map on, with the settings the window has."""
    mapper = window.feature("basin").mapper
    mapper.set_resolution(16)
    mapper.set_steps(30)
    path = resources.path("scenarios", "20-himmelblau-starts.json")
    view = json.loads(path.read_text())["view"]
    assert "basin_map" in view["overlays"] and "basin" not in view
    assert window.files.open_path(path)
    assert mapper.enabled and (mapper.resolution, mapper.steps) == (16, 30)
    qtbot.waitUntil(lambda: map_done(mapper, 16, 30), timeout=10_000)


def test_opening_computes_once_with_the_files_settings(qtbot, window, ctrl, tmp_path, monkeypatch):
    """The overlays turn the map on while the race loads: by then it has the file's
    settings, so no map is started with the window's old ones (here minutes of work)."""
    ctrl.set_surface("himmelblau")
    show_map(qtbot, window, resolution=64, steps=40)
    path = tmp_path / "basin.json"
    assert window.files.save_to(path)
    mapper = window.feature("basin").mapper
    mapper.set_enabled(False)
    mapper.set_resolution(512)
    mapper.set_steps(10_000)
    started = []
    compute = mapper.compute
    monkeypatch.setattr(mapper, "compute", lambda: started.append((mapper.resolution, mapper.steps)) or compute())
    assert window.files.open_path(path)
    qtbot.waitUntil(lambda: map_done(mapper, 64, 40), timeout=10_000)
    assert started == [(64, 40)]


def test_a_race_the_controller_refuses_leaves_the_basin_settings_alone(qtbot, window, ctrl, monkeypatch):
    mapper = window.feature("basin").mapper
    mapper.set_mode("loss")
    before = basin_state(window)
    setup = setup_io.read_setup(json.dumps({**json.loads(SCENARIO.read_text()),
                                            "view": {"basin": SAVED, "overlays": ["basin_map"]}}))
    monkeypatch.setattr(ctrl, "load_setup", lambda setup: False)
    with pytest.raises(SetupError):
        setup_io.apply(window, setup)
    assert basin_state(window) == before


def test_a_map_turned_off_after_opening_is_not_saved_again(qtbot, window, ctrl, tmp_path):
    ctrl.set_surface("himmelblau")
    mapper = show_map(qtbot, window, resolution=64, steps=40)
    path = tmp_path / "basin.json"
    assert window.files.save_to(path)
    assert window.files.open_path(path)  # the document's view has a basin map ...
    window.feature("basin").act_toggle.trigger()     # ... which the lecturer then turns off
    assert not mapper.enabled
    assert window.files.save()
    assert "basin" not in json.loads(path.read_text())["view"]


def test_a_missing_key_takes_its_default(qtbot, window, ctrl, tmp_path):
    mapper = window.feature("basin").mapper
    mapper.set_mode("loss")
    mapper.set_opacity(0.2)
    data = json.loads(SCENARIO.read_text())
    data["view"]["basin"] = {"resolution": 64, "steps": 20}
    path = tmp_path / "partial.json"
    path.write_text(json.dumps(data))
    assert window.files.open_path(path)
    assert mapper.settings() == {**DEFAULTS, "resolution": 64, "steps": 20}
    qtbot.waitUntil(lambda: map_done(mapper, 64, 20), timeout=10_000)


def test_settings_only_code_can_set_are_saved_as_ones_a_setup_accepts(qtbot, window, ctrl, tmp_path):
    mapper = window.feature("basin").mapper
    mapper.set_resolution(100)  # tests set such values; the panel offers RESOLUTIONS only
    mapper.set_steps(100_000)
    mapper.set_enabled(True)
    basin = window.files.capture().view["basin"]
    assert basin["resolution"] == 128 and basin["steps"] == basin_feature.STEPS_RANGE[1]
    mapper.set_enabled(False)
    basin_feature.check_settings(basin)  # a file saved from here opens again


def test_the_steps_range_is_the_panels(window):
    steps = window.feature("basin").panel.steps
    assert (steps.minimum(), steps.maximum()) == basin_feature.STEPS_RANGE
    panel = window.feature("basin").panel.resolution
    assert tuple(panel.itemData(i) for i in range(len(RESOLUTIONS))) == RESOLUTIONS
    assert set(SETTINGS) == set(window.feature("basin").mapper.settings()) == set(DEFAULTS)


BROKEN = [  # (case, view.basin, where, what the message says)
    ("not an object", [64, 40], "view.basin", "must be an object with some of mode, opacity"),
    ("true", True, "view.basin", "must be an object"),
    ("unknown key", {**SAVED, "colour": "red"}, "view.basin.colour", "unknown key; expected some of mode, opacity"),
    ("unknown mode", {**SAVED, "mode": "rainbow"}, "view.basin.mode", "one of 'minimum', 'steps', 'loss'"),
    ("mode not text", {**SAVED, "mode": 1}, "view.basin.mode", "one of 'minimum', 'steps', 'loss'"),
    ("resolution not a choice", {**SAVED, "resolution": 100}, "view.basin.resolution", "one of 64, 128, 256, 512"),
    ("resolution a float", {**SAVED, "resolution": 64.0}, "view.basin.resolution", "one of 64, 128, 256, 512"),
    ("resolution text", {**SAVED, "resolution": "64"}, "view.basin.resolution", "one of 64, 128, 256, 512"),
    ("opacity above 1", {**SAVED, "opacity": 1.5}, "view.basin.opacity", "between 0 and 1, got 1.5"),
    ("opacity below 0", {**SAVED, "opacity": -0.1}, "view.basin.opacity", "between 0 and 1"),
    ("opacity text", {**SAVED, "opacity": "0.5"}, "view.basin.opacity", "finite number"),
    ("opacity true", {**SAVED, "opacity": True}, "view.basin.opacity", "finite number"),
    ("steps too few", {**SAVED, "steps": 5}, "view.basin.steps", "between 10 and 10,000"),
    ("steps too many", {**SAVED, "steps": 1_000_000}, "view.basin.steps", "between 10 and 10,000"),
    ("steps a float", {**SAVED, "steps": 40.5}, "view.basin.steps", "whole number"),
    ("steps true", {**SAVED, "steps": True}, "view.basin.steps", "whole number"),
    ("auto not a bool", {**SAVED, "auto": "yes"}, "view.basin.auto", "true or false"),
    ("auto a number", {**SAVED, "auto": 1}, "view.basin.auto", "true or false"),
]


@pytest.mark.parametrize("case, basin, where, needle", BROKEN, ids=[c[0] for c in BROKEN])
def test_a_broken_basin_map_is_refused_and_changes_nothing(qtbot, window, ctrl, tmp_path, case, basin, where, needle):
    # the window shows a map with other settings, on another surface than the file's
    ctrl.set_surface("himmelblau")
    show_map(qtbot, window, mode="loss", opacity=0.5, resolution=16, steps=30)
    before_path = tmp_path / "before.json"
    assert window.files.save_to(before_path)
    before = window_state(window)
    data = json.loads(SCENARIO.read_text())
    data["view"]["basin"] = basin
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))

    with pytest.raises(SetupError) as err:
        setup_io.read_setup(path.read_text())
    assert err.value.where == where and needle in err.value.message

    assert not window.files.open_path(path)
    text = window.files.message.text()
    assert f"at {where}: " in text and needle in text and "Nothing was changed" in text
    assert window_state(window) == before
    assert str(path) not in window.files.recent.paths()
