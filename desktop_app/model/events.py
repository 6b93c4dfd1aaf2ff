"""A Qt-free signal: the race model announces changes with these, so plain pytest can
test it without a QApplication, and the Qt controller re-emits them as Qt signals.

    stepped = Event()
    stepped.connect(view.refresh)
    stepped.emit()

Named like Qt's signals on purpose (``sigStepped``): a view written against the
controller's signals also works on a bare model (the offscreen recorder does that).
"""
from __future__ import annotations

from typing import Callable


class Event:
    __slots__ = ("_slots",)

    def __init__(self):
        self._slots: list[Callable] = []

    def connect(self, slot: Callable) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable | None = None) -> None:
        """Drop ``slot`` (every slot when None); a slot that was never connected is ignored."""
        if slot is None:
            self._slots.clear()
        elif slot in self._slots:
            self._slots.remove(slot)

    def emit(self, *args) -> None:
        for slot in list(self._slots):
            slot(*args)
