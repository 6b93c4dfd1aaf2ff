"""Axes whose width cannot feed back into the view they label.

On a plot with a locked aspect ratio (the map: gradients look perpendicular to contours
only at 1:1), the view's range follows its size. pyqtgraph sizes a vertical axis to its
widest tick label and shrinks it again when the labels get narrower. Together these can
loop forever: a wider label ("−17.9" where "−18" stood) narrows the view by a few pixels,
the locked aspect changes the y range, the new labels are narrower, the axis shrinks, the
view widens, and so on. Panning the map to y ≈ −15 at 1400×900 relaid the window ~150
times a second, burning a core and starving the animation's timer (the action storm hung
there).

A steady axis grows to fit its widest label but does not shrink while the user pans and
zooms. It shrinks back at the moments a relayout is expected anyway: fitting the window,
a new surface, a new text size (``reset_text_space``).
"""
from __future__ import annotations

SIDES = ("left", "bottom", "right", "top")


def steady(plot_item) -> None:
    """Grow-only tick-label space on every axis of ``plot_item``."""
    for name in SIDES:
        axis = plot_item.getAxis(name)
        if axis is not None:
            axis.setStyle(autoReduceTextSpace=False)


def reset_text_space(plot_item) -> None:
    """Let the axes of ``plot_item`` shrink to their current labels once (they grow back
    at the next paint to exactly what the labels need)."""
    for name in SIDES:
        axis = plot_item.getAxis(name)
        if axis is None or axis.style.get("autoReduceTextSpace", True):
            continue
        # pyqtgraph's own bookkeeping (0.13 and 0.14); were it renamed, the axis would
        # just stay as wide as it grew, never worse
        vertical = axis.orientation in ("left", "right")
        relayout = getattr(axis, "_updateWidth" if vertical else "_updateHeight", None)
        if relayout is None:
            continue
        setattr(axis, "textWidth" if vertical else "textHeight", 0)
        relayout()
        axis.picture = None
        axis.update()
