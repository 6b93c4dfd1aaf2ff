"""Basin maps as a figure: one or more maps side by side with contours, minima and ONE
legend (shared colours per minimum, shared colour-bar range), exportable as PNG.

    fig = BasinFigure()
    fig.show_maps(surface, [("Adam lr 0.05", map_a), ("SGD lr 0.01", map_b)], mode="minimum")
    fig.export_png("basins.png")

The comparison dialog puts a figure under a row of controls; the window's single-map PNG
export renders a figure offscreen. pyqtgraph's ImageExporter works with this Qt (its SVG
exporter does not, DESIGN.md).
"""
from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (pg.exporters is not imported by pyqtgraph itself)
from PySide6 import QtCore, QtGui

from desktop_app.geometry import basin_colors, contours, palette
from desktop_app.model import media
from desktop_app.plot import steady_axes

_LEGEND = (  # basin_colors' legend and scale labels (Qt-free, English), in the app's language
    (re.compile(r"^min (\d+) (\(.*\))(.*)$"), QtCore.QT_TRANSLATE_NOOP("BasinFigure", "min {0} {1}{2}")),
    (re.compile(r"^no known minimum(.*)$"), QtCore.QT_TRANSLATE_NOOP("BasinFigure", "no known minimum{0}")),
    (re.compile(r"^diverged(.*)$"), QtCore.QT_TRANSLATE_NOOP("BasinFigure", "diverged{0}")),
    (re.compile(r"^steps to converge$"), QtCore.QT_TRANSLATE_NOOP("BasinFigure", "steps to converge")),
    (re.compile(r"^final loss f − f\*$"), QtCore.QT_TRANSLATE_NOOP("BasinFigure", "final loss f − f*")),
)


def legend_text(label: str) -> str:
    """A basin map's legend or scale label in the app's language (unknown ones as they are)."""
    for pattern, source in _LEGEND:
        m = pattern.match(label)
        if m:
            return QtCore.QCoreApplication.translate("BasinFigure", source).format(*m.groups())
    return label

LEGEND_ROWS = 18         # at most this many legend entries; the rest are summed up in one line
EXPORT_WIDTH = 1400


def colour_maps(maps, mode: str) -> list[basin_colors.BasinImage]:
    """Images of several maps of one surface with one legend: same colour per minimum,
    same colour-bar range."""
    if mode == "minimum":
        colours = basin_colors.minimum_colours(maps)
        return [basin_colors.colour_map(m, mode, colours=colours) for m in maps]
    limits = basin_colors.value_range(maps, mode)
    return [basin_colors.colour_map(m, mode, limits=limits) for m in maps]


def merged_legend(images) -> list[basin_colors.LegendEntry]:
    """One entry per colour meaning, counts summed over the images, in legend order."""
    merged: dict[int, basin_colors.LegendEntry] = {}
    for image in images:
        for e in image.legend:
            old = merged.get(e.index)
            merged[e.index] = e if old is None else basin_colors.LegendEntry(e.colour, e.label, old.count + e.count,
                                                                             e.index)
    entries = sorted(merged.values(), key=lambda e: (e.index < 0, e.index if e.index >= 0 else -e.index))
    # the labels carry one map's share; with several maps, name the minimum only
    if len(images) > 1:
        entries = [basin_colors.LegendEntry(e.colour, e.label.rsplit("  ", 1)[0], e.count, e.index) for e in entries]
    return entries


def colour_bar_plot(scale: basin_colors.ColourScale) -> pg.PlotItem:
    """A horizontal colour bar with log ticks, as a plain plot (pg.ColorBarItem builds and
    then destroys a ViewBox menu, which crashed PySide now and then)."""
    bar = pg.PlotItem(enableMenu=False)
    bar.setMouseEnabled(False, False)
    bar.hideButtons()
    bar.hideAxis("left")
    image = pg.ImageItem(basin_colors.lut(scale.stops)[None, :, :], axisOrder="row-major", levels=(0, 255))
    image.setRect(QtCore.QRectF(scale.lo, 0.0, scale.hi - scale.lo, 1.0))
    bar.addItem(image)
    bar.setXRange(scale.lo, scale.hi, padding=0)
    bar.setYRange(0.0, 1.0, padding=0)
    axis = bar.getAxis("bottom")
    axis.setTicks([basin_colors.scale_ticks(scale.lo, scale.hi), []])
    axis.setTextPen("k")
    axis.setPen("k")
    bar.setLabel("bottom", QtCore.QCoreApplication.translate("BasinFigure", "{0} (log scale)").format(legend_text(scale.label)),
                 color="#000")
    bar.setMaximumHeight(80)
    return bar


