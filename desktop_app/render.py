"""``optimizer-playground render``: a race to PNG, GIF or MP4 with no display.

    optimizer-playground render --scenario 7 --steps 300 --out adadelta.gif
    optimizer-playground render --surface saddle --optimizers sgd,momentum,adam --start 1.8,0.05 \\
        --steps 200 --out saddle.mp4 --size 1280x720 --fps 30
    optimizer-playground render --setup my-lecture.json --out slide.png

It draws with the window's own canvas (recorder.py) on Qt's offscreen platform, prints
a progress bar to stderr and the written file to stdout. Exit status: 0 written, 2 bad
arguments or unknown names (argparse's convention, nothing written), 1 the render failed
(an unreadable setup file, a full disk), 130 interrupted; never a partial file.
"""
from __future__ import annotations

import argparse
import math
import os
import re
import sys
import time
from pathlib import Path

from engine import optimizers as opt_catalog
from engine import surfaces as surf_catalog
from engine.setup import SetupError
from engine.spec import unknown_name_message

PROG = "optimizer-playground render"
SIZE_RE = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")
DEFAULT_SIZE = (800, 600)
DEFAULT_FPS = {".gif": 20.0, ".mp4": 30.0, ".png": 20.0}
DEFAULT_STEPS = 300
_NEGATIVE = re.compile(r"^-[\d.]")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG, description="Render a race to a PNG (the last step), GIF or MP4 without opening a window.",
        epilog="Examples:\n  %(prog)s --scenario 7 --out adadelta.gif\n"
               "  %(prog)s --surface saddle --optimizers sgd,adam --steps 200 --out saddle.mp4 --size 1280x720",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    what = p.add_argument_group("what to render: a scenario, a saved setup, or a surface and optimizers")
    what.add_argument("--scenario", metavar="NAME", help="a lecture scenario by number (7), file name "
                      "(07-adadelta-units) or name (adadelta-units)")
    what.add_argument("--setup", metavar="FILE.json", help="a setup saved from the window (File → Save setup)")
    what.add_argument("--surface", metavar="NAME", help=", ".join(surf_catalog.names()) + " (default: ravine)")
    what.add_argument("--optimizers", metavar="A,B", help="comma-separated: " + ", ".join(opt_catalog.names()))
    what.add_argument("--start", metavar="X,Y", help="start point (default: the surface's own)")
    how = p.add_argument_group("output")
    how.add_argument("--out", required=True, metavar="FILE", help="the file to write: .png, .gif or .mp4")
    how.add_argument("--steps", type=int, metavar="N", help="race this many steps (default: the scenario's "
                     f"or setup's step limit, else {DEFAULT_STEPS})")
    how.add_argument("--size", metavar="WxH", help=f"image size in pixels (default {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]})")
    how.add_argument("--fps", type=float, metavar="K", help="frames per second (default 20 for GIF, 30 for MP4)")
    how.add_argument("--duration", type=float, metavar="SECONDS",
                     help="how long the race lasts on film (default: 50 steps a second, 2 to 10 s)")
    how.add_argument("--no-legend", action="store_true", help="leave the legend out")
    how.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def _join_negative(argv: list[str]) -> list[str]:
    """``--start -1,2`` would read as an option; pass it as ``--start=-1,2``."""
    out, i = [], 0
    while i < len(argv):
        if argv[i] == "--start" and i + 1 < len(argv) and _NEGATIVE.match(argv[i + 1]):
            out.append(f"--start={argv[i + 1]}")
            i += 2
        else:
            out.append(argv[i])
            i += 1
    return out


def find_scenario(name: str):
    """The scenario called ``name`` (number, file stem or name part), or None."""
    from desktop_app.model import scenarios

    key = name.strip().lower()
    for sc in scenarios.load_all():
        stem = sc.path.stem.lower()
        part = stem.split("-", 1)[1] if "-" in stem and stem.split("-", 1)[0].isdigit() else stem
        if key in (stem, part) or (key.isdigit() and int(key) == sc.number):
            return sc
    return None


