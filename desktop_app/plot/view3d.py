"""The landscape in 3-D: the surface as a shaded mesh with the race on it, synced with a
controller (the same lanes, colours, focus, rewind position, start point and surface).

    ok, why = gl_check.gl_available()        # ask first: this class needs an OpenGL context
    view = View3D(ctrl)                      # imports pyqtgraph.opengl (only now)
    view.apply_preset("saddle"); state = view.camera_state(); view.set_camera_state(state)
    view.set_theme(dark=True); view.set_text_scale(1.5); view.set_overlay("gradient", True)
    frame = view.grab()                      # (h, w, 3) uint8

Heights follow the map's contour scale through geometry/heights.py (the legend states the
mapping with its numbers); the mesh is painted with the heat map's colour scale. Views hold
no state of their own: every redraw reads the controller. Redraws while racing are
throttled to ~30 Hz (a GL frame under Mesa's software renderer costs several ms) and only
trails whose shown length changed are uploaded again; a surface change rebuilds the mesh
at once (MESH_RES² vertices: ~30 ms, tests/benchmarks/bench_view3d.py).
"""
from __future__ import annotations

import re

import time
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.geometry import contours, heights, palette, scene3d
from desktop_app.plot import overlay_style

MESH_RES = 121
THROTTLE_MS = 33
TRAIL_WIDTH, FOCUS_WIDTH = 2.0, 4.0
MARKER_PX, FOCUS_MARKER_PX = 13.0, 18.0
TRAIL_MARGIN = 0.02  # of the window's sides: how far past its edge a trail is still drawn
MAX_TRAIL_VERTICES = 20_000  # longer trails are thinned for display (every k-th point + the last)
LEGEND_PT = 10.0
LEGEND_SHARE = 0.62  # of a picture's width, for its legend: the lanes' key has the rest
# Shading multiplies the colour: the map's near-black high-contrast ramp would vanish, so
# the dark theme has a ramp of its own, dark but lit.
DARK_STOPS = ((0.0, "#20303C"), (0.45, "#2F4656"), (1.0, "#6E8FA3"))
OVERLAYS = ("gradient", "hessian")
DARK_CONTOUR = (210, 210, 210, 110)


def _mesh_gl_options() -> dict:
    """Opaque, and pushed back a little in depth: lines lying on the mesh are not cut up by it."""
    from OpenGL import GL

    return {GL.GL_DEPTH_TEST: True, GL.GL_BLEND: False, GL.GL_CULL_FACE: False,
            GL.GL_POLYGON_OFFSET_FILL: True, "glPolygonOffset": (1.0, 1.0)}

_SHADER_SRC = ("""
    uniform mat4 u_mvp;
    uniform mat3 u_normal;
    attribute vec4 a_position;
    attribute vec3 a_normal;
    attribute vec4 a_color;
    varying vec4 v_color;
    varying vec3 v_normal;
    void main() {
        v_normal = normalize(u_normal * a_normal);
        v_color = a_color;
        gl_Position = u_mvp * a_position;
    }
""", """
    #ifdef GL_ES
    precision mediump float;
    #endif
    varying vec4 v_color;
    varying vec3 v_normal;
    void main() {
        // two-sided soft light from the upper left: the map's pale colours stay recognisable
        float p = abs(dot(normalize(v_normal), normalize(vec3(-0.4, 0.6, 1.0))));
        gl_FragColor = vec4(v_color.rgb * (0.5 + 0.5 * p), v_color.a);
    }
""")


def _share_group() -> int:
    """The current GL context's share group: GL programs are valid within one only."""
    import shiboken6

    return shiboken6.getCppPointer(QtGui.QOpenGLContext.currentContext().shareGroup())[0]


class _GroupPrograms:
    """pyqtgraph.opengl compiles each item class's shader once per process (a class
    attribute): a second view in a context that does not share (no AA_ShareOpenGLContexts,
    a dock floated into its own window) would use a program of another context. These
    caches key the programs by share group instead."""

    classes: dict = {}

    @classmethod
    def item(cls, base):
        sub = cls.classes.get(base)
        if sub is None:
            programs: dict = {}

            def get_program():
                key = _share_group()
                if key not in programs:
                    base._shaderProgram = None  # compile anew, in this context
                    programs[key] = base.getShaderProgram()
                return programs[key]

            sub = cls.classes[base] = type(base.__name__, (base,), {"getShaderProgram": staticmethod(get_program)})
        return sub


