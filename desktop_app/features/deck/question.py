"""Predict, then reveal: a slide's question over the map before the race, its answer after.

    predict   the card shows the prompt and the choices (the lanes, Yes/No, or "click on
              the map" for a "where" question, each click a guess); the lecturer may type
              the show of hands beside each choice (kept in the deck: its CSV report)
    racing    Space (or a step) starts the race; the card shrinks to the prompt
    revealed  the race is over (every lane stopped or the step limit reached): the right
              choice is marked, the hands counted, and the caption explains the answer

The answer is the slide's rule applied to the race that ran (model/questions.py), so a
lecturer who changes a setting before pressing play still gets the right answer.
"""
from __future__ import annotations

import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.model.data_text import shown
from desktop_app.model.questions import Answer, LaneResult, Question, answer, score_click

CARD_QSS = """
QFrame#deckQuestion { background: rgba(255, 255, 255, 238); border: 2px solid #333333; border-radius: 6px; }
QFrame#deckQuestion QLabel { color: #000000; background: transparent; border: none; }
QFrame#deckQuestion QLabel#deckPrompt { font-weight: bold; }
QFrame#deckQuestion QLabel[right="true"] { background: #c8f0c8; }
"""
GUESS_OVERLAY, ANSWER_OVERLAY = "deck.guesses", "deck.answer"
SPOILERS = ("basin.toggle",)  # overlays a "where" question keeps off until the reveal


class QuestionCard(QtWidgets.QFrame):
    """The question over the map: prompt, one row per choice (hands typed beside it), a hint."""

    sigTally = QtCore.Signal(str, int)

    def __init__(self, canvas: QtWidgets.QWidget):
        super().__init__(canvas)
        self.setObjectName("deckQuestion")
        self.setStyleSheet(CARD_QSS)
        self.prompt = QtWidgets.QLabel()
        self.prompt.setObjectName("deckPrompt")
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.prompt.setFont(font)
        self.rows = QtWidgets.QWidget()
        self.grid = QtWidgets.QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.hint = QtWidgets.QLabel()
        self.hint.setWordWrap(True)
        box = QtWidgets.QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.addWidget(self.prompt)
        box.addWidget(self.rows)
        box.addWidget(self.hint)
        self.spins: dict[str, QtWidgets.QSpinBox] = {}
        self.names: dict[str, QtWidgets.QLabel] = {}
        self.marks: dict[str, QtWidgets.QLabel] = {}
        self.hide()

    def set_question(self, prompt: str, choices: list[tuple[str, str | None]], tally: dict, hands: bool):
        """``choices``: (label, colour or None); ``hands``: show the tally boxes."""
        self.prompt.setText(prompt)
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.spins, self.names, self.marks = {}, {}, {}
        if hands and choices:
            head = QtWidgets.QLabel(self.tr("hands"))
            head.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, 2)
        for r, (label, colour) in enumerate(choices, 1):
            dot = QtWidgets.QLabel("●" if colour else "")
            if colour:
                dot.setStyleSheet(f"color: {colour}; font-size: 18pt;")
            name = QtWidgets.QLabel(shown(label, "scenario"))  # the label stays the tally's key
            name.setWordWrap(True)  # long lane labels ("SGD lr=0.019 (0.95 × 2/λmax)") stay whole
            mark = QtWidgets.QLabel("")
            self.grid.addWidget(dot, r, 0)
            self.grid.addWidget(name, r, 1)
            if hands:
                spin = QtWidgets.QSpinBox()
                spin.setRange(0, 100_000)
                spin.setSpecialValueText("–")
                spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("000000") + 30)
                spin.setValue(int(tally.get(label, 0)))
                spin.setToolTip(self.tr("How many hands went up for this choice (goes into the deck's report)"))
                spin.valueChanged.connect(lambda v, lab=label: self.sigTally.emit(lab, v))
                self.grid.addWidget(spin, r, 2)
                self.spins[label] = spin
            self.grid.addWidget(mark, r, 3)
            self.names[label], self.marks[label] = name, mark
        self.grid.setColumnStretch(1, 1)
        self.rows.setVisible(bool(choices))
        self.set_compact(False)

    def set_compact(self, compact: bool):
        self.rows.setVisible(not compact and bool(self.names))

    def mark(self, right: set[str]):
        for label, name in self.names.items():
            ok = label in right
            self.marks[label].setText(self.tr("✓ right") if ok else "")
            for w in (name, self.marks[label]):
                w.setProperty("right", ok)
                w.style().unpolish(w)
                w.style().polish(w)
            f = name.font()
            f.setBold(ok)
            name.setFont(f)


