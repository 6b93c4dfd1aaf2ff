"""The 3-D view's static layer (plot/gl_static.py): the mesh and contours are drawn once
per camera into a framebuffer and copied, depth included, under the moving items; the
picture equals drawing everything every frame, and the window has the depth buffer the
copy (and the hills hiding trails behind them) needs."""
from __future__ import annotations

import numpy as np


def count_paints(item):
    calls = []
    paint = item.paint

    def counted():
        calls.append(1)
        paint()

    item.paint = counted
    return calls


def frame(qtbot, view):
    swapped = []
    view.gl_view.frameSwapped.connect(lambda: swapped.append(1))
    view.gl_view.update()
    qtbot.waitUntil(lambda: bool(swapped), timeout=5000)


def test_the_window_has_a_depth_buffer_and_the_layer_is_on(view):
    fmt = view.gl_view.context().format()
    assert fmt.depthBufferSize() >= 24 and fmt.stencilBufferSize() == 8
    view.grab()
    assert view.gl_view.static_layer_off == ""


def test_the_mesh_is_drawn_once_per_camera_while_the_race_moves(qtbot, view, ctrl):
    view.grab()
    mesh_paints, trail_paints = count_paints(view.mesh), count_paints(view.trails[ctrl.active[0].key])
    for _ in range(5):
        ctrl.advance(3)
        view.flush()
        frame(qtbot, view)
    assert len(trail_paints) >= 5 and len(mesh_paints) == 0  # the race moved, the mesh was copied
    view.orbit(20)
    frame(qtbot, view)
    assert len(mesh_paints) == 1  # a new camera: drawn again, once
    ctrl.set_surface("ravine")  # a new mesh: drawn again
    frame(qtbot, view)
    assert len(mesh_paints) == 2


def test_the_picture_equals_drawing_everything_every_frame(view, ctrl):
    ctrl.advance(40)
    view.apply_preset("saddle")
    view.set_overlay("gradient", True)
    with_layer = view.grab().astype(int)
    view.gl_view.static_layer_off = "test: off"
    try:
        without = view.grab().astype(int)
    finally:
        view.gl_view.static_layer_off = ""
    differ = np.abs(with_layer - without).max(axis=-1) > 8
    assert differ.mean() < 0.002, f"{differ.sum()} pixels differ"