class _SoftShader:
    """The mesh's shader program, one per share group (see _GroupPrograms)."""

    def __init__(self):
        from pyqtgraph.opengl import shaders

        self._shaders = shaders
        self._programs: dict = {}

    def current(self):
        key = _share_group()
        if key not in self._programs:
            s = self._shaders
            self._programs[key] = s.ShaderProgram(f"playground_soft_{key}", [s.VertexShader(_SHADER_SRC[0]), s.FragmentShader(_SHADER_SRC[1])])
        return self._programs[key]


def _gl_window_class():
    """pyqtgraph's GL view on a QOpenGLWindow. A QOpenGLWidget renders into a framebuffer
    object that Qt reads back and composites with the widgets around it: under Mesa's
    software renderer that copy cost ~3x the drawing (19 vs 60 empty frames a second at
    1000x700, measured); a window in a container draws straight to its own surface."""
    from pyqtgraph.opengl.GLViewWidget import GLViewMixin
    from PySide6.QtOpenGL import QOpenGLWindow

    from desktop_app.plot.gl_static import StaticLayerMixin

    class GLViewWindow(StaticLayerMixin, GLViewMixin, QOpenGLWindow):  # the mesh drawn once (gl_static.py)
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # a depth buffer, asked for: a window's default format may come without one (GLX
            # under Xvfb did), and then trails behind a hill were drawn over it
            fmt = QtGui.QSurfaceFormat(self.requestedFormat())
            fmt.setDepthBufferSize(24)
            fmt.setStencilBufferSize(8)  # as the static layer's framebuffer (a depth blit needs equal formats)
            self.setFormat(fmt)

        def devicePixelRatioF(self):  # what GLViewMixin asks of a widget
            return self.devicePixelRatio()

    return GLViewWindow


def vertex_normals(md) -> np.ndarray:
    """pyqtgraph's MeshData.vertexNormals (each vertex: the sum of its faces' area-weighted
    normals, normalized), vectorized: its Python loop over vertices took ~77 ms of every
    surface change for the 121² mesh."""
    faces, face_normals = md.faces(), md.faceNormals()
    n = np.zeros((len(md.vertexes()), 3), dtype=np.float64)
    for corner in range(3):
        np.add.at(n, faces[:, corner], face_normals)
    length = np.linalg.norm(n, axis=1, keepdims=True)
    return (n / np.where(length > 0, length, 1.0)).astype(np.float32)


def _mesh_item(gl):
    class Mesh(gl.GLSurfacePlotItem):
        soft = None

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            md = self.opts["meshdata"]
            slow = md.vertexNormals

            def fast(indexed=None):
                if md._vertexNormals is None and md.faces() is not None:  # (its cache, reset by new vertexes)
                    md._vertexNormals = vertex_normals(md)
                return slow(indexed)

            md.vertexNormals = fast

        def shader(self):
            return Mesh.soft.current()

    if Mesh.soft is None:
        Mesh.soft = _SoftShader()
    return Mesh


def rgba(colour, alpha: float = 1.0) -> tuple[float, float, float, float]:
    c = QtGui.QColor(colour)
    return (c.redF(), c.greenF(), c.blueF(), alpha)


