"""Draw what does not move once: the 3-D view's static layer, cached in a framebuffer.

While a race plays, only the trails and markers change; the shaded mesh and its contour
lines stay as they were until the camera, the size or the surface changes. Under Mesa's
software renderer the mesh (121² vertices, per-pixel light) and the antialiased contours
were ~14 of the ~18 ms a frame cost (tests/benchmarks/bench_view3d.py). So the static
items are drawn into a framebuffer object (colour and depth) when they or the camera
change, and each frame copies it to the window with one blit, depth included, then draws
the moving items over it with depth testing against the mesh: the same picture.

    class GLViewWindow(StaticLayerMixin, GLViewMixin, QOpenGLWindow): ...
    window.set_static_items([mesh, contours])   # their update() marks the layer stale

Where the blit cannot be done (a multisampled or depthless window, a driver error) the
mixin says so once in ``static_layer_off`` and draws every item every frame, as pyqtgraph does.
"""
from __future__ import annotations


class StaticLayerMixin:
    """For a pyqtgraph GLViewMixin on a QOpenGLWindow: ``paintGL`` with a cached static layer."""

    static_layer_off = ""  # why the cache is off ("" while it works)

    def set_static_items(self, items) -> None:
        """These items are drawn into the cached layer; any change to one (its update())
        marks the layer stale."""
        self._static_ids = {id(i) for i in items}
        self._static_version = 0
        self._static_key = None
        for item in items:
            item.update = self._staling(item.update)
        if not hasattr(self, "_static_fbo"):
            self._static_fbo = None
            self._layer = None

    def _staling(self, update):
        def stale():
            self._static_version += 1
            update()
        return stale

    def mark_static_stale(self) -> None:
        self._static_version = getattr(self, "_static_version", 0) + 1

    def drawItemTree(self, item=None, useItemNames=False):
        layer = getattr(self, "_layer", None)
        if item is not None or layer is None:
            return super().drawItemTree(item, useItemNames=useItemNames)
        everything = self.items
        self.items = [i for i in everything if (id(i) in self._static_ids) == (layer == "static")]
        try:
            return super().drawItemTree(None, useItemNames=useItemNames)
        finally:
            self.items = everything

    def paintGL(self):
        if not getattr(self, "_static_ids", None) or self.static_layer_off:
            return super().paintGL()
        from OpenGL import GL

        region = self.getViewport()
        try:
            self._paint_layered(GL, region)
        except Exception as exc:  # a driver that refuses the blit: draw as pyqtgraph does, from now on
            self.static_layer_off = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            self._layer = None
            GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, self.defaultFramebufferObject())
            GL.glViewport(*region)
            super().paintGL()

    def _paint_layered(self, GL, region):
        from PySide6 import QtCore
        from PySide6.QtOpenGL import QOpenGLFramebufferObject

        fmt = self.context().format()  # what the window got (format() is what was asked for)
        if fmt.samples() > 1 or fmt.depthBufferSize() <= 0:
            raise RuntimeError(f"window framebuffer with {fmt.samples()} samples, depth {fmt.depthBufferSize()}")
        x0, y0, w, h = (int(v) for v in region)
        default = self.defaultFramebufferObject()
        o = self.opts
        c = o["center"]
        key = (self._static_version, w, h, o["distance"], o["elevation"], o["azimuth"], o["fov"],
               c.x(), c.y(), c.z(), tuple(o["bgcolor"]))
        fbo = self._static_fbo
        if fbo is None or fbo.size() != QtCore.QSize(w, h):
            fbo = self._static_fbo = QOpenGLFramebufferObject(
                w, h, QOpenGLFramebufferObject.Attachment.CombinedDepthStencil)
            self._static_key = None
        if key != self._static_key:
            fbo.bind()
            GL.glViewport(0, 0, w, h)
            self._layer = "static"
            try:
                self.paint(region=(0, 0, w, h), viewport=(0, 0, w, h))
            finally:
                self._layer = None
                GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, default)
            self._static_key = key
        GL.glBindFramebuffer(GL.GL_READ_FRAMEBUFFER, fbo.handle())
        GL.glBindFramebuffer(GL.GL_DRAW_FRAMEBUFFER, default)
        GL.glBlitFramebuffer(0, 0, w, h, x0, y0, x0 + w, y0 + h,
                             GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT, GL.GL_NEAREST)
        GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, default)
        GL.glViewport(*region)
        # the moving items over the copy: pyqtgraph's paint() without its clear
        self.setProjection(region, region)
        self.setModelview()
        self._layer = "dynamic"
        try:
            self.drawItemTree()
        finally:
            self._layer = None

    def release_static_layer(self) -> None:
        """Drop the framebuffer (its context must be current, or about to go)."""
        self._static_fbo = None
        self._static_key = None