class QuestionFlow(QtCore.QObject):
    """The question of the slide shown, through its phases (``phase``)."""

    sigRevealed = QtCore.Signal(object)  # the Answer

    def __init__(self, feature, api):
        super().__init__(feature)
        self.feature, self.api = feature, api
        self.ctrl, self.canvas = api.controller, api.canvas
        self.question: Question | None = None
        self.phase = "none"
        self.answer: Answer | None = None
        self.guesses: list[tuple[float, float]] = []
        self.labels: list[str] = []
        self.held_back: list[str] = []  # actions of overlays that would give the answer away
        self.card = QuestionCard(self.canvas)
        self.card.sigTally.connect(self.set_tally)
        self.canvas.vb.sigResized.connect(self.place)
        self.canvas.viewport().installEventFilter(self)
        self._press: QtCore.QPointF | None = None
        self.ctrl.sigPlayingChanged.connect(self._playing)
        self.ctrl.sigStepped.connect(self._stepped)

    # -- phases ------------------------------------------------------------------------
    def start(self, question: Question | None):
        self.clear()
        if question is None:
            return
        self.question, self.phase = question, "predict"
        if question.kind == "where":
            self._hold_back(SPOILERS)
        active = self.ctrl.active
        self.labels = [e.label for e in active]
        if question.kind == "which":
            choices = [(e.label, e.colour) for e in active]
        elif question.kind == "yes_no":
            choices = [(self.tr("Yes"), None), (self.tr("No"), None)]
        else:
            choices = []
        self.card.set_question(shown(question.prompt, "deck"), choices, question.tally, hands=bool(choices))
        self.card.hint.setText(self._hint())
        self.card.show()
        self.card.raise_()
        self.place()

    def _hold_back(self, names):
        """Switch off the overlays that would show the answer before the room has guessed (a
        basin map colours every start by where it ends); the reveal brings them back."""
        for name in names:
            try:
                act = self.api.action(name)
            except KeyError:
                continue  # that feature is not installed
            if act.isChecked():
                act.setChecked(False)
                self.held_back.append(name)

    def _bring_back(self):
        for name in self.held_back:
            self.api.action(name).setChecked(True)
        self.held_back = []

    def _hint(self) -> str:
        if self.question.kind == "where":
            n = len(self.guesses)
            return (self.tr("Click on the map where you think it ends ({0} guesses so far). "
                            "Space plays and reveals.").format(n))
        return self.tr("Ask the room, type the hands if you like. Space plays and reveals.")

    def clear(self):
        self.question, self.phase, self.answer, self.guesses = None, "none", None, []
        self.held_back = []  # the next slide's setup decides its own overlays
        if shiboken6.isValid(self.card):
            self.card.hide()
        for name in (GUESS_OVERLAY, ANSWER_OVERLAY):
            self.canvas.remove_overlay(name)

    def _playing(self, playing: bool):
        if playing and self.phase == "predict":
            self._race()

    def _stepped(self):
        if self.phase == "predict":
            self._race()  # a step by hand starts the race too
        if self.phase == "racing" and self.ctrl.finished:
            self.reveal()

    def _race(self):
        self.phase = "racing"
        self.card.set_compact(True)
        self.card.hint.setText(self.tr("Racing… the answer shows when the race is over."))
        self.place()

    # -- the answer --------------------------------------------------------------------
    def lane_results(self) -> list[LaneResult]:
        out = []
        for e in self.ctrl.active:
            h = e.lane.history
            out.append(LaneResult(e.label, h.view("points"), h.view("values"), e.lane.status))
        return out

    def reveal(self) -> Answer | None:
        q = self.question
        if q is None:
            return None
        lanes = self.lane_results()
        if q.kind != "yes_no" and q.kind != "where" and not lanes:
            return None
        try:
            ans = answer(q, lanes)
        except (IndexError, ValueError) as exc:  # the lanes changed under the question
            self.api.status(self.tr("The question has no answer for this race ({0})").format(exc))
            return None
        self.answer, self.phase = ans, "revealed"
        self._bring_back()
        if q.kind == "which":
            right = {lanes[i].label for i in ans.lanes}
        elif q.kind == "yes_no":
            right = {self.tr("Yes") if ans.yes else self.tr("No")}
        else:
            right = set()
            self._draw_answer(ans.point)
        self.card.set_compact(False)
        self.card.mark(right)
        score = self.score_text(right)
        self.card.hint.setText(score or self.tr("The answer is marked; the caption explains it."))
        caption = ans.text + (f". {shown(q.explanation, 'deck')}" if q.explanation else "")
        self.canvas.set_caption(caption)
        presenter = self.api.feature("presenter")
        if presenter is not None:
            presenter.fit_caption()
        self.place()
        self.sigRevealed.emit(ans)
        return ans

    def score_text(self, right: set[str]) -> str:
        q = self.question
        if q.kind == "where":
            if not self.guesses:
                return ""
            scores = [score_click(q, self.lane_results(), g, self.ctrl.surface.bounds) for g in self.guesses]
            return self.tr("Best guess scores {0:.0%} (1 = on the spot, 0 = a quarter of the map away)").format(
                max(scores))
        hands = {k: v for k, v in q.tally.items() if v}
        total = sum(hands.values())
        if not total:
            return ""
        good = sum(v for k, v in hands.items() if k in right)
        return self.tr("{0} of {1} hands were right ({2:.0%})").format(good, total, good / total)

    # -- hands and guesses -------------------------------------------------------------
    def set_tally(self, label: str, hands: int):
        if self.question is None:
            return
        if hands:
            self.question.tally[label] = int(hands)
        else:
            self.question.tally.pop(label, None)
        self.feature.tally_changed()

    def guess(self, x: float, y: float):
        self.guesses.append((float(x), float(y)))
        xs, ys = zip(*self.guesses)
        item = pg.ScatterPlotItem(list(xs), list(ys), symbol="x", size=16, pen=pg.mkPen("k", width=2),
                                  brush=pg.mkBrush("#E69F00"))
        self.canvas.add_overlay(GUESS_OVERLAY, item, z=5)
        self.card.hint.setText(self._hint())

    def _draw_answer(self, point):
        item = pg.ScatterPlotItem([point[0]], [point[1]], symbol="star", size=26, pen=pg.mkPen("k", width=1.5),
                                  brush=pg.mkBrush("#009E73"))
        self.canvas.add_overlay(ANSWER_OVERLAY, item, z=6)

    def eventFilter(self, obj, ev):
        """While a "where" question waits for guesses, a left click on the map is a guess
        (not a new start point). A resize of the map places the card again."""
        if ev.type() == QtCore.QEvent.Type.Resize:
            QtCore.QTimer.singleShot(0, self.place)  # after the view box has its new size
            return False
        if self.phase != "predict" or self.question is None or self.question.kind != "where":
            return False
        t = ev.type()
        if t in (QtCore.QEvent.Type.MouseButtonPress, QtCore.QEvent.Type.MouseButtonRelease,
                 QtCore.QEvent.Type.MouseButtonDblClick) and ev.button() == QtCore.Qt.MouseButton.LeftButton:
            if t == QtCore.QEvent.Type.MouseButtonRelease:
                p = self.canvas.data_at(self.canvas.mapToScene(ev.position().toPoint()))
                if p is not None:
                    self.guess(*p)
            return True
        return False

    # -- where the card sits -----------------------------------------------------------
    def place(self, *_):
        card = self.card
        if not shiboken6.isValid(card) or not card.isVisible():
            return
        rect = self.canvas.mapFromScene(self.canvas.vb.sceneBoundingRect()).boundingRect()
        width = max(200, min(620, rect.width() - 40))
        card.setFixedWidth(width)
        # wrapped labels: the height that width needs (adjustSize alone clipped a two-line prompt)
        height = card.layout().heightForWidth(width)
        card.setFixedHeight(height if height > 0 else card.sizeHint().height())
        x = rect.center().x() - width // 2
        y = rect.bottom() - card.height() - 48  # above the slide counter
        card.move(max(0, x), max(rect.top() + 4, y))