class View3D(QtWidgets.QWidget):
    """A GLViewWidget with the surface, trails, markers and a legend, plus a camera row.

    ctrl: the Controller (or anything with its signals and readers).
    on_screen: draw in a QOpenGLWindow inside a container (fast; what the window shows);
        False: in a GLViewWidget, whose framebuffer can be grabbed without ever being shown
        (the renderer of GIFs and MP4s).
    colour_of(entry) -> colour: the lane colour to draw (the window's high-contrast theme
        lifts dark colours); default ``entry.colour``.
    """

    sigCameraChanged = QtCore.Signal()

    def __init__(self, ctrl, parent=None, *, colour_of: Callable | None = None, mesh_resolution: int = MESH_RES,
                 on_screen: bool = True):
        super().__init__(parent)
        import pyqtgraph.opengl as gl  # lazy: the window starts without OpenGL

        self._Line = _GroupPrograms.item(gl.GLLinePlotItem)
        self._Scatter = _GroupPrograms.item(gl.GLScatterPlotItem)
        self.ctrl = ctrl
        self.colour_of = colour_of or (lambda entry: entry.colour)
        self.mesh_resolution = int(mesh_resolution)
        self.dark = False
        self.text_scale = 1.0
        self.hmap: heights.HeightMap | None = None
        self.presets: dict[str, dict] = {}
        self.last_rebuild_ms = 0.0
        self._bounds = None
        self._drawn: dict = {}  # lane key -> what its trail shows (rows, last point, height scale)
        self._last_draw = 0.0
        self.overlays_on: set[str] = set()
        self.on_screen = bool(on_screen)

        if on_screen:
            self.gl_view = _gl_window_class()()
            self.gl_widget = QtWidgets.QWidget.createWindowContainer(self.gl_view, self)
        else:
            self.gl_view = self.gl_widget = gl.GLViewWidget()
        self.gl_widget.setMinimumSize(160, 120)
        self.gl_widget.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.mesh = _mesh_item(gl)(computeNormals=True, smooth=True, glOptions=_mesh_gl_options())
        self.gl_view.addItem(self.mesh)
        self.contour_item = self._Line(mode="lines", width=1.0, antialias=True, glOptions="translucent")
        self.gl_view.addItem(self.contour_item)
        scatter = dict(pxMode=True, glOptions="translucent")
        self.minima_item = self._Scatter(size=14, **scatter)
        self.saddles_item = self._Scatter(size=12, **scatter)
        self.start_pin = self._Line(mode="lines", width=2.0, glOptions="translucent")
        self.start_item = self._Scatter(size=15, **scatter)
        self.markers = self._Scatter(size=MARKER_PX, **scatter)
        for item in (self.minima_item, self.saddles_item, self.start_pin, self.start_item, self.markers):
            self.gl_view.addItem(item)
        self.trails: dict = {}
        self._strips: dict = {}  # lane key -> its trail's vertices in order (drawn as segments)
        self.overlay_items: dict[str, list] = {}
        if hasattr(self.gl_view, "set_static_items"):  # what a race leaves alone: drawn once per camera
            self.gl_view.set_static_items([self.mesh, self.contour_item, self.minima_item, self.saddles_item])

        # above the picture, not over it: nothing can be drawn over a native GL window
        self.legend = QtWidgets.QLabel()
        self.legend.setObjectName("view3dLegend")
        self.legend.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.legend.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.legend.setWordWrap(True)  # a log mapping's numbers do not fit a narrow dock on one line

        self.camera_box = QtWidgets.QComboBox()
        self.camera_box.setToolTip(self.tr("Camera presets: drag to orbit, wheel to zoom"))
        self.camera_box.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.camera_box.setMinimumContentsLength(9)  # "Top (the map)": longer ones show in the list
        self.camera_box.activated.connect(lambda i: self.apply_preset(self.camera_box.itemData(i)))
        self.reset_button = QtWidgets.QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the default camera"))
        self.reset_button.clicked.connect(self.reset_camera)
        self.tools = QtWidgets.QWidget()
        # a narrow dock clips the row's end rather than widening the dock (and squeezing the map)
        self.tools.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        row = self.tool_row = QtWidgets.QHBoxLayout(self.tools)  # features add their own controls here
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.camera_box)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tools)
        layout.addWidget(self.legend)
        layout.addWidget(self.gl_widget, 1)
        self.caption = ""

        app = QtCore.QCoreApplication.instance()
        if app is not None:  # a GL window outliving the application crashes the interpreter's exit
            app.aboutToQuit.connect(self.dispose)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        for sig, slot in self._connections():
            sig.connect(slot)
        self._apply_theme()
        self.rebuild_surface()
        self.restyle_lanes()

    def _connections(self):
        c = self.ctrl
        return [(c.sigStepped, self.request_refresh), (c.sigReset, self.request_refresh),
                (c.sigShownStepChanged, self.request_refresh), (c.sigSurfaceChanged, self.rebuild_surface),
                (c.sigLanesChanged, self.restyle_lanes), (c.sigFocusChanged, self.restyle_lanes)]

    # -- surface -----------------------------------------------------------------------
    def rebuild_surface(self):
        """Mesh, colours, minima, saddles, camera presets and legend of the controller's surface."""
        t0 = time.perf_counter()
        surface = self.ctrl.surface
        xs, ys, z = contours.sample(surface, self.mesh_resolution)
        log = bool(self.ctrl.log_levels)
        self.hmap = heights.HeightMap.fit(z, log, heights.window_size(surface.bounds))
        self.mesh_values = z
        self.colour_scale = heights.colour_scale(z, log)
        # GLSurfacePlotItem wants z[x index, y index]; the sampled grid's rows are y
        self.mesh.setData(x=xs, y=ys, z=self.hmap.heights(z).T.astype(np.float32),
                          colors=self._mesh_colours(z).transpose(1, 0, 2))
        self._draw_contours(xs, ys, z)
        self._set_points(self.minima_item, getattr(surface, "minima", None))
        self._set_points(self.saddles_item, getattr(surface, "saddles", None))
        self.presets = scene3d.presets(surface, self.hmap)
        self._fill_camera_box()
        bounds = tuple(map(tuple, surface.bounds))
        if bounds != self._bounds:
            self._bounds = bounds
            self.reset_camera()
        self._update_legend()
        self._drawn.clear()  # every trail's heights changed
        self.refresh()
        self.last_rebuild_ms = (time.perf_counter() - t0) * 1000.0

    def _draw_contours(self, xs, ys, z):
        """The map's contour levels as lines on the mesh. Traced on the height grid, at the
        levels' heights: so they lie on the mesh's own facets, also across a log canyon
        (traced on f, a vertex between two samples can be decades off its level)."""
        hm = self.hmap
        levels, _ = contours.levels(float(z.min()), float(z.max()), hm.log)
        t = hm.t(levels)
        levels = levels[(t > hm.t_lo) & (t < hm.t_hi)]  # clipped levels would trace the flat top
        lines = contours.lines(xs, ys, hm.heights(z), hm.heights(levels))
        ok = np.isfinite(lines[:-1, 0]) & np.isfinite(lines[1:, 0]) if len(lines) > 1 else np.zeros(0, bool)
        i = np.flatnonzero(ok)  # segments between two finite rows: the NaN rows are the gaps
        ends = np.empty((2 * len(i), 3), dtype=np.float32)
        ends[0::2, :2], ends[1::2, :2] = lines[i], lines[i + 1]
        self.contour_vertices = ends
        if len(i):
            h = hm.heights(z)
            ends[:, 2] = self._mesh_height_at(ends[:, :2], xs, ys, h) + 0.3 * hm.lift
        self.contour_item.setData(pos=ends)

    @staticmethod
    def _mesh_height_at(p, xs, ys, h):
        """Bilinear height of the sampled grid at points p (the contour's own level, up to
        the grid's interpolation)."""
        fx = np.clip((p[:, 0] - xs[0]) / (xs[1] - xs[0]), 0, len(xs) - 1.000001)
        fy = np.clip((p[:, 1] - ys[0]) / (ys[1] - ys[0]), 0, len(ys) - 1.000001)
        i, j = fx.astype(int), fy.astype(int)
        u, v = fx - i, fy - j
        return ((1 - u) * (1 - v) * h[j, i] + u * (1 - v) * h[j, i + 1]
                + (1 - u) * v * h[j + 1, i] + u * v * h[j + 1, i + 1])

    def _mesh_colours(self, z) -> np.ndarray:
        stops = DARK_STOPS if self.dark else palette.HEATMAP_STOPS
        pos, colours = zip(*stops)
        cmap = pg.ColorMap(np.array(pos), [QtGui.QColor(c) for c in colours])
        frac = heights.colour_fraction(z, self.colour_scale)
        return cmap.map(frac.ravel(), mode="float").reshape(*z.shape, 4).astype(np.float32)

    def _set_points(self, item, pts):
        pts = np.zeros((0, 2)) if pts is None else np.asarray(pts, dtype=float).reshape(-1, 2)
        item.setData(pos=scene3d.drape(self.ctrl.surface, self.hmap, pts) if len(pts) else np.zeros((0, 3)))

    def _update_legend(self):
        surface = self.ctrl.surface
        title = getattr(surface, "title", surface.name)
        if surface.name == "custom":
            title = f"f = {getattr(surface, 'formula', '')}"
        self.legend_keys = self.tr("white dots: known minima · dark dots: saddles · pin: start")
        lines = [self.caption] if self.caption else []
        mapping = [self._mapping_line(line) for line in self.hmap.legend().split("\n")]
        # the title shares its line with the height mapping, and the markers' key is a tooltip
        # on screen (a picture on its own carries it, grab()): the legend takes rows from the view
        lines += [f"{title}  ·  {mapping[0]}", *mapping[1:]]
        self.legend.setText("\n".join(lines))
        self.legend.setToolTip(self.legend_keys)
        self.legend.adjustSize()

    def _mapping_line(self, line: str) -> str:
        """A line of the height mapping's legend (geometry/heights.py, English) in the app's language."""
        if line.startswith("height: "):
            return self.tr("height: {0}").format(line[len("height: "):])
        m = re.match(r"^clipped (.*) of the window$", line)
        if not m:
            return line
        parts = []
        for part in m.group(1).split(" and "):
            below = re.match(r"^below f = (\S+) \((\S+)st percentile\)$", part)
            above = re.match(r"^above f = (\S+) \((\S+)th percentile\)$", part)
            parts.append(self.tr("below f = {0} ({1}st percentile)").format(*below.groups()) if below else
                         self.tr("above f = {0} ({1}th percentile)").format(*above.groups()) if above else part)
        return self.tr("clipped {0} of the window").format(self.tr(" and ").join(parts))

    def set_caption(self, text: str):
        """A first line in the legend (a recording's step counter)."""
        self.caption = str(text)
        self._update_legend()

    # -- lanes --------------------------------------------------------------------------
    def restyle_lanes(self):
        """Trails for the racing lanes, in their colours; the focused one thicker."""
        active = {e.key: e for e in self.ctrl.active}
        for key in list(self.trails):
            if key not in active:
                self.gl_view.removeItem(self.trails.pop(key))
                self._drawn.pop(key, None)
                self._strips.pop(key, None)
        focused = self.ctrl.focused
        for key, entry in active.items():
            item = self.trails.get(key)
            if item is None:
                item = self.trails[key] = self._Line(mode="lines", antialias=True,
                                                                  glOptions="translucent")
                self.gl_view.addItem(item)
            width = FOCUS_WIDTH if entry is focused else TRAIL_WIDTH
            item.setData(color=rgba(self.colour_of(entry)), width=width)
        self._drawn.clear()
        self.refresh()

    def request_refresh(self):
        """Redraw soon: at most every THROTTLE_MS (a race steps faster than GL draws)."""
        if not self._timer.isActive():
            wait = THROTTLE_MS - (time.perf_counter() - self._last_draw) * 1000.0
            self._timer.start(max(0, int(wait)))

    def flush(self):
        """Draw what is pending now (tests, exports)."""
        self._timer.stop()
        self.refresh()

    def trail_vertices(self, key) -> np.ndarray:
        """(n, 3) vertices of a lane's trail: its points with their heights, in order (the
        segments drawn are those between two of them inside the window, see _inside_pairs)."""
        strip = self._strips.get(key)
        return np.zeros((0, 3)) if strip is None else np.asarray(strip, dtype=float)

    def refresh(self):
        """Trails up to the shown step, current points, start, overlays."""
        self._timer.stop()
        self._last_draw = time.perf_counter()
        surface, hmap = self.ctrl.surface, self.hmap
        spots, colours, sizes = [], [], []
        focused = self.ctrl.focused
        for entry in self.ctrl.active:
            item = self.trails.get(entry.key)
            if item is None or entry.lane is None:
                continue
            hist = entry.lane.history
            row = self.ctrl.shown_row(entry)
            points = hist.view("points")[: row + 1]
            if not len(points):
                continue
            sig = (row, hist.size, float(points[-1, 0]), float(points[-1, 1]))
            if self._drawn.get(entry.key) != sig:
                self._drawn[entry.key] = sig
                values = hist.view("values")[: row + 1]
                strip = self._strips[entry.key] = self._trail(points, values)
                item.setData(pos=self._inside_pairs(strip))
            last = self._strips[entry.key][-1]
            if not self._inside(last[None, :2])[0]:
                continue  # off the window, as on the map: no marker floating over the scene
            spots.append(last)
            colours.append(rgba(self.colour_of(entry)))
            sizes.append(FOCUS_MARKER_PX if entry is focused else MARKER_PX)
        if spots:
            self.markers.setData(pos=np.array(spots), color=np.array(colours), size=np.array(sizes))
        else:
            self.markers.setData(pos=np.zeros((0, 3)))
        start = scene3d.drape(surface, hmap, np.asarray(self.ctrl.start, dtype=float))[0]
        top = start + np.array([0.0, 0.0, 6 * hmap.lift])
        self.start_pin.setData(pos=np.array([start, top]))
        self.start_item.setData(pos=top[None, :])
        self._draw_overlays()

    def _inside(self, xy) -> np.ndarray:
        """Which points lie in the surface's window (a hair wider): the world the mesh shows."""
        (x0, x1), (y0, y1) = self.ctrl.surface.bounds
        mx, my = TRAIL_MARGIN * (x1 - x0), TRAIL_MARGIN * (y1 - y0)
        return (xy[:, 0] >= x0 - mx) & (xy[:, 0] <= x1 + mx) & (xy[:, 1] >= y0 - my) & (xy[:, 1] <= y1 + my)

    def _inside_pairs(self, strip) -> np.ndarray:
        """The trail as segments, those with both ends in the window: an optimizer that leaves
        it (diverging off a cliff, Newton's long jumps) leaves the picture, as on the map,
        instead of a line across the scene to a point far off the mesh."""
        inside = self._inside(strip)
        i = np.flatnonzero(inside[:-1] & inside[1:])
        pairs = np.empty((2 * len(i), 3), dtype=np.float32)
        pairs[0::2], pairs[1::2] = strip[i], strip[i + 1]
        return pairs

    def _trail(self, points, values) -> np.ndarray:
        n = len(points)
        if n > MAX_TRAIL_VERTICES:
            keep = np.unique(np.r_[np.arange(0, n, int(np.ceil(n / MAX_TRAIL_VERTICES))), n - 1])
            points, values = points[keep], values[keep]
        out = np.empty((len(points), 3), dtype=np.float32)
        out[:, :2] = points
        out[:, 2] = self.hmap.lifted(values)
        return out

    # -- overlays -------------------------------------------------------------------------
    def set_overlay(self, name: str, on: bool):
        """'gradient': -∇f at the focused lane's shown point, draped on the surface;
        'hessian': the Hessian's eigen-directions there (positive curvature dark/white,
        negative orange, as in the map's probe)."""
        if name not in OVERLAYS:
            raise ValueError(f"Unknown 3-D overlay {name!r}: choose from {', '.join(OVERLAYS)}")
        (self.overlays_on.add if on else self.overlays_on.discard)(name)
        self._draw_overlays()

    def _overlay_point(self):
        entry = self.ctrl.focused
        if entry is None or entry.lane is None or entry not in self.ctrl.active:
            return None
        points = self.ctrl.shown_points(entry)
        return points[-1] if len(points) else None

    def _draw_overlays(self):
        for items in self.overlay_items.values():
            for item in items:
                self.gl_view.removeItem(item)
        self.overlay_items.clear()
        p = self._overlay_point() if self.overlays_on else None
        if p is None:
            return
        colours = overlay_style.DARK if self.dark else overlay_style.LIGHT
        surface, length = self.ctrl.surface, 0.12 * heights.window_size(self.ctrl.surface.bounds)
        lines = []
        if "gradient" in self.overlays_on:
            arrow = scene3d.gradient_arrow(surface, self.hmap, p, length)
            if arrow is not None:
                lines.append(("gradient", arrow, colours["gradient"]))
        if "hessian" in self.overlays_on:
            for lam, seg in scene3d.eigen_directions(surface, self.hmap, p, 0.8 * length):
                lines.append(("hessian", seg, colours["eigen_pos" if lam >= 0 else "eigen_neg"]))
        for name, pos, colour in lines:
            item = self._Line(pos=pos, mode="lines", width=3.0, color=rgba(colour),
                                           antialias=True, glOptions="translucent")
            self.gl_view.addItem(item)
            self.overlay_items.setdefault(name, []).append(item)

    # -- camera ---------------------------------------------------------------------------
    def _fill_camera_box(self):
        with QtCore.QSignalBlocker(self.camera_box):
            self.camera_box.clear()
            for name in scene3d.PRESETS:
                if name in self.presets:
                    self.camera_box.addItem(self.tr(scene3d.PRESET_TITLES[name]), name)

    def camera_state(self) -> dict:
        """The camera as a JSON-able dict (saved with setups)."""
        o = self.gl_view.opts
        c = o["center"]
        return scene3d.camera((c.x(), c.y(), c.z()), o["distance"], o["elevation"], o["azimuth"], o["fov"])

    def set_camera_state(self, state) -> bool:
        """Put the camera where ``state`` says; False (and nothing moves) if it is not a camera."""
        cam = scene3d.valid_camera(state)
        if cam is None:
            return False
        self.gl_view.opts["fov"] = cam["fov"]
        self.gl_view.setCameraPosition(pos=pg.Vector(*cam["center"]), distance=cam["distance"],
                                       elevation=cam["elevation"], azimuth=cam["azimuth"])
        self.sigCameraChanged.emit()
        return True

    def apply_preset(self, name: str) -> bool:
        """'default', 'top', 'saddle' (the pass: looking along the road over it), 'ravine'
        (along the valley floor at the lowest minimum). False if the surface has none."""
        cam = self.presets.get(name)
        if cam is None:
            return False
        i = self.camera_box.findData(name)
        if i >= 0:
            with QtCore.QSignalBlocker(self.camera_box):
                self.camera_box.setCurrentIndex(i)
        return self.set_camera_state(cam)

    def reset_camera(self):
        self.apply_preset("default")

    def orbit(self, degrees: float, elevation: float = 0.0):
        self.gl_view.orbit(float(degrees), float(elevation))
        self.sigCameraChanged.emit()

    # -- theme and text -------------------------------------------------------------------
    def set_theme(self, dark: bool):
        """High contrast: black background, a dark lit mesh, light markers."""
        self.dark = bool(dark)
        self._apply_theme()
        if self.hmap is not None:
            # one row per vertex (MeshData indexes colours by face), in the mesh's x-major order
            self.mesh.setData(colors=self._mesh_colours(self.mesh_values).transpose(1, 0, 2).reshape(-1, 4))
            # pyqtgraph's GLSurfacePlotItem keeps its uploaded colours when only colours are
            # set: the high-contrast theme left the mesh light on screen
            self.mesh.meshDataChanged()
            self.restyle_lanes()

    def _apply_theme(self):
        dark = self.dark
        self.gl_view.setBackgroundColor("k" if dark else "w")
        self.minima_item.setData(color=rgba("#FFFFFF"))
        self.saddles_item.setData(color=rgba("#FFD700" if dark else "#202020"))
        self.start_pin.setData(color=rgba("#FFFFFF" if dark else "#000000"))
        r, g, b, a = DARK_CONTOUR if dark else palette.CONTOUR_COLOUR
        self.contour_item.setData(color=(r / 255, g / 255, b / 255, a / 255 * 0.8))
        self.start_item.setData(color=rgba("#FFD700" if dark else "#FFFFFF"))
        self._style_legend()

    def set_text_scale(self, k: float):
        self.text_scale = float(k)
        self._style_legend()

    def _style_legend(self):
        fg, bg, border = ("#FFFFFF", "rgba(0,0,0,215)", "#FFD700") if self.dark else (
            "#000000", "rgba(255,255,255,215)", "#888888")
        self.legend.setStyleSheet(f"QLabel#view3dLegend {{ color: {fg}; background: {bg}; "
                                  f"border: 1px solid {border}; padding: 4px; "
                                  f"font-size: {LEGEND_PT * self.text_scale:.1f}pt; }}")
        self.legend.adjustSize()

    # -- the end ------------------------------------------------------------------------
    def dispose(self):
        """Delete the GL window now, while the application lives: a QOpenGLWindow deleted
        after it (at the interpreter's exit) takes the process down with a segfault. The
        window's closing (the feature's shutdown) and aboutToQuit call this."""
        import shiboken6

        self._timer.stop()
        if self.gl_widget is not None:
            for sig, slot in self._connections():
                try:
                    sig.disconnect(slot)
                except (RuntimeError, TypeError):  # already gone with the controller
                    pass
        gl_widget, self.gl_widget = self.gl_widget, None
        if hasattr(self.gl_view, "release_static_layer") and shiboken6.isValid(self.gl_view):
            self.gl_view.makeCurrent()  # its framebuffer goes in its own context
            self.gl_view.release_static_layer()
            self.gl_view.doneCurrent()
        if gl_widget is not None and shiboken6.isValid(gl_widget):
            for item in list(self.gl_view.items):
                self.gl_view.removeItem(item)
            gl_widget.hide()
            gl_widget.setParent(None)
            shiboken6.delete(gl_widget)

    # -- pixels ---------------------------------------------------------------------------
    def grab(self, legend: bool = True, key: bool = False) -> np.ndarray:
        """The 3-D picture as shown, (h, w, 3) uint8: with the legend (surface, height
        mapping) in its top left corner, and with ``key`` the lanes' colours and names in
        its top right (a picture on its own has no optimizer list beside it)."""
        from desktop_app.plot.recorder import image_to_array

        self.flush()
        if self.on_screen:  # (a QOpenGLWidget's grabFramebuffer draws; a never-shown one never swaps)
            self._present()
        image = self.gl_view.grabFramebuffer()
        painter = QtGui.QPainter(image)
        try:
            if legend:
                self._paint_legend(painter, f"{self.legend.text()}\n{self.legend_keys}",
                                   int(image.width() * (LEGEND_SHARE if key else 1.0)) - 16)
            if key:
                self._paint_key(painter, image.width())
        finally:
            painter.end()
        return image_to_array(image)

    def _legend_font(self, painter: QtGui.QPainter) -> QtGui.QFontMetrics:
        font = QtGui.QFont(self.legend.font())
        font.setPointSizeF(LEGEND_PT * self.text_scale)
        painter.setFont(font)
        return QtGui.QFontMetrics(font)

    def _box_colours(self):
        return (("#FFFFFF", QtGui.QColor(0, 0, 0, 215), "#FFD700") if self.dark else
                ("#000000", QtGui.QColor(255, 255, 255, 215), "#888888"))

    def _paint_legend(self, painter: QtGui.QPainter, text: str, max_width: int):
        """The legend's lines in a box in the top left corner, wrapped to ``max_width``
        (the lanes' key has the top right)."""
        metrics, pad = self._legend_font(painter), 5
        flags = int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.TextFlag.TextWordWrap)
        room = QtCore.QRect(0, 0, max(80, max_width - 2 * pad), 10_000)
        bounds = metrics.boundingRect(room, flags, text)
        box = QtCore.QRect(8, 8, bounds.width() + 2 * pad, bounds.height() + 2 * pad)
        fg, bg, border = self._box_colours()
        painter.setPen(QtGui.QColor(border))
        painter.setBrush(bg)
        painter.drawRect(box)
        painter.setPen(QtGui.QColor(fg))
        painter.drawText(box.adjusted(pad, pad, -pad, -pad), flags, text)

    def lane_key(self) -> list[tuple[str, str]]:
        """(colour, label) of each racing lane, as the trails are drawn."""
        return [(QtGui.QColor(self.colour_of(e)).name(), str(getattr(e, "label", "") or e.key))
                for e in self.ctrl.active if e.lane is not None]

    def _paint_key(self, painter: QtGui.QPainter, width: int):
        rows = self.lane_key()
        if not rows:
            return
        metrics = self._legend_font(painter)
        line, dot, pad = metrics.height() + 2, metrics.height() * 0.6, 6
        box_w = int(max(metrics.horizontalAdvance(label) for _, label in rows) + dot + 3 * pad)
        box = QtCore.QRect(width - box_w - 8, 8, box_w, len(rows) * line + 2 * pad)
        fg, bg, border = self._box_colours()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtGui.QColor(border))
        painter.setBrush(bg)
        painter.drawRect(box)
        for i, (colour, label) in enumerate(rows):
            y = box.top() + pad + i * line
            painter.setPen(QtGui.QPen(QtGui.QColor(fg), 1))
            painter.setBrush(QtGui.QColor(colour))
            painter.drawEllipse(QtCore.QRectF(box.left() + pad, y + (line - dot) / 2, dot, dot))
            painter.drawText(QtCore.QRect(int(box.left() + 2 * pad + dot), y, box_w, line),
                             int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter), label)

    def _present(self, timeout_s: float = 2.0):
        """Draw a frame on screen and wait for it: a QOpenGLWindow's grabFramebuffer reads
        the last frame presented (it does not draw), so a grab right after new data would
        show the old picture."""
        swapped = []
        self.gl_view.frameSwapped.connect(lambda: swapped.append(1))  # a lambda: dropped with the window
        self.gl_view.update()
        t0 = time.perf_counter()
        while not swapped and time.perf_counter() - t0 < timeout_s:
            QtCore.QCoreApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 10)

    def save_png(self, path, key: bool = True):
        """The view as shown, with its legend and the lanes' key (raises MediaError on a bad path)."""
        from desktop_app.model.media import write_png

        return write_png(path, self.grab(key=key))
