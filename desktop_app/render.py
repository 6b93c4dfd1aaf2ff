"""``optimizer-playground render``: a race to PNG, GIF or MP4 with no display.

    optimizer-playground render --scenario 7 --steps 300 --out adadelta.gif
    optimizer-playground render --surface saddle --optimizers sgd,momentum,adam --start 1.8,0.05 \\
        --steps 200 --out saddle.mp4 --size 1280x720 --fps 30
    optimizer-playground render --setup my-lecture.json --out slide.png
    optimizer-playground render --scenario 1 --view 3d --orbit --out saddle-3d.gif
    optimizer-playground render --deck builtin --slide 3 --out stability.gif
    optimizer-playground render --deck builtin --out handouts/       # slide-01.png, slide-02.png...

It draws with the window's own canvas (recorder.py) on Qt's offscreen platform, prints
a progress bar to stderr and the written file to stdout. Exit status: 0 written, 2 bad
arguments or unknown names (argparse's convention, nothing written), 1 the render failed
(an unreadable setup file, a full disk, no OpenGL for --view 3d), 130 interrupted; never a
partial file. ``--view 3d`` draws with the window's 3-D view (render3d.py), which needs
OpenGL: a display, or xvfb-run on a server.
"""
from __future__ import annotations

import os
import sys
import time

from engine.setup import SetupError

from desktop_app import cli

PROG = cli.PROG[cli.RENDER]


def parse_args(argv: list[str]):
    """Parse and check everything that can be checked before rendering; exit 2 if bad."""
    return cli.parse_args(argv, cli.RENDER)


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

    if getattr(args, "deck", None) is not None:
        setup = deck_slide_setup(args.deck, args.slide)
    elif args.scenario is not None:
        setup = args.scenario_obj.setup
    elif args.setup is not None:
        setup = setup_io.read_setup_file(args.setup)
    else:
        setup = setup_io.default_setup(args.surface, args.optimizers, args.start)
        setup.steps = cli.DEFAULT_STEPS
    if args.steps is not None:
        setup.steps = args.steps
    return setup


def recorder_3d(args, setup, caption: bool):
    """The 3-D view's recorder (raises OpenGLUnavailable, naming OpenGL, before anything is written)."""
    from desktop_app.plot.render3d import ORBIT_DEGREES, RaceRecorder3D

    return RaceRecorder3D(setup, args.size, total_steps=setup.steps, orbit_degrees=ORBIT_DEGREES if args.orbit else 0.0,
                          preset=args.camera, legend=not args.no_legend, caption=caption)


def shown_step_note(recorder, asked: int) -> str:
    """The step the picture shows (its counter's), and why when it is not the one asked for."""
    from PySide6.QtCore import QCoreApplication

    shown = getattr(recorder, "shown_step", None)
    if shown is None or shown == asked:
        return QCoreApplication.translate("render", "step {0}").format(asked)
    return QCoreApplication.translate("render", "step {0}: every optimizer had stopped by then ({1} asked)").format(
        shown, asked)


def choose_platform(args, environ=os.environ) -> None:
    """Qt's platform, before Qt starts: offscreen (no display needed) for the map; for the
    3-D view the display when there is one (OpenGL needs it), with offscreen as Qt's
    fallback, where the OpenGL check then says why no 3-D render can be made."""
    if "QT_QPA_PLATFORM" in environ:
        return
    if getattr(args, "view", "map") == "3d" and environ.get("DISPLAY"):
        environ["QT_QPA_PLATFORM"] = "xcb;offscreen"
    else:
        environ["QT_QPA_PLATFORM"] = "offscreen"


def quiet_platform_messages():
    """Keep Qt's start-up complaints (a display that cannot be reached) off the terminal:
    the OpenGL check reports the outcome in one line. Returns the handler to put back."""
    from PySide6 import QtCore

    return QtCore.qInstallMessageHandler(lambda *_: None)
def deck_slide_setup(path, slide: int):
    """Slide ``slide`` (from 1) of a deck, checked with the window's rules, with its caption."""
    from engine.setup import Setup

    from desktop_app.model import deck as deck_mod
    from desktop_app.window import setup_io

    deck = deck_mod.read(path, check_setup=setup_io.check)
    s = deck.slides[slide - 1]
    setup = Setup.from_dict(s.setup.to_dict())
    setup.title, setup.caption = s.shown_title, s.shown_caption
    return setup


