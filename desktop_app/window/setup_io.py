"""The window's state as an engine Setup and back: what File → Save writes and Open restores.

The engine Setup holds the race (surface, start, lanes with hyperparameters, labels,
colours, noise and seeds, step limit); its ``view`` object holds what only the window
knows, checked here:

    speed       steps per second, SPEED_RANGE
    focus       index of the lane whose settings panel is open
    range       [[xmin, xmax], [ymin, ymax]] the map shows
    log_levels  log-spaced contour levels (true/false)
    overlays    names of the overlays drawn on the map
    basin       the basin map's settings, only while it is shown: {"mode", "opacity",
                "resolution", "steps", "auto"} as BasinMapper names them (a missing key
                takes its default). Opening a setup with it turns the map on with them;
                one without it leaves the map to ``overlays`` ("basin_map" there turns it
                on with the settings it has, as scenarios and older files do), else off

Other ``view`` keys (a scenario's number, key, claim, notes) are kept as they were.
Reading is all or nothing: :func:`read_setup` raises SetupError(where, message) before the
window is touched, and :func:`apply` changes the window only with a setup that passed.
File contents are parsed as JSON and checked value by value: no pickle, no eval.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6 import QtGui

from engine.setup import Setup, SetupError

from desktop_app.features.basin import view as basin_view
from desktop_app.geometry import basin_colors
from desktop_app.model import race
from desktop_app.model.basin_job import RESOLUTIONS
from desktop_app.model.race import DEFAULT_SURFACE, RaceModel

MAX_FILE_BYTES = 5_000_000  # a setup is a few kB; anything bigger is not one
VIEW_KEYS = ("speed", "focus", "range", "log_levels", "overlays", "basin")
BASIN_STEPS_RANGE = (10, 10_000)  # the basin panel's Steps box
BASIN_OVERLAY = "basin_map"  # the map's name among the overlays (lecture.py registers it)


# -- reading and checking ------------------------------------------------------------------
def read_setup(text: str) -> Setup:
    """Parse and check a setup (engine rules, then the window's); SetupError says where."""
    return check(Setup.from_json(text))


def read_setup_file(path) -> Setup:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SetupError("", f"{size:,} bytes is far too big for a setup file (at most {MAX_FILE_BYTES:,})")
        data = path.read_bytes()
    except OSError as err:
        raise SetupError("", f"cannot read the file ({err.strerror or err})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SetupError("", f"not a text file (byte {err.start} is not UTF-8)") from None
    return read_setup(text)


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SetupError(where, f"must be a finite number, got {value!r}")
    return float(value)


def check(setup: Setup) -> Setup:
    """The window's own rules on top of the engine's: ranges of speed and step limit,
    colour names, the view box, the focused lane."""
    lo, hi = race.STEP_LIMIT_RANGE
    if not lo <= setup.steps <= hi:
        raise SetupError("steps", f"must be between {lo} and {hi:,} (the step limit), got {setup.steps}")
    for i, lane in enumerate(setup.lanes):
        if lane.color is not None and not QtGui.QColor.isValidColorName(lane.color):
            raise SetupError(f"optimizers[{i}].color",
                             f"{lane.color!r} is not a colour; use a name like '#0072b2' or 'black'")
    view = setup.view
    if "speed" in view:
        speed = _number(view["speed"], "view.speed")
        lo, hi = race.SPEED_RANGE
        if not lo <= speed <= hi:
            raise SetupError("view.speed", f"must be between {lo:g} and {hi:g} steps per second, got {speed:g}")
    if view.get("focus") is not None:
        focus = view["focus"]
        if isinstance(focus, bool) or not isinstance(focus, int) or not 0 <= focus < max(1, len(setup.lanes)):
            raise SetupError("view.focus", f"must be the index of an optimizer in the list "
                             f"(0 to {max(0, len(setup.lanes) - 1)}), got {focus!r}")
    if view.get("range") is not None:
        rng = view["range"]
        if not isinstance(rng, list) or len(rng) != 2 or not all(isinstance(r, list) and len(r) == 2 for r in rng):
            raise SetupError("view.range", f"must be [[xmin, xmax], [ymin, ymax]], got {rng!r}")
        for i, axis in enumerate("xy"):
            a, b = (_number(v, f"view.range[{i}][{j}]") for j, v in enumerate(rng[i]))
            if not a < b:
                raise SetupError(f"view.range[{i}]", f"{axis}min must be less than {axis}max, got [{a:g}, {b:g}]")
    if view.get("log_levels") is not None and not isinstance(view["log_levels"], bool):
        raise SetupError("view.log_levels", f"must be true or false, got {view['log_levels']!r}")
    if "overlays" in view:
        names = view["overlays"]
        if not isinstance(names, list) or not all(isinstance(n, str) and len(n) <= 100 for n in names):
            raise SetupError("view.overlays", f"must be a list of overlay names, got {names!r}")
    if view.get("basin") is not None:
        check_basin(view["basin"])
    return setup


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_basin(basin) -> None:
    """view.basin: the basin map's settings, each checked against what the panel offers."""
    where = "view.basin"
    if not isinstance(basin, dict):
        raise SetupError(where, f"must be an object with some of {', '.join(basin_view.SETTINGS)}, "
                         f"got {_short(basin)}")
    for key in basin:
        if key not in basin_view.SETTINGS:
            raise SetupError(f"{where}.{key if len(key) <= 40 else key[:37] + '...'}",
                             f"unknown key; expected some of {', '.join(basin_view.SETTINGS)}")
    if "mode" in basin and basin["mode"] not in basin_colors.MODES:
        raise SetupError(f"{where}.mode", f"must be one of {', '.join(map(repr, basin_colors.MODES))}, "
                         f"got {_short(basin['mode'])}")
    if "opacity" in basin:
        opacity = _number(basin["opacity"], f"{where}.opacity")
        if not 0 <= opacity <= 1:
            raise SetupError(f"{where}.opacity", f"must be between 0 and 1, got {opacity:g}")
    if "resolution" in basin:
        value = basin["resolution"]
        if not _whole(value) or value not in RESOLUTIONS:
            raise SetupError(f"{where}.resolution", f"must be one of {', '.join(map(str, RESOLUTIONS))} "
                             f"(starts per side), got {_short(value)}")
    if "steps" in basin:
        value, (lo, hi) = basin["steps"], BASIN_STEPS_RANGE
        if not _whole(value) or not lo <= value <= hi:
            raise SetupError(f"{where}.steps", f"must be a whole number between {lo} and {hi:,}, "
                             f"got {_short(value)}")
    if "auto" in basin and not isinstance(basin["auto"], bool):
        raise SetupError(f"{where}.auto", f"must be true or false, got {_short(basin['auto'])}")


# -- the window -> a Setup ----------------------------------------------------------------
def capture(window, base: Setup | None = None) -> Setup:
    """Everything needed to put the window back as it is now. ``base`` (the setup last
    opened) lends its title, caption and the view keys this module does not own."""
    setup = controller_setup(window.ctrl)
    extras = {k: v for k, v in (base.view if base is not None else {}).items() if k not in VIEW_KEYS}
    if base is not None:
        setup.title, setup.caption = base.title, base.caption
    (x0, x1), (y0, y1) = window.canvas.vb.viewRange()
    setup.view.update(range=[[float(x0), float(x1)], [float(y0), float(y1)]],
                      overlays=overlay_names(window, base))
    basin = basin_settings(window)
    if basin is not None:
        setup.view["basin"] = basin
    setup.view = {**extras, **setup.view}
    return setup


def controller_setup(ctrl) -> Setup:
    """The race a controller (or a bare race model) holds: surface, start, racing lanes,
    step limit, speed, focus."""
    return ctrl.to_setup()


def overlay_names(window, base: Setup | None = None) -> list[str]:
    """The overlays shown now (when the window can say), else those of the opened setup."""
    shown = getattr(window, "overlay_names", None)
    if callable(shown):
        return [str(n) for n in shown()]
    return list(base.view.get("overlays", [])) if base is not None else []


def basin_settings(window) -> dict | None:
    """The basin map's settings while it is shown (None when it is off, or the window has
    no basin map). Values only code can set (tests) are brought into what a setup accepts:
    the nearest resolution the panel offers, steps within its Steps box."""
    feature = getattr(window, "basin", None)
    if feature is None or not feature.mapper.enabled:
        return None
    settings = feature.mapper.settings()
    lo, hi = BASIN_STEPS_RANGE
    settings.update(resolution=min(RESOLUTIONS, key=lambda r: abs(r - settings["resolution"])),
                    steps=min(max(int(settings["steps"]), lo), hi), opacity=float(settings["opacity"]))
    return settings


# -- a Setup -> the window ----------------------------------------------------------------
def apply(window, setup: Setup) -> None:
    """Make the window show ``setup`` (checked with :func:`check` first), paused at step 0.
    Raises SetupError (changing nothing) if the controller refuses it."""
    ctrl = window.ctrl
    view = setup.view
    feature = getattr(window, "basin", None)
    basin = view.get("basin") if feature is not None else None
    if basin is not None:  # before the race: a map the overlays turn on computes with these
        settings_before = feature.mapper.settings()
        feature.mapper.configure(basin)
    if not ctrl.load_setup(setup):
        if basin is not None:
            feature.mapper.configure(settings_before)
        raise SetupError("", "the race could not be set up (see the status bar)")
    if isinstance(view.get("log_levels"), bool) and view["log_levels"] != ctrl.log_levels:
        ctrl.set_log_levels(view["log_levels"])
    setter = getattr(window, "set_overlays", None)
    if callable(setter) and "overlays" in view:
        setter(list(view["overlays"]))
    rng = view.get("range")
    if rng is not None:
        (x0, x1), (y0, y1) = rng
        window.canvas.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    else:
        window.canvas.fit_window()
    if basin is not None:  # on with its settings (computing in the background)
        feature.mapper.restore(basin)
    elif feature is not None and BASIN_OVERLAY not in view.get("overlays", []):
        feature.mapper.set_enabled(False)  # (older files, scenarios: "basin_map" among the overlays turns it on)


def default_setup(surface=None, optimizers=None, start=None) -> Setup:
    """What a fresh start shows (File → New), or what the command line's --surface,
    --optimizers and --start would show: the same colours, labels and suggested values."""
    setup = RaceModel(surface=surface or DEFAULT_SURFACE, optimizers=optimizers, start=start).to_setup()
    setup.view["overlays"] = []
    return setup
