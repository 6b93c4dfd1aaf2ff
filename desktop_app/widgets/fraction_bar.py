"""A progress bar for a background job: it takes the fraction done, in [0, 1]."""
from __future__ import annotations

from PySide6 import QtWidgets


class FractionBar(QtWidgets.QProgressBar):
    """No text (the label beside it says what runs); fine-grained enough for a slow job."""

    STEPS = 1000

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(0, self.STEPS)
        self.setTextVisible(False)

    def set_fraction(self, fraction: float):
        self.setValue(round(self.STEPS * min(max(float(fraction), 0.0), 1.0)))