def render_deck(args, out=None, err=None) -> int:
    """Every slide of ``--deck``: FOLDER/slide-01.png... or NAME-01.gif... beside --out."""
    import copy

    from desktop_app.model import deck as deck_mod
    from desktop_app.window import setup_io

    from PySide6.QtCore import QCoreApplication  # the messages in the render's language (--lang)

    out = out or sys.stdout
    n = len(deck_mod.read(args.deck, check_setup=setup_io.check).slides)  # checked before any file is written
    args.out.parent.mkdir(exist_ok=True)
    for i in range(1, n + 1):
        one = copy.copy(args)
        one.slide, one.every_slide = i, False
        one.out = args.out.with_name(f"{args.out.stem}-{i:02d}{args.out.suffix}")
        code = render(one, out, err)
        if code:
            return code
    out.write(QCoreApplication.translate("render", "Wrote {0} slides to {1}").format(n, args.out.parent) + "\n")
    return 0


def render(args, out=None, err=None) -> int:
    if getattr(args, "every_slide", False):
        return render_deck(args, out, err)
    from PySide6.QtCore import QCoreApplication  # the messages in the render's language (--lang)

    from desktop_app.model.media import write_png
    from desktop_app.plot.recorder import RaceRecorder, Recording, plan_frames

    out, err = out or sys.stdout, err or sys.stderr
    setup = load_setup(args)
    caption = args.out.suffix.lower() != ".gif"
    if getattr(args, "view", "map") == "3d":
        recorder = recorder_3d(args, setup, caption)
    else:
        recorder = RaceRecorder(setup, args.size, legend=not args.no_legend, caption=caption,
                                title=not getattr(args, "no_caption", False))
    t0 = time.perf_counter()
    try:
        if args.out.suffix.lower() == ".png":
            write_png(args.out, recorder.frame(setup.steps))
            out.write(QCoreApplication.translate("render", "Wrote {0} ({1}x{2}, {3})").format(
                args.out, args.size[0], args.size[1], shown_step_note(recorder, setup.steps)) + "\n")
            return 0
        plan = plan_frames(setup.steps, args.fps, args.duration)
        if args.out.suffix.lower() == ".gif" and not args.quiet:
            from desktop_app.model.media import gif_size_estimate

            err.write(QCoreApplication.translate("render", "{0}: up to {1} frames at {2}x{3}, about {4:.2f} MB").format(
                args.out.name, plan.count, args.size[0], args.size[1],
                gif_size_estimate(*args.size, plan.distinct) / 1e6) + "\n")
        job = Recording(recorder, plan, args.out)
        bar = ProgressBar(err, job.total, quiet=args.quiet)
        try:
            while job.render_next():
                bar.total = job.total  # fewer frames when every optimizer stops early
                bar.update(job.rendered, QCoreApplication.translate("render", "frame {0} of {1}").format(job.rendered, job.total))
            bar.update(job.total, QCoreApplication.translate("render", "frame {0} of {1}, encoding…").format(job.total, job.total))
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
        size = job.writer.bytes_written
        out.write(QCoreApplication.translate("render", "Wrote {0} ({1} frames, {2}x{3}, {4:g} fps, {5:.1f} s{6}) in {7:.1f} s").format(
            args.out, job.total, args.size[0], args.size[1], args.fps, job.seconds,
            "" if size is None else f", {size / 1e6:.1f} MB", time.perf_counter() - t0) + "\n")
        return 0
    finally:
        recorder.close()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[2:] if argv is None else argv)
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help (0) or a bad argument (2): argparse said why
        return int(exc.code or 0)
    # No window is ever shown: Qt's offscreen platform needs no display (set before Qt starts);
    # the 3-D view draws with OpenGL, on the display when there is one.
    choose_platform(args)
    from PySide6 import QtCore, QtWidgets
    from PySide6.QtCore import QCoreApplication

    from desktop_app.model import i18n
    from desktop_app.model.settings import open_settings

    from .app import make_app, set_language

    # The window's fonts and style, so renders look like the app (in a test, its own app).
    app = QtWidgets.QApplication.instance()
    if app is None:
        previous = quiet_platform_messages()
        try:
            app = make_app()  # noqa: F841 (kept alive while rendering)
        finally:
            QtCore.qInstallMessageHandler(previous)
    language_before, font_before = i18n.current(), QtWidgets.QApplication.font()
    set_language(app, i18n.choose(getattr(args, "lang", None), open_settings()))
    try:
        return render(args)
    except KeyboardInterrupt:
        print(f"{PROG}: " + QCoreApplication.translate("render", "interrupted; nothing was written"), file=sys.stderr)
        return 130
    except SetupError as exc:
        print(f"{PROG}: error: {args.setup or getattr(args, 'deck', None) or 'setup'}: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    finally:  # (an application that outlives the render, in a test, keeps its language)
        i18n.install(app, language_before)
        app.setFont(font_before)
