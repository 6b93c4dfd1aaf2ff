"""The speaker notes: a top-level window of its own, for the laptop screen while the map
is on the projector. It follows the slide shown: its number and title, the notes, the
question and its explanation (the room does not see them), and what comes next."""
from __future__ import annotations

import html

from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.model.data_text import shown


class NotesWindow(QtWidgets.QWidget):
    sigClosed = QtCore.Signal()

    def __init__(self, feature, parent=None):
        super().__init__(parent, QtCore.Qt.WindowType.Window)  # a window, owned by the main one
        self.setObjectName("deckNotes")
        self.feature = feature
        self.setWindowTitle(self.tr("Speaker notes – Optimizer Playground"))
        self.heading = QtWidgets.QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.text = QtWidgets.QTextBrowser()
        self.text.setObjectName("deckNotesText")
        body = self.text.font()
        body.setPointSizeF(body.pointSizeF() * 1.3)
        self.text.setFont(body)
        self.next_label = QtWidgets.QLabel()
        self.next_label.setWordWrap(True)
        prev = QtWidgets.QPushButton(self.tr("◀ Previous"))
        nxt = QtWidgets.QPushButton(self.tr("Next ▶"))
        prev.clicked.connect(feature.previous)
        nxt.clicked.connect(feature.next)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(prev)
        row.addWidget(self.next_label, 1)
        row.addWidget(nxt)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.setMinimumSize(420, 300)  # explicit: the layout never re-constrains the window
        self.resize(560, 420)
        feature.sigSlideChanged.connect(self.follow)
        feature.sigDeckChanged.connect(self.follow)
        feature.question.sigRevealed.connect(lambda _a: self.follow())
        self.follow()

    def follow(self, *_):
        f = self.feature
        slide = f.slide
        if f.deck is None:
            self.heading.setText(self.tr("No deck open"))
            self.text.setHtml("")
            self.next_label.setText("")
            return
        if slide is None:
            self.heading.setText(self.tr("{0} slides: none shown").format(f.count))
            self.text.setHtml("")
        else:
            self.heading.setText(f"{f.index + 1} / {f.count}   {shown(slide.shown_title, 'scenario', 'deck')}")
            parts = [f"<p>{html.escape(shown(slide.notes, 'deck')) or '<i>' + html.escape(self.tr('(no notes)')) + '</i>'}</p>"]
            q = slide.question
            if q is not None:
                parts.append(f"<p><b>{html.escape(self.tr('Question'))}:</b> {html.escape(shown(q.prompt, 'deck'))}</p>")
                if q.explanation:
                    parts.append(f"<p><b>{html.escape(self.tr('Why'))}:</b> {html.escape(shown(q.explanation, 'deck'))}</p>")
                ans = f.question.answer if f.question.question is q else None
                if ans is not None:
                    parts.append(f"<p><b>{html.escape(self.tr('Answer'))}:</b> {html.escape(ans.text)}</p>")
            self.text.setHtml("".join(parts))
        nxt = f.deck.slides[f.index + 1] if 0 <= f.index + 1 < f.count else None
        self.next_label.setText(self.tr("Next: {0}").format(shown(nxt.shown_title, 'scenario', 'deck')) if nxt else self.tr("Last slide"))

    def closeEvent(self, ev: QtGui.QCloseEvent):
        self.sigClosed.emit()
        super().closeEvent(ev)
