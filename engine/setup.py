"""A race described as data: surface, start, optimizers with their settings, step limit.

Scenarios (resources/scenarios/*.json), saved setups and the headless renderer all go
through this one validated format, so a file either loads exactly or is rejected with a
message saying what is wrong and where (``optimizers[2].hyperparams.lr: ...``). Nothing
here evaluates file contents: JSON in, checked values out.

The window adds its own keys (view range, overlays, speed, focus, contour levels, basin
map) under ``"view"`` and checks them itself (desktop_app/setup_io.py); the engine keeps
them untouched.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from . import optimizers as _optimizers
from . import surfaces as _surfaces
from .run import Run
from .validate import check_noise, check_start

FORMAT = "optimizer-playground-setup"
VERSION = 1


class SetupError(ValueError):
    """A setup that cannot be loaded; ``where`` is the JSON path of the offending value."""

    def __init__(self, where: str, message: str):
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}" if where else message)


@dataclass
class LaneSetup:
    optimizer: str
    hyperparams: dict = field(default_factory=dict)
    label: str = ""
    noise: float = 0.0
    seed: int = 0
    color: str | None = None
    batch_size: int | None = None   # data surfaces: this lane's minibatch size (None: the surface's)

    def to_dict(self) -> dict:
        d = {"optimizer": self.optimizer, "hyperparams": dict(self.hyperparams), "label": self.label,
             "noise": self.noise, "seed": self.seed}
        if self.color is not None:
            d["color"] = self.color
        if self.batch_size is not None:
            d["batch_size"] = self.batch_size
        return d


@dataclass
class Setup:
    surface: str = "ravine"
    surface_params: dict = field(default_factory=dict)
    formula: str | None = None
    bounds: tuple | None = None
    start: tuple = (0.0, 0.0)
    lanes: list = field(default_factory=list)
    steps: int = 300
    title: str = ""
    caption: str = ""
    view: dict = field(default_factory=dict)

    # -- building -------------------------------------------------------------------
    def build_surface(self):
        if self.surface == "custom":
            return _surfaces.from_formula(self.formula, bounds=self.bounds)
        return _surfaces.get(self.surface, **self.surface_params)

    def build_run(self, surface=None, **run_options) -> Run:
        run = Run(surface if surface is not None else self.build_surface(), self.start, **run_options)
        for lane in self.lanes:
            run.add(lane.optimizer, label=lane.label or None, noise=lane.noise, seed=lane.seed,
                    batch_size=lane.batch_size, **lane.hyperparams)
        return run

    # -- serialization ----------------------------------------------------------------
    def to_dict(self) -> dict:
        surface: dict[str, Any] = {"name": self.surface, "params": dict(self.surface_params)}
        if self.surface == "custom":
            surface = {"name": "custom", "formula": self.formula, "bounds": [list(b) for b in self.bounds]}
        return {"format": FORMAT, "version": VERSION, "title": self.title, "caption": self.caption,
                "surface": surface, "start": list(self.start), "steps": self.steps,
                "optimizers": [lane.to_dict() for lane in self.lanes], "view": dict(self.view)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_json(cls, text: str) -> "Setup":
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as err:
            raise SetupError("", f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})") from None
        except ValueError as err:
            raise SetupError("", str(err)) from None
        except RecursionError:  # "[[[[..." 100,000 deep: Python's parser gives up
            raise SetupError("", "nested far too deeply to be a setup") from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Any) -> "Setup":
        """Validate everything before building anything: all or nothing."""
        _expect(data, dict, "", "an object")
        version = data.get("version")
        if data.get("format", FORMAT) != FORMAT:
            raise SetupError("format", f"expected {FORMAT!r}, got {data.get('format')!r}")
        if not isinstance(version, int) or isinstance(version, bool):
            raise SetupError("version", f"must be a whole number, got {version!r}")
        if version > VERSION:
            raise SetupError("version", f"this file is version {version}, newer than this program "
                             f"understands ({VERSION}); update Optimizer Playground to open it")
        if version < 1:
            raise SetupError("version", f"unknown version {version}")
        known = {"format", "version", "title", "caption", "surface", "start", "steps", "optimizers", "view"}
        for key in data:
            if key not in known:
                raise SetupError(key, f"unknown key; expected some of {', '.join(sorted(known))}")
        setup = cls()
        setup.title = _text(data.get("title", ""), "title")
        setup.caption = _text(data.get("caption", ""), "caption")
        _read_surface(setup, data.get("surface"))
        setup.start = tuple(check_start(_point(data.get("start"), "start")).tolist())  # _point: where
        steps = data.get("steps", 300)
        if not isinstance(steps, int) or isinstance(steps, bool) or not 1 <= steps <= 10_000_000:
            raise SetupError("steps", f"must be a whole number in [1, 10000000], got {steps!r}")
        setup.steps = steps
        lanes = data.get("optimizers", [])
        _expect(lanes, list, "optimizers", "a list")
        if len(lanes) > 64:
            raise SetupError("optimizers", f"at most 64 optimizers, got {len(lanes)}")
        setup.lanes = [_read_lane(item, f"optimizers[{i}]") for i, item in enumerate(lanes)]
        _check_batch_sizes(setup)
        view = data.get("view", {})
        _expect(view, dict, "view", "an object")
        setup.view = view
        return setup


def _reject_constant(name):
    raise ValueError(f"{name} is not allowed in a setup file")


def _expect(value, kind, where, what):
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise SetupError(where, f"must be {what}, got {type(value).__name__} {_short(value)}")


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _text(value, where) -> str:
    _expect(value, str, where, "text")
    if len(value) > 2000:
        raise SetupError(where, "longer than 2000 characters")
    return value


def _number(value, where) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SetupError(where, f"must be a finite number, got {_short(value)}")
    return float(value)


def _point(value, where) -> tuple:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise SetupError(where, f"must be a pair [x, y], got {_short(value)}")
    return (_number(value[0], f"{where}[0]"), _number(value[1], f"{where}[1]"))


def _read_surface(setup: Setup, data) -> None:
    _expect(data, dict, "surface", "an object")
    name = data.get("name")
    if name == "custom":
        formula = data.get("formula")
        setup.surface, setup.formula = "custom", _text(formula, "surface.formula")
        bounds = data.get("bounds")
        if not isinstance(bounds, list) or len(bounds) != 2:
            raise SetupError("surface.bounds", f"must be [[xmin, xmax], [ymin, ymax]], got {_short(bounds)}")
        setup.bounds = tuple(_point(b, f"surface.bounds[{i}]") for i, b in enumerate(bounds))
        try:
            _surfaces.from_formula(setup.formula, bounds=setup.bounds)
        except ValueError as err:
            raise SetupError("surface.formula", str(err)) from None
        return
    if name not in _surfaces.names():
        raise SetupError("surface.name", _surfaces_message(name))
    params = data.get("params", {})
    _expect(params, dict, "surface.params", "an object")
    try:
        _surfaces.get(name, **params)
    except ValueError as err:
        raise SetupError("surface.params", str(err)) from None
    setup.surface, setup.surface_params = name, dict(params)


def _surfaces_message(name) -> str:
    from .spec import unknown_name_message
    return unknown_name_message("surface", name, _surfaces.names() + ["custom"])


def _read_lane(item, where) -> LaneSetup:
    _expect(item, dict, where, "an object")
    name = item.get("optimizer")
    try:
        opt = _optimizers.create(name) if isinstance(name, str) else None
    except ValueError as err:
        raise SetupError(f"{where}.optimizer", str(err)) from None
    if opt is None:
        raise SetupError(f"{where}.optimizer", f"must be an optimizer name, got {_short(name)}")
    hp = item.get("hyperparams", {})
    _expect(hp, dict, f"{where}.hyperparams", "an object")
    for key, value in hp.items():     # one at a time, to name the offender
        try:
            opt.spec.validate({key: value})
        except ValueError as err:
            raise SetupError(f"{where}.hyperparams.{key}" if key in opt.spec else f"{where}.hyperparams",
                             str(err)) from None
    try:
        opt.set(**hp)                  # rules between parameters (nesterov needs momentum)
    except ValueError as err:
        raise SetupError(f"{where}.hyperparams", str(err)) from None
    try:
        noise = check_noise(item.get("noise", 0.0), name)
    except ValueError as err:
        raise SetupError(f"{where}.noise", str(err)) from None
    seed = item.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2 ** 32:
        raise SetupError(f"{where}.seed", f"must be a whole number in [0, 2^32), got {_short(seed)}")
    color = item.get("color")
    if color is not None and (not isinstance(color, str) or len(color) > 32):
        raise SetupError(f"{where}.color", f"must be a colour name like '#0072b2', got {_short(color)}")
    batch_size = item.get("batch_size")
    if batch_size is not None and (not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1):
        raise SetupError(f"{where}.batch_size", f"must be a whole number >= 1, got {_short(batch_size)}")
    return LaneSetup(name, dict(hp), _text(item.get("label", ""), f"{where}.label"), noise, seed, color,
                     batch_size)


def _check_batch_sizes(setup: Setup) -> None:
    """A lane's batch_size needs a data surface with at least that many examples."""
    sized = [(i, lane.batch_size) for i, lane in enumerate(setup.lanes) if lane.batch_size is not None]
    if not sized:
        return
    n = getattr(setup.build_surface(), "n_examples", None)
    for i, b in sized:
        if n is None:
            raise SetupError(f"optimizers[{i}].batch_size", f"surface {setup.surface!r} has no examples to "
                             "batch (only data surfaces do); use noise instead")
        if b > n:
            raise SetupError(f"optimizers[{i}].batch_size", f"must be in [1, {n}] (the surface's examples), got {b}")
