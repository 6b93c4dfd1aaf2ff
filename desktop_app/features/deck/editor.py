"""The deck editor dock: the slides in order (drag to reorder, or Up/Down), add the
window's setup as a slide, duplicate, delete, and the chosen slide's title, caption,
speaker notes and question.

A question is checked as a deck file's is (model/questions.py): a bad value shows its
message under the fields and the slide keeps the question it had.
"""
from __future__ import annotations

import json

from PySide6 import QtCore, QtWidgets

from engine.setup import SetupError

from desktop_app.model.data_text import shown
from desktop_app.model.questions import KINDS, RULES, read_question

RULE_HINTS = {"first_below": "a loss, e.g. 0.001", "ends_nearest": "a point, e.g. [1, 1]",
              "lowest_final": "true", "diverges": "true (which) or a lane's index (yes/no)",
              "end_of": "a lane's index, e.g. 0"}


class DeckEditor(QtWidgets.QWidget):
    def __init__(self, feature, parent=None):
        super().__init__(parent)
        self.feature = feature
        self._editing = False  # our own edit: the fields stay as typed (cursor included)
        self.list = QtWidgets.QListWidget()
        self.list.setObjectName("deckSlides")
        self.list.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(QtCore.Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._dragged)
        self.list.itemActivated.connect(lambda item: feature.go(self.list.row(item)))
        self.list.itemClicked.connect(lambda item: feature.go(self.list.row(item)))
        self.list.currentRowChanged.connect(self._fill)

        b = self._button
        self.add = b(self.tr("Add current setup"), lambda: feature.add_current(),
                     self.tr("The map's race as it is now, as a new slide after this one"))
        self.duplicate = b(self.tr("Duplicate"), lambda: feature.duplicate(self.row()))
        self.delete = b(self.tr("Delete"), lambda: feature.delete(self.row()))
        self.up = b(self.tr("Up"), lambda: self._move(-1))
        self.down = b(self.tr("Down"), lambda: self._move(1))
        buttons = QtWidgets.QGridLayout()
        buttons.addWidget(self.add, 0, 0, 1, 2)
        buttons.addWidget(self.duplicate, 0, 2)
        buttons.addWidget(self.delete, 1, 0)
        buttons.addWidget(self.up, 1, 1)
        buttons.addWidget(self.down, 1, 2)

        self.title = QtWidgets.QLineEdit()
        self.title.setPlaceholderText(self.tr("(the setup's title)"))
        self.caption = QtWidgets.QLineEdit()
        self.caption.setPlaceholderText(self.tr("(the setup's caption)"))
        self.notes = QtWidgets.QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Speaker notes: only the notes window shows them"))
        self.notes.setMaximumHeight(110)
        for w in (self.title, self.caption):
            w.editingFinished.connect(self._text_edited)
        self.notes.textChanged.connect(self._text_edited)

        self.ask = QtWidgets.QGroupBox(self.tr("Question (predict, then reveal)"))
        self.ask.setCheckable(True)
        self.ask.setChecked(False)
        self.prompt = QtWidgets.QLineEdit()
        self.prompt.setPlaceholderText(self.tr("Which optimizer reaches the minimum first?"))
        self.kind = QtWidgets.QComboBox()
        self.kind.addItems(KINDS)
        self.rule = QtWidgets.QComboBox()
        self.value = QtWidgets.QLineEdit()
        self.explanation = QtWidgets.QLineEdit()
        self.explanation.setPlaceholderText(self.tr("Why: shown in the caption after the race"))
        self.error = QtWidgets.QLabel()
        self.error.setObjectName("deckQuestionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        form = QtWidgets.QFormLayout(self.ask)
        form.addRow(self.tr("Prompt"), self.prompt)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Answer"), self.rule)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Explanation"), self.explanation)
        form.addRow(self.error)
        self.kind.currentTextChanged.connect(self._kind_changed)
        self.rule.currentTextChanged.connect(lambda r: self.value.setPlaceholderText(RULE_HINTS.get(r, "")))
        for w in (self.prompt, self.value, self.explanation):
            w.editingFinished.connect(self._question_edited)
        self.rule.activated.connect(lambda _i: self._question_edited())
        self.kind.activated.connect(lambda _i: self._question_edited())
        self.ask.toggled.connect(lambda _on: self._question_edited())

        fields = QtWidgets.QFormLayout()
        fields.addRow(self.tr("Title"), self.title)
        fields.addRow(self.tr("Caption"), self.caption)
        fields.addRow(self.tr("Notes"), self.notes)
        self.form = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(self.form)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(fields)
        box.addWidget(self.ask)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self._kind_changed(self.kind.currentText())
        feature.sigDeckChanged.connect(self.rebuild)
        feature.sigSlideChanged.connect(self._select)
        self.rebuild()

    def _button(self, text, slot, tip=""):
        button = QtWidgets.QPushButton(text)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    def row(self) -> int:
        return self.list.currentRow()

    # -- the list ----------------------------------------------------------------------
    def rebuild(self):
        deck = self.feature.deck
        with QtCore.QSignalBlocker(self.list):
            self.list.clear()
            for i, slide in enumerate(deck.slides if deck is not None else [], 1):
                mark = "  ?" if slide.question is not None else ""
                self.list.addItem(f"{i}. {shown(slide.shown_title, 'scenario', 'deck') or self.tr('(untitled)')}{mark}")
            self.list.setCurrentRow(self.feature.index)
        if not self._editing:
            self._fill(self.list.currentRow())

    def _select(self, index: int):
        if self.list.count() != self.feature.count:
            self.rebuild()
            return
        with QtCore.QSignalBlocker(self.list):
            self.list.setCurrentRow(index)
        self._fill(index)

    def _move(self, by: int):
        i = self.row()
        if 0 <= i < self.feature.count and 0 <= i + by < self.feature.count:
            self.feature.move(i, i + by)

    def _dragged(self, _parent, start, _end, _dest, row):
        dst = row if row < start else row - 1
        # after the drop has finished with the list (the feature rebuilds it)
        QtCore.QTimer.singleShot(0, lambda: self.feature.move(start, dst))

    # -- the chosen slide --------------------------------------------------------------
    def _slide(self):
        deck, i = self.feature.deck, self.row()
        return deck.slides[i] if deck is not None and 0 <= i < len(deck.slides) else None

    def _fill(self, _row=None):
        slide = self._slide()
        has = slide is not None
        self.form.setEnabled(has)
        for w in (self.duplicate, self.delete, self.up, self.down):
            w.setEnabled(has)
        self.error.clear()
        widgets = (self.title, self.caption, self.notes, self.ask, self.prompt, self.kind, self.rule, self.value,
                   self.explanation)
        blockers = [QtCore.QSignalBlocker(w) for w in widgets]
        try:
            self.title.setText(slide.title if has else "")
            self.caption.setText(slide.caption if has else "")
            self.notes.setPlainText(slide.notes if has else "")
            q = slide.question if has else None
            self.ask.setChecked(q is not None)
            self.prompt.setText(q.prompt if q else "")
            self.kind.setCurrentText(q.kind if q else KINDS[0])
            self._kind_changed(self.kind.currentText())
            if q:
                self.rule.setCurrentText(q.rule)
            self.value.setText(json.dumps(q.value, ensure_ascii=False) if q else "")
            self.explanation.setText(q.explanation if q else "")
        finally:
            del blockers

    def _kind_changed(self, kind: str):
        with QtCore.QSignalBlocker(self.rule):
            self.rule.clear()
            self.rule.addItems(RULES.get(kind, ()))
        self.value.setPlaceholderText(RULE_HINTS.get(self.rule.currentText(), ""))

    def _text_edited(self):
        slide = self._slide()
        if slide is None:
            return
        new = (self.title.text(), self.caption.text(), self.notes.toPlainText())
        if new != (slide.title, slide.caption, slide.notes):
            slide.title, slide.caption, slide.notes = new
            self._edited()

    def _question_edited(self):
        slide = self._slide()
        if slide is None:
            return
        if not self.ask.isChecked():
            if slide.question is not None:
                slide.question = None
                self.error.clear()
                self._edited()
            return
        text = self.value.text().strip()
        try:
            value = json.loads(text) if text else None
        except ValueError:
            value = text  # a word: read_question names what it should be
        data = {"prompt": self.prompt.text(), "kind": self.kind.currentText(),
                "answer": {self.rule.currentText(): value}, "explanation": self.explanation.text()}
        if slide.question is not None and slide.question.tally:
            data["tally"] = dict(slide.question.tally)
        try:
            question = read_question(data, "question", len(slide.setup.lanes))
        except SetupError as err:
            self.error.setText(str(err))
            return
        self.error.clear()
        if slide.question is None or question.to_dict() != slide.question.to_dict():
            slide.question = question
            self._edited()

    def _edited(self):
        self._editing = True
        try:
            self.feature.edited()
        finally:
            self._editing = False
