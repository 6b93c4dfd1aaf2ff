"""The window's state as an engine Setup and back: what File → Save writes and Open restores.

The engine Setup holds the race (surface, start, lanes with hyperparameters, labels,
colours, noise and seeds, step limit); its ``view`` object holds what only the window
knows, checked here:

    speed       steps per second, SPEED_RANGE
    focus       index of the lane whose settings panel is open
    range       [[xmin, xmax], [ymin, ymax]] the map shows
    log_levels  log-spaced contour levels (true/false)

and each feature's view state under the feature's name, checked and restored by the
feature (features/base.py): ``overlays`` (the names of the overlays drawn on the map,
features/overlays.py), ``basin`` (the basin map's settings while it is shown,
features/basin/feature.py). Other ``view`` keys (a scenario's number, key, claim, notes;
the state of a feature this window does not have) are kept as they were.
Reading is all or nothing: :func:`read_setup` raises SetupError(where, message) before the
window is touched, and :func:`apply` changes the window only with a setup that passed.
File contents are parsed as JSON and checked value by value: no pickle, no eval.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6 import QtGui

from engine.setup import Setup, SetupError

from desktop_app.features import registry
from desktop_app.features.base import check_view_states
from desktop_app.model import race
from desktop_app.model.race import DEFAULT_SURFACE, RaceModel

MAX_FILE_BYTES = 5_000_000  # a setup is a few kB; anything bigger is not one
VIEW_KEYS = ("speed", "focus", "range", "log_levels")  # the window's own; features own theirs


# -- reading and checking ------------------------------------------------------------------
def read_setup(text: str, features=registry.FEATURES) -> Setup:
    """Parse and check a setup (engine rules, then the window's and its features');
    SetupError says where. ``features``: a window's (``window.features``), else the app's."""
    return check(Setup.from_json(text), features)


def read_setup_file(path, features=registry.FEATURES) -> Setup:
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
    return read_setup(text, features)


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SetupError(where, f"must be a finite number, got {value!r}")
    return float(value)


def check(setup: Setup, features=registry.FEATURES) -> Setup:
    """The window's own rules on top of the engine's: ranges of speed and step limit,
    colour names, the view box, the focused lane; then each feature's on its view state
    (``features``: classes or instances, by default the app's)."""
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
    check_view_states(view, features)
    return setup


# -- the window -> a Setup ----------------------------------------------------------------
def capture(window, base: Setup | None = None) -> Setup:
    """Everything needed to put the window back as it is now: the race, the window's view
    and each feature's view state. ``base`` (the setup last opened) lends its title,
    caption and the view keys neither the window nor its features own."""
    setup = controller_setup(window.ctrl)
    owned = set(VIEW_KEYS) | window.features.view_keys()
    extras = {k: v for k, v in (base.view if base is not None else {}).items() if k not in owned}
    if base is not None:
        setup.title, setup.caption = base.title, base.caption
    (x0, x1), (y0, y1) = window.canvas.vb.viewRange()
    setup.view["range"] = [[float(x0), float(x1)], [float(y0), float(y1)]]
    setup.view.update(window.features.view_states())
    setup.view = {**extras, **setup.view}
    return setup


def controller_setup(ctrl) -> Setup:
    """The race a controller (or a bare race model) holds: surface, start, racing lanes,
    step limit, speed, focus."""
    return ctrl.to_setup()


# -- a Setup -> the window ----------------------------------------------------------------
def apply(window, setup: Setup) -> None:
    """Make the window show ``setup`` (checked with :func:`check` first), paused at step 0.
    Raises SetupError (changing nothing) if the controller refuses it."""
    ctrl = window.ctrl
    view = setup.view
    window.features.check(view)  # (features added after reading it, too)
    undo = window.features.prepare(view)
    if not ctrl.load_setup(setup):
        for step in reversed(undo):
            step()
        raise SetupError("", "the race could not be set up (see the status bar)")
    if isinstance(view.get("log_levels"), bool) and view["log_levels"] != ctrl.log_levels:
        ctrl.set_log_levels(view["log_levels"])
    rng = view.get("range")
    if rng is not None:
        (x0, x1), (y0, y1) = rng
        window.canvas.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    else:
        window.canvas.fit_window()
    window.features.restore(view)


def default_setup(surface=None, optimizers=None, start=None) -> Setup:
    """What a fresh start shows (File → New), or what the command line's --surface,
    --optimizers and --start would show: the same colours, labels and suggested values."""
    setup = RaceModel(surface=surface or DEFAULT_SURFACE, optimizers=optimizers, start=start).to_setup()
    setup.view["overlays"] = []
    return setup
