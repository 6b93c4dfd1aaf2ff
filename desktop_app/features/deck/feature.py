"""Deck mode as a feature: the open deck, the slide shown, the clicker's keys, the black
screen and the slide counter on the map.

A presentation clicker sends Page Down / Page Up; presentation software adds Home / End
(first / last slide) and B or the period key (black screen and back). Home, End and B
already mean something in the window (fit the map, the live end of the race, the basin
map), so while a deck is open the clicker takes those three keys and the other actions
lose them; closing the deck gives them back. Help → Keyboard shortcuts lists whichever
action holds a key at the time.

A slide loads paused at step 0 with its caption on the map (Space plays), exactly as the
slide's setup says; the window's file (File → Save) is not the deck's. The deck itself is
changed only here (the editor dock and the question card call these methods), so the
dirty flag and the signals stay right.
"""
from __future__ import annotations

import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from engine.setup import Setup, SetupError

from desktop_app.features.base import Feature
from desktop_app.features.deck.question import QuestionFlow
from desktop_app.model import deck as deck_mod
from desktop_app.model.data_text import shown

# the keys the clicker takes from other actions while a deck is open: action -> key
CLASHING = {"deck.first": "Home", "deck.last": "End", "deck.blank": "B"}
LABEL_PT = 13


def copy_setup(setup: Setup) -> Setup:
    """A setup of its own (a slide's stays as the deck holds it, whatever the window does)."""
    return Setup.from_dict(setup.to_dict())


class Blank(QtWidgets.QWidget):
    """Black over the whole map (axes and colour bar too), as presentation software's B key."""

    def __init__(self, canvas: QtWidgets.QWidget):
        super().__init__(canvas)
        self.setObjectName("deckBlank")
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor("black"))
        self.setPalette(pal)
        self.hide()
        canvas.installEventFilter(self)

    def eventFilter(self, obj, ev):
        if ev.type() == QtCore.QEvent.Type.Resize and self.isVisible():
            self.setGeometry(obj.rect())
        return False

    def set_on(self, on: bool):
        if on:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(on)


