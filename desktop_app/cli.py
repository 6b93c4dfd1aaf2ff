"""The command line: ``optimizer-playground`` (the window) and ``optimizer-playground render``
(a race to PNG, GIF or MP4), both built from one table of options.

    optimizer-playground --surface saddle --optimizers sgd,momentum,adam --play
    optimizer-playground render --scenario 7 --out adadelta.gif

Each row of :data:`OPTIONS` is one option: its flags, its help, the commands that take it
and the check that turns the text into a value. A new option for both commands is one row
with ``commands=BOTH``. A bad value prints a message naming it (with the valid choices
and a "did you mean") and exits with status 2, argparse's convention; nothing starts.
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from engine import optimizers as opt_catalog
from engine import surfaces as surf_catalog
from engine.spec import unknown_name_message

APP, RENDER = "app", "render"
BOTH = frozenset({APP, RENDER})
PROG = {APP: "optimizer-playground", RENDER: "optimizer-playground render"}
MAX_QUIT_AFTER_S = 1_000_000  # a QTimer counts milliseconds in a C int
SIZE_RE = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")
DEFAULT_SIZE = (800, 600)
DEFAULT_FPS = {".gif": 20.0, ".mp4": 30.0, ".png": 20.0}
DEFAULT_STEPS = 300
_NUMBER_START = re.compile(r"^-[\d.]")
VIEWS = ("map", "3d")


class BadValue(Exception):
    """An option's value is wrong; the message names the option and the value."""


@dataclass(frozen=True)
class Option:
    flag: str
    help: str
    commands: frozenset = BOTH
    section: str = "what"            # a heading of the help, where the command has headings
    check: Callable[[argparse.Namespace], None] | None = None  # reads/writes args, raises BadValue
    negative: bool = False           # takes a value that may start with "-" (--start -1,2)
    kwargs: dict = field(default_factory=dict)  # for argparse's add_argument: metavar, type, action...

    @property
    def dest(self) -> str:
        return self.flag.lstrip("-").replace("-", "_")


# -- checks: each reads its own option from args, converts it in place, raises BadValue ------------
def _check_scenario(args):
    from desktop_app.model import scenarios

    if args.scenario is not None:
        args.scenario_obj = scenarios.find(args.scenario)
        if args.scenario_obj is None:
            raise BadValue(unknown_name_message("scenario", args.scenario, scenarios.names()))


def _check_setup(args):
    if args.setup is not None and not Path(args.setup).is_file():
        raise BadValue(f"--setup {args.setup!r}: no such file")


def _check_surface(args):
    if args.surface is not None and args.surface not in surf_catalog.names():
        raise BadValue(unknown_name_message("surface", args.surface, surf_catalog.names()))


def _check_optimizers(args):
    if args.optimizers is None:
        return
    names = [n.strip() for n in args.optimizers.split(",")]
    if not all(names):
        raise BadValue(f"--optimizers {args.optimizers!r}: empty name in the list "
                       "(use commas between names, e.g. sgd,adam)")
    for name in names:
        if name not in opt_catalog.names():
            raise BadValue(unknown_name_message("optimizer", name, opt_catalog.names()))
    args.optimizers = names


def _check_start(args):
    if args.start is None:
        return
    try:
        x, y = (float(v) for v in args.start.split(","))
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ValueError
    except ValueError:
        raise BadValue(f"--start {args.start!r}: expected two finite numbers X,Y, e.g. --start 1.5,-0.5") from None
    args.start = (x, y)


def _check_quit_after(args):
    if args.quit_after is not None and not 0 <= args.quit_after <= MAX_QUIT_AFTER_S:
        raise BadValue(f"--quit-after {args.quit_after:g}: must be between 0 and {MAX_QUIT_AFTER_S:,} seconds")


def _check_out(args):
    from desktop_app.model.media import MediaError, check_target

    args.every_slide = getattr(args, "deck", None) is not None and getattr(args, "slide", None) is None
    if args.every_slide:  # a deck without --slide: every slide, into a folder
        args.out = _deck_out(args.out)
        if not args.out.parent.exists():  # made when rendering starts
            return
    try:
        args.out = check_target(args.out)
    except MediaError as err:
        raise BadValue(f"--out: {err}") from None


