"""Can this process draw the 3-D view? Asked before anything imports pyqtgraph.opengl.

    ok, reason = gl_available()     # (True, "OpenGL 4.5 (Mesa ...)") or (False, "why, naming OpenGL")

Never logs a Qt warning and never crashes: on Qt's offscreen and minimal platforms it says
no without touching OpenGL (creating a context there fails, DESIGN.md); elsewhere it
creates a context on an offscreen surface with Qt's messages captured, so a machine with a
display but no GL driver gets a reason instead of a console full of qt.glx warnings.
The answer is cached per platform (a context costs ~50 ms under Mesa's software renderer).
"""
from __future__ import annotations

import importlib.util

from PySide6 import QtCore, QtGui

NO_GL_PLATFORMS = ("offscreen", "minimal", "minimalegl", "vnc")

MIN_VERSION = (2, 1)  # pyqtgraph.opengl refuses anything older
_cache: dict[str, tuple[bool, str]] = {}


class OpenGLUnavailable(RuntimeError):
    """No OpenGL context can be made here; the message is one line naming OpenGL and why."""


def known_answer() -> tuple[bool, str] | None:
    """gl_available()'s answer where it is known without making a context (no PyOpenGL, no
    application, a platform without GL, asked before); None where only a context can tell."""
    if importlib.util.find_spec("OpenGL") is None:
        return False, QtCore.QCoreApplication.translate("OpenGL", "OpenGL is unavailable: PyOpenGL is not installed (pip install PyOpenGL)")
    app = QtGui.QGuiApplication.instance()
    if app is None:
        return False, QtCore.QCoreApplication.translate("OpenGL", "OpenGL is unavailable: no Qt application is running")
    platform = QtGui.QGuiApplication.platformName()
    if platform in _cache:
        return _cache[platform]
    if platform in NO_GL_PLATFORMS:
        return (False, QtCore.QCoreApplication.translate("OpenGL", "OpenGL is unavailable on Qt's '{0}' platform (no display): "
                           "the 3-D view needs a real or virtual X display (xvfb-run)").format(platform))
    return None


def gl_available() -> tuple[bool, str]:
    """(True, what was found) or (False, a one-line reason that names OpenGL)."""
    answer = known_answer()
    if answer is None:
        answer = _probe()
    if QtGui.QGuiApplication.instance() is not None:
        _cache[QtGui.QGuiApplication.platformName()] = answer
    return answer


def require_gl() -> str:
    """gl_available() as an exception: returns the description, raises OpenGLUnavailable."""
    ok, reason = gl_available()
    if not ok:
        raise OpenGLUnavailable(reason)
    return reason


def _probe() -> tuple[bool, str]:
    heard: list[str] = []

    def listen(_mode, _context, message):
        heard.append(message)

    previous = QtCore.qInstallMessageHandler(listen)
    try:
        ctx = QtGui.QOpenGLContext()
        if not ctx.create():
            return False, _with_heard(QtCore.QCoreApplication.translate("OpenGL", "OpenGL is unavailable: no OpenGL context could be created"), heard)
        surface = QtGui.QOffscreenSurface()
        surface.setFormat(ctx.format())
        surface.create()
        try:
            if not surface.isValid() or not ctx.makeCurrent(surface):
                return False, _with_heard(QtCore.QCoreApplication.translate("OpenGL", "OpenGL is unavailable: the OpenGL context cannot be made current"), heard)
            fmt = ctx.format()
            version = (fmt.majorVersion(), fmt.minorVersion())
            renderer = _renderer(ctx)
            ctx.doneCurrent()
        finally:
            surface.destroy()
        if ctx.isOpenGLES():
            return False, QtCore.QCoreApplication.translate("OpenGL", "OpenGL is unavailable: only OpenGL ES {0}.{1} (desktop OpenGL 2.1 needed)").format(*version[:2])
        if version < MIN_VERSION:
            return False, QtCore.QCoreApplication.translate("OpenGL", "OpenGL {0}.{1} is too old: the 3-D view needs OpenGL 2.1").format(*version[:2])
        return True, f"OpenGL {version[0]}.{version[1]}" + (f" ({renderer})" if renderer else "")
    finally:
        QtCore.qInstallMessageHandler(previous)


def _renderer(ctx) -> str:
    try:
        from OpenGL import GL  # loads libGL: only once a context exists

        name = GL.glGetString(GL.GL_RENDERER)
        return name.decode(errors="replace") if isinstance(name, bytes) else ""
    except Exception:  # a driver without glGetString still makes a working context
        return ""


def _with_heard(reason: str, heard: list[str]) -> str:
    return f"{reason} ({heard[-1].strip().splitlines()[0]})" if heard else reason