class DeckFeature(QtCore.QObject, Feature):
    """``window.feature("deck")``: open(), go(i), next(), previous(), first(), last(),
    set_blank(); the slide editing methods the editor dock uses."""

    name = "deck"
    sigDeckChanged = QtCore.Signal()     # opened, closed, slides added, removed, moved, retitled
    sigSlideChanged = QtCore.Signal(int)  # the slide shown (-1: none)
    sigDirtyChanged = QtCore.Signal(bool)

    def __init__(self):
        super().__init__()
        self.deck: deck_mod.Deck | None = None
        self.path = None          # the file it came from or was saved to (None: builtin or new)
        self.index = -1
        self.dirty = False
        self.loading = False      # a slide's setup is loading (the window's signals are ours)
        self._taken: list[tuple[QtGui.QAction, list]] = []  # actions whose keys the clicker took
        self.notes_window = None
        self.editor = None
        self._full_label = ""
        self._guard = None        # asks before unsaved edits are thrown away (window/deck_files.py)

    # -- installing --------------------------------------------------------------------
    def install(self, api):
        self.api = api
        self.setParent(api.parent)
        self.ctrl, self.canvas = api.controller, api.canvas
        api.add_menu("Deck", self.tr("&Deck"))
        a = api.add_action
        self.act_next = a("deck.next", self.tr("&Next slide"), self.next, shortcuts="PgDown", menu="Deck",
                          tip=self.tr("The next slide, paused with its caption (a clicker's forward button)"))
        self.act_previous = a("deck.previous", self.tr("&Previous slide"), self.previous, shortcuts="PgUp",
                              menu="Deck", tip=self.tr("The previous slide (a clicker's back button)"))
        self.act_first = a("deck.first", self.tr("&First slide"), self.first, menu="Deck",
                           tip=self.tr("Home while a deck is open"))
        self.act_last = a("deck.last", self.tr("&Last slide"), self.last, menu="Deck",
                          tip=self.tr("End while a deck is open"))
        self.act_blank = a("deck.blank", self.tr("&Black screen"), self.set_blank, shortcuts=".", checkable=True,
                           menu="Deck", tip=self.tr("Blank the map to black and back (. or, with a deck open, B)"))
        api.add_menu_entry("Deck", None)
        self.act_notes = a("deck.notes", self.tr("Speaker &notes window"), self.set_notes_shown, checkable=True,
                           menu="Deck", tip=self.tr("The slide's notes in a window of their own (for the laptop "
                                                    "screen while the map is on the projector)"))
        self.act_builtin = a("deck.open_builtin", self.tr("Open the &course deck"), lambda: self._guarded(self.open_builtin), menu="Deck",
                             tip=self.tr("The built-in lecture: the scenarios in teaching order, with questions"))
        self.act_close = a("deck.close", self.tr("&Close deck"), lambda: self._guarded(self.close_deck),
                           menu="Deck")
        self.blank = Blank(self.canvas)
        self.label = pg.TextItem("", color="k", anchor=(1, 1), fill=pg.mkBrush(255, 255, 255, 210))
        font = QtGui.QFont()
        font.setPointSize(LABEL_PT)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setParentItem(self.canvas.vb)  # in pixels, like the caption
        self.label.setZValue(60)
        self.label.hide()
        self.canvas.vb.sigResized.connect(self._place_label)
        self.question = QuestionFlow(self, api)
        from desktop_app.features.deck.editor import DeckEditor

        self.editor = DeckEditor(self)
        api.add_dock("deck", self.tr("Deck"), self.editor, area="right", tabify_with="settings", hidden=True,
                     toggle_text=self.tr("Deck &editor"), menu="Deck")
        self.ctrl.sigSetupLoaded.connect(self._setup_loaded)
        self._sync_actions()

    def shutdown(self):
        self.set_notes_shown(False)
        self._give_keys_back()
        self.question.clear()

    # -- opening and closing -----------------------------------------------------------
    def check_setup(self, setup):
        """The window's rules on a slide's setup (a deck is read with this)."""
        return self.api.check_setup(setup)

    def read(self, path) -> deck_mod.Deck:
        """Read and check a deck file (or "builtin"): SetupError names where, nothing changes."""
        return deck_mod.read(path, check_setup=self.check_setup)

    def open(self, deck: deck_mod.Deck, path=None, slide: int = 0) -> bool:
        """Show ``deck`` from slide ``slide`` (0-based); the clicker's keys are taken."""
        self.question.clear()
        self.deck, self.path, self.index = deck, path, -1
        self._set_dirty(False)
        self._take_keys()
        self.sigDeckChanged.emit()
        ok = self.go(slide)
        self._sync_actions()
        return ok

    def open_builtin(self) -> bool:
        try:
            deck = self.read(deck_mod.BUILTIN)
        except SetupError as err:
            self.api.status(self.tr("The course deck could not be read: {0}").format(err))
            return False
        return self.open(deck, None)

    def new_deck(self, title: str = "") -> None:
        """An empty deck to fill with the editor's "Add current setup"."""
        self.question.clear()
        self.deck, self.path, self.index = deck_mod.Deck(title, []), None, -1
        self._set_dirty(False)
        self._take_keys()
        self.sigDeckChanged.emit()
        self._show_label()
        self._sync_actions()

    def close_deck(self):
        if self.deck is None:
            return
        self.question.clear()
        self.set_blank(False)
        self.deck, self.path, self.index = None, None, -1
        self._set_dirty(False)
        self._give_keys_back()
        self._show_label()
        self.sigDeckChanged.emit()
        self.sigSlideChanged.emit(-1)
        self._sync_actions()

    def saved(self, path):
        self.path = path
        self._set_dirty(False)

    # -- moving through it -------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.deck.slides) if self.deck is not None else 0

    @property
    def slide(self) -> deck_mod.Slide | None:
        return self.deck.slides[self.index] if self.deck is not None and 0 <= self.index < self.count else None

    def go(self, index: int) -> bool:
        """Load slide ``index`` (clamped) paused at step 0 with its caption and question."""
        if self.count == 0:
            return False
        index = min(max(int(index), 0), self.count - 1)
        slide = self.deck.slides[index]
        setup = copy_setup(slide.setup)
        setup.title, setup.caption = slide.shown_title, slide.shown_caption
        self.question.clear()
        self.loading = True
        try:
            self.api.apply_setup(setup)
        except SetupError as err:
            self.api.status(self.tr("Slide {0} could not be shown: {1}").format(index + 1, err))
            return False
        finally:
            self.loading = False
        self.index = index
        self.set_blank(False)
        self._show_label()
        self.question.start(slide.question)
        self.api.status(self.tr("Slide {0} of {1}: {2}. Space plays.").format(index + 1, self.count,
                                                                                 _title(slide)))
        self.sigSlideChanged.emit(index)
        self._sync_actions()
        return True

    def next(self):
        if self.count and self.index < self.count - 1:
            self.go(self.index + 1)

    def previous(self):
        if self.count and self.index > 0:
            self.go(self.index - 1)

    def first(self):
        self.go(0)

    def last(self):
        self.go(self.count - 1)

    def set_blank(self, on: bool):
        on = bool(on) and self.deck is not None
        self.blank.set_on(on)
        if self.act_blank.isChecked() != on:
            with QtCore.QSignalBlocker(self.act_blank):
                self.act_blank.setChecked(on)

    @property
    def blanked(self) -> bool:
        return self.blank.isVisible()

    def _setup_loaded(self, _setup):
        if not self.loading and self.index >= 0:
            # something else (a scenario, File → Open) replaced the slide's race: its question
            # no longer applies, and the counter says the slide was left
            self.question.clear()
            self.index = -1
            self._show_label()
            self.sigSlideChanged.emit(-1)
            self._sync_actions()

    # -- the counter and title on the map ----------------------------------------------
    def _show_label(self):
        slide = self.slide
        if slide is None:
            self.label.setText(f"– / {self.count}" if self.deck is not None else "")
            self.label.setVisible(self.deck is not None)
        else:
            self._full_label = f"{self.index + 1} / {self.count}" + (f"   {_title(slide)}" if slide.shown_title else "")
            self.label.setText(self._full_label)
            self.label.show()
        self._place_label()

    def _place_label(self, *_):
        vb = self.canvas.vb
        full = self._full_label if self.slide is not None else None
        if full:  # one line, the title cut short rather than covering the map's lower edge
            metrics = QtGui.QFontMetrics(self.label.textItem.font())
            room = int(max(120, 0.5 * vb.width() - 16))  # the overlays' legend sits bottom left
            self.label.setText(metrics.elidedText(full, QtCore.Qt.TextElideMode.ElideRight, room))
        self.label.setPos(vb.width() - 8, vb.height() - 8)

    # -- editing (the editor dock) -----------------------------------------------------
    def set_discard_guard(self, guard):
        """``guard(proceed)`` runs ``proceed`` once unsaved edits are saved or discarded (the
        File menu's deck entries ask the lecturer); without one, ``proceed`` runs at once."""
        self._guard = guard

    def _guarded(self, proceed):
        if self._guard is None:
            proceed()
        else:
            self._guard(proceed)

    def discard_edits(self):
        """The lecturer chose to throw the unsaved edits away (what follows replaces the deck)."""
        self._set_dirty(False)

    def _set_dirty(self, dirty: bool):
        if dirty != self.dirty:
            self.dirty = dirty
            self.sigDirtyChanged.emit(dirty)

    def edited(self):
        """A slide's text, question or tally changed."""
        self._set_dirty(True)
        self._show_label()
        self.sigDeckChanged.emit()

    def tally_changed(self):
        """The lecturer typed a show of hands (kept in the deck for its report)."""
        self._set_dirty(True)

    def add_current(self, at: int | None = None) -> int:
        """The window's setup as a new slide after the current one (a deck is made if none)."""
        if self.deck is None:
            self.new_deck()
        setup = copy_setup(self.api.capture_setup())
        slide = deck_mod.Slide(setup, title=setup.title, caption=setup.caption)
        at = self.index + 1 if at is None else at
        at = min(max(at, 0), self.count)
        self.deck.slides.insert(at, slide)
        self.index = at
        self.question.clear()
        self.edited()
        self.sigSlideChanged.emit(at)
        self._sync_actions()
        return at

    def duplicate(self, index: int) -> int:
        import copy

        if not 0 <= index < self.count:
            return -1
        self.deck.slides.insert(index + 1, copy.deepcopy(self.deck.slides[index]))
        self.edited()
        self.go(index + 1)
        return index + 1

    def delete(self, index: int):
        if not 0 <= index < self.count:
            return
        del self.deck.slides[index]
        if index < self.index:
            self.index -= 1
        elif index == self.index:
            self.question.clear()
            self.index = -1
        self.edited()
        self.sigSlideChanged.emit(self.index)
        self._sync_actions()

    def move(self, src: int, dst: int):
        """Slide ``src`` to place ``dst``; the shown slide keeps being shown."""
        if not (0 <= src < self.count and 0 <= dst < self.count) or src == dst:
            return
        shown = self.slide
        slide = self.deck.slides.pop(src)
        self.deck.slides.insert(dst, slide)
        if shown is not None:
            self.index = next(i for i, s in enumerate(self.deck.slides) if s is shown)
        self.edited()
        self.sigSlideChanged.emit(self.index)

    # -- the clicker's keys ------------------------------------------------------------
    def _take_keys(self):
        if self._taken:
            return
        window = self.api.parent
        ours = {name: self.api.action(name) for name in CLASHING}
        keys = {QtGui.QKeySequence(k).toString() for k in CLASHING.values()}
        for action in {id(a): a for a in [*window.actions(), *window.findChildren(QtGui.QAction)]}.values():
            if action in ours.values():
                continue
            old = list(action.shortcuts())
            kept = [s for s in old if s.toString() not in keys]
            if len(kept) != len(old):
                self._taken.append((action, old))
                action.setShortcuts(kept)
        for name, key in CLASHING.items():
            action = ours[name]
            action.setShortcuts([*action.shortcuts(), QtGui.QKeySequence(key)])

    def _give_keys_back(self):
        for name, key in CLASHING.items():
            try:
                action = self.api.action(name)
            except KeyError:
                continue
            action.setShortcuts([s for s in action.shortcuts() if s != QtGui.QKeySequence(key)])
        for action, old in self._taken:
            if shiboken6.isValid(action):
                action.setShortcuts(old)
        self._taken = []

    def _sync_actions(self):
        has = self.deck is not None
        self.act_next.setEnabled(has and self.index < self.count - 1)
        self.act_previous.setEnabled(has and self.index > 0)
        for act in (self.act_first, self.act_last, self.act_close, self.act_blank):
            act.setEnabled(has)

    # -- speaker notes -----------------------------------------------------------------
    def set_notes_shown(self, on: bool):
        if on and self.notes_window is None:
            from desktop_app.features.deck.notes import NotesWindow

            self.notes_window = NotesWindow(self, self.api.parent)
            self.notes_window.sigClosed.connect(lambda: self.act_notes.setChecked(False))
        if self.notes_window is not None:
            if on:
                self.notes_window.show()
                if QtGui.QGuiApplication.platformName() != "offscreen":  # (it cannot raise a window)
                    self.notes_window.raise_()
            else:
                self.notes_window.hide()
        if self.act_notes.isChecked() != bool(on):
            with QtCore.QSignalBlocker(self.act_notes):
                self.act_notes.setChecked(bool(on))


def _title(slide) -> str:
    """The slide's title as shown: the scenario's (or the deck's own) in the user's language."""
    return shown(slide.shown_title, "scenario", "deck")