def _deck_out(out: str) -> Path:
    """``FOLDER/`` -> FOLDER/slide.png (PNGs); ``FOLDER/NAME.gif`` -> NAME-01.gif, NAME-02.gif..."""
    path = Path(out)
    if out.endswith(("/", "\\")) or path.is_dir():
        if not path.is_dir() and not path.parent.is_dir():
            raise BadValue(f"--out {out!r}: the folder's parent {str(path.parent)!r} does not exist")
        return path / "slide.png"
    return path


def _check_deck(args):
    from engine.setup import SetupError

    from desktop_app.model import deck as deck_mod

    if args.deck is None:
        return
    if args.deck != deck_mod.BUILTIN and not Path(args.deck).is_file():
        raise BadValue(f"--deck {args.deck!r}: no such file (or 'builtin' for the course deck)")
    try:
        args.deck_obj = deck_mod.read(args.deck)
    except SetupError as err:
        raise BadValue(f"--deck {args.deck!r}: {err}") from None


def _check_slide(args):
    if args.slide is None:
        return
    if args.deck is None:
        raise BadValue(f"--slide {args.slide}: needs --deck (builtin or a deck file)")
    n = len(args.deck_obj.slides)
    if not 1 <= args.slide <= n:
        raise BadValue(f"--slide {args.slide}: the deck has slides 1 to {n}")


def _check_steps(args):
    if args.steps is not None and not 1 <= args.steps <= 1_000_000:
        raise BadValue(f"--steps {args.steps}: must be between 1 and 1000000")


def _check_size(args):
    if args.size is None:
        args.size = DEFAULT_SIZE
        return
    m = SIZE_RE.match(args.size)
    if not m or not all(64 <= int(v) <= 4096 for v in m.groups()):
        raise BadValue(f"--size {args.size!r}: expected WIDTHxHEIGHT in pixels, each 64 to 4096, e.g. 800x600")
    args.size = (int(m.group(1)), int(m.group(2)))


def _check_fps(args):  # after --out: the default depends on the file type
    if args.fps is None:
        args.fps = DEFAULT_FPS[args.out.suffix.lower()]
    elif not 1 <= args.fps <= 120:
        raise BadValue(f"--fps {args.fps:g}: must be between 1 and 120")


def _check_duration(args):
    if args.duration is not None and not 0.1 <= args.duration <= 3600:
        raise BadValue(f"--duration {args.duration:g}: must be between 0.1 and 3600 seconds")


def _check_view(args):
    args.view = args.view.lower().replace("-", "")  # 3D, 3-d
    if args.view not in VIEWS:
        raise BadValue(unknown_name_message("view", args.view, list(VIEWS)))
    if args.view != "3d":
        for flag, given in (("--orbit", args.orbit), ("--camera", args.camera is not None)):
            if given:
                raise BadValue(f"{flag} draws the 3-D view only: add --view 3d")


def _check_camera(args):
    from desktop_app.geometry.scene3d import PRESETS

    if args.camera is not None and args.camera not in PRESETS:
        raise BadValue(unknown_name_message("camera", args.camera, list(PRESETS)))


def _check_lang(args):
    from desktop_app.model.i18n import LANGUAGES

    if args.lang is not None:
        args.lang = args.lang.strip().lower()
        if args.lang not in LANGUAGES:
            raise BadValue(f"--lang {args.lang!r}: not a language of this program; choose "
                           + " or ".join(f"{code} ({name})" for code, name in LANGUAGES.items()))


