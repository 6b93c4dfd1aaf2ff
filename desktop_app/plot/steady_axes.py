"""Axes whose width cannot feed back into the view they label.

On a plot with a locked aspect ratio (the map: gradients look perpendicular to contours
only at 1:1), the view's range follows its size. pyqtgraph sizes a vertical axis to its
widest tick label and shrinks it again when the labels get narrower. Together these can
loop forever: a wider label ("−17.9" where "−18" stood) narrows the view by a few pixels,
the locked aspect changes the y range, the new labels are narrower, the axis shrinks, the
view widens, and so on. Panning the map to y ≈ −15 at 1400×900 relaid the window ~150
times a second, burning a core and starving the animation's timer (the action storm hung
there; under X the window froze).

A steady axis grows to fit its widest label but does not shrink while the user pans and
zooms. At the moments a relayout is expected anyway (fitting the window, a new surface, a
new text size) ``refit`` lets its next paint shrink it to its labels, once, by pyqtgraph's
own rule. It never collapses in between, so nothing moves unless the labels ask for it.
"""
from __future__ import annotations

import pyqtgraph as pg

SIDES = ("left", "bottom")  # the sides a PlotItem shows


class SteadyAxis(pg.AxisItem):
    def __init__(self, orientation, **kwargs):
        super().__init__(orientation, **kwargs)
        self.setStyle(autoReduceTextSpace=False)
        self._refit = False

    def refit(self) -> None:
        """At the next paint, fit the labels (narrower too), once."""
        self._refit = True
        self.picture = None
        self.update()

    def _updateMaxTextSize(self, x):
        # pyqtgraph calls this from each paint with the room its labels need (0.13, 0.14).
        # On a refit, its own rule for that one paint: grow, or shrink when the labels
        # need 10 px less (the same hysteresis as ever, so nothing moves for less)
        if not self._refit:
            return super()._updateMaxTextSize(x)
        self._refit = False
        self.style["autoReduceTextSpace"] = True
        try:
            return super()._updateMaxTextSize(x)
        finally:
            self.style["autoReduceTextSpace"] = False


def axis_items() -> dict:
    """Steady axes for a new PlotItem's shown sides: ``addPlot(axisItems=axis_items())``."""
    return {name: SteadyAxis(name) for name in SIDES}


def refit(plot_item) -> None:
    """Let the steady axes of ``plot_item`` fit their labels at the next paint."""
    for name in SIDES:
        axis = plot_item.getAxis(name)
        if isinstance(axis, SteadyAxis):
            axis.refit()