def scenario_names() -> list[str]:
    from desktop_app.model import scenarios

    return [sc.path.stem for sc in scenarios.load_all()]


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse and check everything that can be checked before rendering; exit 2 if bad."""
    from desktop_app.model.media import MediaError, check_target

    parser = build_parser()
    args = parser.parse_args(_join_negative(argv))
    sources = [o for o, v in (("--scenario", args.scenario), ("--setup", args.setup)) if v is not None]
    direct = [o for o, v in (("--surface", args.surface), ("--optimizers", args.optimizers),
                             ("--start", args.start)) if v is not None]
    if len(sources) > 1 or (sources and direct):
        parser.error(f"{' and '.join(sources + direct)} cannot be combined: "
                     "give a scenario, a setup file, or --surface/--optimizers/--start")
    if args.scenario is not None:
        args.scenario_obj = find_scenario(args.scenario)
        if args.scenario_obj is None:
            parser.error(unknown_name_message("scenario", args.scenario, scenario_names()))
    if args.setup is not None and not Path(args.setup).is_file():
        parser.error(f"--setup {args.setup!r}: no such file")
    if args.surface is not None and args.surface not in surf_catalog.names():
        parser.error(unknown_name_message("surface", args.surface, surf_catalog.names()))
    if args.optimizers is not None:
        names = [n.strip() for n in args.optimizers.split(",")]
        if not all(names):
            parser.error(f"--optimizers {args.optimizers!r}: empty name in the list (e.g. sgd,adam)")
        for n in names:
            if n not in opt_catalog.names():
                parser.error(unknown_name_message("optimizer", n, opt_catalog.names()))
        args.optimizers = names
    if args.start is not None:
        try:
            x, y = (float(v) for v in args.start.split(","))
            if not (math.isfinite(x) and math.isfinite(y)):
                raise ValueError
        except ValueError:
            parser.error(f"--start {args.start!r}: expected two finite numbers X,Y, e.g. --start 1.5,-0.5")
        args.start = (x, y)
    if args.steps is not None and not 1 <= args.steps <= 1_000_000:
        parser.error(f"--steps {args.steps}: must be between 1 and 1000000")
    if args.size is None:
        args.size = DEFAULT_SIZE
    else:
        m = SIZE_RE.match(args.size)
        if not m or not all(64 <= int(v) <= 4096 for v in m.groups()):
            parser.error(f"--size {args.size!r}: expected WIDTHxHEIGHT in pixels, each 64 to 4096, e.g. 800x600")
        args.size = (int(m.group(1)), int(m.group(2)))
    try:
        args.out = check_target(args.out)
    except MediaError as err:
        parser.error(f"--out: {err}")
    suffix = args.out.suffix.lower()
    if args.fps is None:
        args.fps = DEFAULT_FPS[suffix]
    elif not 1 <= args.fps <= 120:
        parser.error(f"--fps {args.fps:g}: must be between 1 and 120")
    if args.duration is not None and not 0.1 <= args.duration <= 3600:
        parser.error(f"--duration {args.duration:g}: must be between 0.1 and 3600 seconds")
    return args


class ProgressBar:
    """``[#######-------]  45%  frame 68 of 151`` on one line of a terminal; on a pipe,
    a line every 10 percent."""

    def __init__(self, stream, total: int, width: int = 30, quiet: bool = False):
        self.stream, self.total, self.width, self.quiet = stream, max(1, total), width, quiet
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self._last = -1

    def update(self, done: int, note: str = ""):
        if self.quiet:
            return
        pct = int(100 * done / self.total)
        if not self.tty and pct // 10 == self._last // 10 and done < self.total:
            return
        self._last = pct
        filled = round(self.width * done / self.total)
        line = f"[{'#' * filled}{'-' * (self.width - filled)}] {pct:3d}%  {note}"
        self.stream.write(("\r" + line.ljust(72)) if self.tty else line + "\n")
        self.stream.flush()

    def end(self):
        if not self.quiet and self.tty:
            self.stream.write("\n")
            self.stream.flush()


def load_setup(args):
    from desktop_app.window import setup_io

    if args.scenario is not None:
        setup = args.scenario_obj.setup
    elif args.setup is not None:
        setup = setup_io.read_setup_file(args.setup)
    else:
        setup = setup_io.default_setup(args.surface, args.optimizers, args.start)
        setup.steps = DEFAULT_STEPS
    if args.steps is not None:
        setup.steps = args.steps
    return setup


def render(args, out=None, err=None) -> int:
    from desktop_app.model.media import write_png
    from desktop_app.plot.recorder import RaceRecorder, Recording, plan_frames

    out, err = out or sys.stdout, err or sys.stderr
    setup = load_setup(args)
    recorder = RaceRecorder(setup, args.size, legend=not args.no_legend, caption=args.out.suffix.lower() != ".gif")
    t0 = time.perf_counter()
    try:
        if args.out.suffix.lower() == ".png":
            write_png(args.out, recorder.frame(setup.steps))
            out.write(f"Wrote {args.out} ({args.size[0]}x{args.size[1]}, step {setup.steps})\n")
            return 0
        plan = plan_frames(setup.steps, args.fps, args.duration)
        job = Recording(recorder, plan, args.out)
        bar = ProgressBar(err, job.total, quiet=args.quiet)
        try:
            while job.render_next():
                bar.total = job.total  # fewer frames when every optimizer stops early
                bar.update(job.rendered, f"frame {job.rendered} of {job.total}")
            bar.update(job.total, f"frame {job.total} of {job.total}, encoding…")
            job.finish()
            job.wait()
        except BaseException:
            job.cancel()
            job.wait()
            raise
        finally:
            bar.end()
        if job.state != "done":
            raise RuntimeError(job.error or f"recording {job.state}")
        out.write(f"Wrote {args.out} ({job.total} frames, {args.size[0]}x{args.size[1]}, {args.fps:g} fps, "
                  f"{job.seconds:.1f} s) in {time.perf_counter() - t0:.1f} s\n")
        return 0
    finally:
        recorder.close()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[2:] if argv is None else argv)
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help (0) or a bad argument (2): argparse said why
        return int(exc.code or 0)
    # No window is ever shown: Qt's offscreen platform needs no display (set before Qt starts).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    from .app import make_app

    # The window's fonts and style, so renders look like the app (in a test, its own app).
    app = QtWidgets.QApplication.instance() or make_app()  # noqa: F841 (kept alive while rendering)
    try:
        return render(args)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was written", file=sys.stderr)
        return 130
    except SetupError as exc:
        print(f"{PROG}: error: {args.setup or 'setup'}: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