# -- the table: help order, and the order checks run in ---------------------------------------------
SOURCES = ("scenario", "setup", "deck")          # a whole race from a file...
DIRECT = ("surface", "optimizers", "start")      # ...or these, never both
OPTIONS: tuple[Option, ...] = (
    Option("--scenario", "a lecture scenario by number (7), file name (07-adadelta-units) or name "
           "(adadelta-units)", frozenset({RENDER}), check=_check_scenario, kwargs={"metavar": "NAME"}),
    Option("--setup", "a setup saved from the window (File → Save setup)", check=_check_setup,
           kwargs={"metavar": "FILE.json"}),
    Option("--surface", "surface: " + ", ".join(surf_catalog.names()) + " (default: ravine)",
           check=_check_surface, kwargs={"metavar": "NAME"}),
    Option("--optimizers", "comma-separated optimizers to race (a name twice races two instances): "
           + ", ".join(opt_catalog.names()) + " (default: sgd,momentum,rmsprop,adam)",
           check=_check_optimizers, kwargs={"metavar": "A,B,C"}),
    Option("--start", "start point, e.g. --start 1.5,-0.5 (default: the surface's own start)",
           check=_check_start, negative=True, kwargs={"metavar": "X,Y"}),
    Option("--play", "start the race at once", frozenset({APP}), "window", kwargs={"action": "store_true"}),
    Option("--fullscreen", "open full screen (F11 toggles)", frozenset({APP}), "window",
           kwargs={"action": "store_true"}),
    Option("--clean", "start with the defaults, not the setup of the last session (which otherwise "
           "comes back unless --setup/--surface/--optimizers/--start)", frozenset({APP}), "window",
           kwargs={"action": "store_true"}),
    Option("--quit-after", argparse.SUPPRESS, frozenset({APP}), "window", check=_check_quit_after,
           kwargs={"type": float, "metavar": "SECONDS"}),
    Option("--out", "the file to write: .png, .gif or .mp4", frozenset({RENDER}), "output", check=_check_out,
           kwargs={"required": True, "metavar": "FILE"}),
    Option("--steps", f"race this many steps (default: the scenario's or setup's step limit, else {DEFAULT_STEPS})",
           frozenset({RENDER}), "output", check=_check_steps, kwargs={"type": int, "metavar": "N"}),
    Option("--size", f"image size in pixels (default {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]})", frozenset({RENDER}),
           "output", check=_check_size, kwargs={"metavar": "WxH"}),
    Option("--fps", "frames per second (default 20 for GIF, 30 for MP4)", frozenset({RENDER}), "output",
           check=_check_fps, kwargs={"type": float, "metavar": "K"}),
    Option("--duration", "how long the race lasts on film (default: 50 steps a second, 2 to 10 s)",
           frozenset({RENDER}), "output", check=_check_duration, kwargs={"type": float, "metavar": "SECONDS"}),
    Option("--no-legend", "leave the legend out", frozenset({RENDER}), "output", kwargs={"action": "store_true"}),
    Option("--quiet", "no progress bar", frozenset({RENDER}), "output", kwargs={"action": "store_true"}),
    Option("--no-caption", "leave the scenario's caption (above the map) out", frozenset({RENDER}), "output",
           kwargs={"action": "store_true"}),
    Option("--camera", "3-D only: the camera preset, default, top, saddle or ravine (default: the setup's saved "
           "camera, else default)", frozenset({RENDER}), "output", check=_check_camera, kwargs={"metavar": "NAME"}),
    Option("--orbit", "3-D only: turn the camera slowly, a quarter turn over the race", frozenset({RENDER}),
           "output", kwargs={"action": "store_true"}),
    Option("--view", "what to draw: map (the contour map, default) or 3d (the landscape in 3-D; needs OpenGL: "
           "a display, or xvfb-run on a server)", frozenset({RENDER}), "output", check=_check_view,
           kwargs={"metavar": "map|3d", "default": "map"}),
    Option("--deck", "a lecture deck: builtin (the course deck) or a deck file (File → Save deck); render "
           "without --slide writes every slide: --out FOLDER/ (PNGs) or FOLDER/NAME.gif (NAME-01.gif...)",
           check=_check_deck, kwargs={"metavar": "builtin|FILE"}),
    Option("--slide", "the deck's slide to open or render, from 1 (default: the first; render: every one)",
           check=_check_slide, kwargs={"type": int, "metavar": "N"}),
    Option("--lang", "the language of the window and of render's captions: ko (Korean) or en (English) "
           "(default: View → Language, else the system's)", check=_check_lang, kwargs={"metavar": "ko|en"}),
)