class BasinFigure(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        self.plots: list[pg.PlotItem] = []
        self.images: list[basin_colors.BasinImage] = []
        self.image_items: list[pg.ImageItem] = []
        self.legend_entries: list[basin_colors.LegendEntry] = []

    def show_maps(self, surface, titled_maps, mode: str = "minimum"):
        """titled_maps: [(title, BasinMap), ...] of ``surface``, drawn left to right."""
        self.clear()
        self.plots, self.image_items = [], []
        self.images = colour_maps([m for _, m in titled_maps], mode)
        field = contours.compute(surface, resolution=200)
        pen = pg.mkPen(palette.CONTOUR_COLOUR, width=1)
        for col, ((title, m), image) in enumerate(zip(titled_maps, self.images)):
            # enableMenu=False at construction: no context menu is ever made (deleting one
            # afterwards, as setMenuEnabled(False) does, crashed PySide now and then here)
            plot = self.addPlot(row=0, col=col, title=f"<span style='color:#000'>{title}</span>", enableMenu=False,
                                axisItems=steady_axes.axis_items())
            plot.hideButtons()
            plot.getViewBox().setAspectLocked(True)
            for name in ("left", "bottom"):
                plot.getAxis(name).setTextPen("k")
                plot.getAxis(name).setPen("k")
            item = pg.ImageItem(image.rgba, axisOrder="row-major", levels=(0, 255))  # colours as they are
            (x0, x1), (y0, y1) = m.bounds
            item.setRect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
            plot.addItem(item)
            plot.addItem(pg.PlotDataItem(field.lines[:, 0], field.lines[:, 1], connect="finite", pen=pen))
            if len(m.minima):
                plot.addItem(pg.ScatterPlotItem(pos=m.minima, symbol="star", size=12, pen=pg.mkPen("k"),
                                                brush=pg.mkBrush("w")))
            plot.setRange(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0), padding=0.01)
            self.plots.append(plot)
            self.image_items.append(item)
        self.legend_entries = merged_legend(self.images)
        self._add_legend(len(titled_maps))

    def _add_legend(self, columns: int):
        scale = self.images[0].scale if self.images else None
        if scale is not None:
            self.addItem(colour_bar_plot(scale), row=1, col=0, colspan=columns)
        entries = self.legend_entries
        if not entries:
            return
        shown = entries[:LEGEND_ROWS]
        legend = pg.LegendItem(colCount=max(1, min(4, len(shown) // 6 + 1)), labelTextColor="k",
                               brush=pg.mkBrush(255, 255, 255, 230), pen=pg.mkPen(180, 180, 180))
        for e in shown:
            sample = pg.ScatterPlotItem(symbol="s", size=12, brush=pg.mkBrush(e.colour), pen=pg.mkPen(0, 0, 0, 110))
            legend.addItem(sample, legend_text(e.label))
        if len(entries) > len(shown):
            rest = entries[LEGEND_ROWS:]
            sample = pg.ScatterPlotItem(symbol="s", size=12, brush=pg.mkBrush(255, 255, 255, 0), pen=None)
            legend.addItem(sample, f"… and {len(rest)} more")
        self.addItem(legend, row=2, col=0, colspan=columns)

    def render(self, width: int = EXPORT_WIDTH) -> np.ndarray:
        """The figure as an (h, w, 4) uint8 RGBA array."""
        exporter = pg.exporters.ImageExporter(self.scene())
        exporter.parameters()["width"] = int(width)
        image = exporter.export(toBytes=True).convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
        ptr = image.constBits()
        rows = np.frombuffer(ptr, dtype=np.uint8, count=image.sizeInBytes()).reshape(image.height(),
                                                                                       image.bytesPerLine())
        return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()

    def export_png(self, path, width: int = EXPORT_WIDTH):
        return media.write_png(path, self.render(width))


def export_maps_png(path, surface, titled_maps, mode: str):
    """Render maps into a PNG through an offscreen figure (never shown)."""
    fig = BasinFigure()
    try:
        # laid out only when shown: shown where nobody sees it
        fig.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
        fig.resize(760 + 640 * (len(titled_maps) - 1), 820)
        fig.show()
        fig.show_maps(surface, titled_maps, mode)
        return fig.export_png(path, width=fig.width())
    finally:
        fig.deleteLater()
