"""The optimizer list of a race: one *entry* per optimizer instance (every engine
optimizer once, plus the duplicates the user adds), which of them race, the one in focus,
and their live hyperparameters with the surface's suggested values. Qt-free.

A checked entry races: it has an engine Lane in the run. An entry keeps its Optimizer
object (the live hyperparameters) whether or not it races, so unchecking and re-checking
keeps its settings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


import engine
from engine.validate import check_noise
from engine import optimizers as opt_catalog

from desktop_app.geometry import palette
from desktop_app.model import epochs

_UNSET = object()


@dataclass(eq=False)
class Entry:
    """One optimizer instance in the list; ``lane`` is set while it races."""

    key: int
    name: str
    title: str
    label: str
    colour: str
    optimizer: Any
    noise: float = 0.0
    checked: bool = False
    seed: int = 0  # of the gradient noise: a scenario replays the same noisy run
    lane: engine.Lane | None = field(default=None, repr=False)
    batch_size: int | None = None  # data surfaces: this lane's minibatch size (None: the surface's)
    # (stepper, step, epochs done by then) at the last live batch-size change: minibatches
    # are drawn afresh from there (model/epochs.py)
    batch_mark: tuple | None = field(default=None, repr=False)

    @property
    def hyperparams(self) -> dict:
        return {**self.optimizer.hyperparams, "noise": self.noise}


class Roster:
    """The entries half of :class:`desktop_app.model.race.RaceModel` (a mixin: it uses the
    model's ``run``, ``_surface``, ``_focus``, ``active`` and its events)."""

    # -- entries -----------------------------------------------------------------------
    def _new_entry(self, name: str, colour: str, checked: bool, optimizer=None, noise=0.0) -> Entry:
        d = opt_catalog.definition(name)
        same = [e for e in self.entries if e.name == name]
        label = d.title if not same else f"{d.title} #{len(same) + 1}"
        entry = Entry(next(self._keys), name, d.title, label, colour,
                      optimizer or opt_catalog.create(name), noise, checked)
        self.entries.append(entry)
        return entry

    def _new_instance(self, src: Entry, optimizer, noise: float) -> Entry:
        """Another entry of src's optimizer in the first free colour, listed after its siblings."""
        colour = palette.first_unused(e.colour for e in self.entries)
        entry = self._new_entry(src.name, colour, checked=False, optimizer=optimizer, noise=noise)
        self.entries.remove(entry)
        last = max(i for i, e in enumerate(self.entries) if e.name == src.name)
        self.entries.insert(last + 1, entry)
        return entry

    def _join(self, entry: Entry):
        self._active = None
        entry.checked = True
        entry.lane = self.run.add(entry.optimizer, label=entry.label, noise=entry.noise, seed=entry.seed,
                                  batch_size=entry.batch_size)
        entry.batch_mark = None
        self._record_focus_only()

    def _focus_on(self, entry: Entry | None) -> None:
        self._focus = entry
        self._record_focus_only()

    def _record_focus_only(self) -> None:
        """Only the lane in focus records its diagnostics (the update-rule panel, the
        overlays and the theory panel show that lane's); a lane that gets the focus
        replays its past steps to fill them in (engine.Lane.fill_diagnostics)."""
        for e in self.entries:
            lane = e.lane
            if lane is None:
                continue
            if e is not self._focus:
                lane.diagnostics = None
            elif lane.diagnostics is None:
                lane.diagnostics = True
                lane.fill_diagnostics()

    def _leave(self, entry: Entry):
        self._active = None
        if entry.lane is not None:
            self.run.remove(entry.lane)
        entry.lane = None
        entry.checked = False

    def _refocus_if(self, entry: Entry):
        if self._focus is entry:
            self._focus_on(self.active[0] if self.active else None)
            self.sigFocusChanged.emit()

    def set_checked(self, key: int, checked: bool):
        """Check: the entry joins and the race restarts (a fair race starts together).
        Uncheck: it leaves; the others go on."""
        entry = self.entry(key)
        if entry.checked == bool(checked):
            return
        if checked:
            self._join(entry)
            self.run.reset()
        else:
            self._leave(entry)
            self._refocus_if(entry)
        self.sigLanesChanged.emit()
        if checked:
            self._restarted()
            self.set_focus(key)

    def add_instance(self, key: int) -> Entry:
        """Duplicate an entry with its current settings, racing (SGD lr=0.01 vs lr=0.1)."""
        src = self.entry(key)
        entry = self._new_instance(src, src.optimizer.copy(), src.noise)
        self._join(entry)
        self.run.reset()
        self.sigLanesChanged.emit()
        self._restarted()
        self.set_focus(entry.key)
        return entry

    def can_remove(self, key: int) -> bool:
        """Only duplicates can be removed: the list always offers every optimizer once."""
        entry = self.entry(key)
        return sum(1 for e in self.entries if e.name == entry.name) > 1

    def remove_instance(self, key: int) -> bool:
        if not self.can_remove(key):
            self.sigStatus.emit("Only added instances can be removed; uncheck to stop racing")
            return False
        entry = self.entry(key)
        self._leave(entry)
        self.entries.remove(entry)
        self._refocus_if(entry)
        self.sigLanesChanged.emit()
        return True

    def set_focus(self, key: int | None):
        entry = None if key is None else self.entry(key)
        if entry is not self._focus:
            self._focus_on(entry)
            self.sigFocusChanged.emit()

    # -- hyperparameters ----------------------------------------------------------------
    def set_hyperparams(self, key: int, **values) -> bool:
        """Live change from the next step on; trail, velocity and moments are kept.
        A bad value leaves everything as it was and says why in the status bar."""
        entry = self.entry(key)
        noise = values.pop("noise", None)
        batch = values.pop("batch_size", _UNSET)
        try:
            if noise is not None:
                noise = check_noise(noise, entry.name)
            if batch is not _UNSET:
                batch = epochs.check_lane_batch(self._surface, batch, entry.label)
            entry.optimizer.set(**values)
        except (ValueError, TypeError) as exc:
            self.sigStatus.emit(str(exc))
            return False
        if noise is not None:
            entry.noise = noise
            if entry.lane is not None:
                entry.lane.set(noise=noise)
        if batch is not _UNSET and batch != entry.batch_size:
            lane = entry.lane
            done = epochs.epochs_at(self._surface, entry, lane.t) if lane is not None else None
            entry.batch_size = batch
            if lane is not None:
                lane.set(batch_size=batch)
                entry.batch_mark = (lane.stepper, lane.t, done or 0.0)
        self.sigHyperparamsChanged.emit(key)
        return True

    def _apply_suggested(self, entry: Entry):
        values = {**entry.optimizer.spec.defaults(), **self._surface.suggested_for(entry.name)}
        try:
            entry.optimizer.set(**values)
        except ValueError as exc:  # a surface suggesting a bad value is an engine bug; say so, go on
            self.sigStatus.emit(str(exc))
            entry.optimizer.set(**entry.optimizer.spec.defaults())
        entry.noise = 0.0
        if entry.lane is not None:
            entry.lane.set(noise=0.0)

    def reset_to_suggested(self, key: int):
        """The surface's suggested values (the defaults where it suggests none)."""
        entry = self.entry(key)
        self._apply_suggested(entry)
        self.sigHyperparamsChanged.emit(key)
        self.sigStatus.emit(f"{entry.label}: suggested values for {self._surface.title}")