DESCRIPTION = {
    APP: "Watch optimizers race across 2-D loss surfaces: click a start point, pick optimizers,\n"
         "tune them while they run.",
    RENDER: "Render a race to a PNG (the last step), GIF or MP4 without opening a window.",
}
EPILOG = {
    APP: "Commands:\n"
         "  render              a race to PNG, GIF or MP4 without a window (optimizer-playground render --help)\n\n"
         "Example:\n  %(prog)s --surface saddle --optimizers sgd,momentum,adam --play\n"
         "  %(prog)s render --scenario 7 --out adadelta.gif\n"
         "  %(prog)s --deck builtin --slide 3",
    RENDER: "Examples:\n  %(prog)s --scenario 7 --out adadelta.gif\n"
            "  %(prog)s --surface saddle --optimizers sgd,adam --steps 200 --out saddle.mp4 --size 1280x720\n"
            "  %(prog)s --scenario 1 --view 3d --orbit --out saddle-3d.gif\n"
            "  %(prog)s --deck builtin --out handouts/",
}
SECTIONS = {  # headings of the help; an option in a section its command does not head goes at the top
    RENDER: {"what": "what to render: a scenario, a saved setup, a deck's slides, or a surface and optimizers", "output": "output"},
}


def options(command: str) -> list[Option]:
    return [o for o in OPTIONS if command in o.commands]


def build_parser(command: str = APP) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG[command], description=DESCRIPTION[command], epilog=EPILOG[command],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    headings = SECTIONS.get(command, {})
    groups = {key: parser.add_argument_group(title) for key, title in headings.items()}
    for option in options(command):
        groups.get(option.section, parser).add_argument(option.flag, help=option.help, **option.kwargs)
    return parser


def _join_negative(argv: list[str], command: str) -> list[str]:
    """``--start -1.5,2`` would read as an unknown option; pass it as ``--start=-1.5,2``."""
    flags = {o.flag for o in options(command) if o.negative}
    out, i = [], 0
    while i < len(argv):
        if argv[i] in flags and i + 1 < len(argv) and _NUMBER_START.match(argv[i + 1]):
            out.append(f"{argv[i]}={argv[i + 1]}")
            i += 2
        else:
            out.append(argv[i])
            i += 1
    return out


def _check_sources(args, command: str):
    """A scenario, a setup file, or the race spelled out: one of them."""
    taken = [d for d in SOURCES + DIRECT if any(o.dest == d for o in options(command))]
    given = [f"--{d}" for d in taken if getattr(args, d) is not None]
    if len(given) > 1 and given[0].lstrip("-") in SOURCES:
        choices = [{"scenario": "a scenario", "setup": "a setup file", "deck": "a deck"}[d]
                   for d in taken if d in SOURCES]
        raise BadValue(f"{given[0]} cannot be combined with {', '.join(given[1:])}: give "
                       f"{', '.join(choices)} or --surface/--optimizers/--start")


def parse_args(argv: list[str], command: str = APP) -> argparse.Namespace:
    """Parse and check everything that can be checked before starting; exit 2 if bad."""
    parser = build_parser(command)
    args = parser.parse_args(_join_negative(list(argv), command))
    try:
        _check_sources(args, command)
        for option in options(command):
            if option.check is not None:
                option.check(args)
    except BadValue as bad:
        parser.error(str(bad))
    return args


def main(argv: list[str] | None = None) -> int:
    """The console entry: the window, or ``render ...`` (no window)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [RENDER]:
        from desktop_app import render

        return render.main(argv[1:])
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help (0) or a bad value (2): argparse already printed why
        return int(exc.code or 0)
    from desktop_app.app import run  # Qt is imported only once the options are known to be good

    return run(args)
