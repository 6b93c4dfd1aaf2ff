"""Command line: ``optimizer-playground`` / ``python -m desktop_app``.

Bad option values print a clear message (with the valid choices and a "did you mean")
and exit with status 2. ``main`` dispatches on the first word so that subcommands (a
``render`` command for GIF/MP4/PNG, later) slot in without touching the window's options.
"""
from __future__ import annotations

import argparse
import math
import os
import re
import sys

from engine import optimizers as opt_catalog
from engine import surfaces as surf_catalog
from engine.spec import unknown_name_message

_NUMBER_START = re.compile(r"^-[\d.]")
MAX_QUIT_AFTER_S = 1_000_000  # a QTimer counts milliseconds in a C int


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="optimizer-playground",
        description="Watch optimizers race across 2-D loss surfaces: click a start point, "
                    "pick optimizers, tune them while they run.",
        epilog="Example: optimizer-playground --surface saddle --optimizers sgd,momentum,adam --play")
    p.add_argument("--surface", metavar="NAME",
                   help="surface to open: " + ", ".join(surf_catalog.names()) + " (default: ravine)")
    p.add_argument("--optimizers", metavar="A,B,C",
                   help="comma-separated optimizers to race (a name twice races two instances): "
                        + ", ".join(opt_catalog.names()) + " (default: sgd,momentum,rmsprop,adam)")
    p.add_argument("--start", metavar="X,Y", help="start point, e.g. --start 1.5,-0.5 "
                   "(default: the surface's own start)")
    p.add_argument("--play", action="store_true", help="start the race at once")
    p.add_argument("--fullscreen", action="store_true", help="open full screen (F11 toggles)")
    p.add_argument("--setup", metavar="FILE.json", help="open a setup saved with File → Save setup")
    p.add_argument("--clean", action="store_true", help="start with the defaults, not the setup "
                   "of the last session (which otherwise comes back unless --surface/--optimizers/--start)")
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    return p


def _join_negative_values(argv: list[str]) -> list[str]:
    """``--start -1.5,2`` would read as an unknown option; join it as ``--start=-1.5,2``."""
    out, i = [], 0
    while i < len(argv):
        if argv[i] == "--start" and i + 1 < len(argv) and _NUMBER_START.match(argv[i + 1]):
            out.append(f"--start={argv[i + 1]}")
            i += 2
        else:
            out.append(argv[i])
            i += 1
    return out


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse and validate; exits with status 2 (argparse's convention) on a bad value."""
    parser = build_parser()
    args = parser.parse_args(_join_negative_values(argv))
    if args.surface is not None and args.surface not in surf_catalog.names():
        parser.error(unknown_name_message("surface", args.surface, surf_catalog.names()))
    if args.optimizers is not None:
        names = [n.strip() for n in args.optimizers.split(",")]
        if not all(names):
            parser.error(f"--optimizers {args.optimizers!r}: empty name in the list "
                         "(use commas between names, e.g. sgd,adam)")
        for name in names:
            if name not in opt_catalog.names():
                parser.error(unknown_name_message("optimizer", name, opt_catalog.names()))
        args.optimizers = names
    if args.start is not None:
        parts = args.start.split(",")
        try:
            x, y = (float(v) for v in parts)
            if not (math.isfinite(x) and math.isfinite(y)):
                raise ValueError
        except ValueError:
            parser.error(f"--start {args.start!r}: expected two finite numbers X,Y, e.g. --start 1.5,-0.5")
        args.start = (x, y)
    if args.setup is not None:
        given = [o for o, v in (("--surface", args.surface), ("--optimizers", args.optimizers),
                                ("--start", args.start)) if v is not None]
        if given:
            parser.error(f"--setup cannot be combined with {', '.join(given)}: the setup file says them")
        if not os.path.isfile(args.setup):
            parser.error(f"--setup {args.setup!r}: no such file")
    if args.quit_after is not None and not 0 <= args.quit_after <= MAX_QUIT_AFTER_S:
        parser.error(f"--quit-after {args.quit_after:g}: must be between 0 and {MAX_QUIT_AFTER_S:,} seconds")
    return args


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["render"]:  # optimizer-playground render ...: GIF/MP4/PNG without a window
        from . import render

        return render.main(argv[1:])
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help (0) or a bad value (2): argparse already printed why
        return int(exc.code or 0)
    from .app import run  # Qt is imported only once the options are known to be good

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
