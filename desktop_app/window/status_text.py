"""The status bar's messages from the model (which is Qt-free and speaks English), in the
app's language: each known message is a pattern here, its parts put back into the
translation; a data title in it (a surface's, a setup's) goes through the data's own context.
Anything else (an engine's validation message) is shown as it is."""
from __future__ import annotations

import re

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP

# (pattern of the model's English message, its translatable text, data contexts of the groups)
PATTERNS = (
    (re.compile(r"^Start point \((\S+), (\S+)\)$"), QT_TRANSLATE_NOOP("StatusText", "Start point ({0}, {1})"), (None, None)),
    (re.compile(r"^Surface: (.+)$"), QT_TRANSLATE_NOOP("StatusText", "Surface: {0}"), ("surface",)),
    (re.compile(r"^Step limit (\d+) reached$"), QT_TRANSLATE_NOOP("StatusText", "Step limit {0} reached"), (None,)),
    (re.compile(r"^Every optimizer has stopped \(step (\d+)\)$"),
     QT_TRANSLATE_NOOP("StatusText", "Every optimizer has stopped (step {0})"), (None,)),
    (re.compile(r"^(.+): suggested values for (.+)$"), QT_TRANSLATE_NOOP("StatusText", "{0}: suggested values for {1}"),
     (None, "surface")),
    (re.compile(r"^Setup loaded$"), QT_TRANSLATE_NOOP("StatusText", "Setup loaded"), ()),
    (re.compile(r"^Only added instances can be removed; uncheck to stop racing$"),
     QT_TRANSLATE_NOOP("StatusText", "Only added instances can be removed; uncheck to stop racing"), ()),
)


def translated(text: str) -> str:
    """``text`` (a message of the model) in the installed language; unknown ones unchanged
    but for a scenario's title (what loading a setup says)."""
    translate = QtCore.QCoreApplication.translate
    for pattern, source, contexts in PATTERNS:
        m = pattern.match(text)
        if m:
            parts = [translate(ctx, g) if ctx else g for g, ctx in zip(m.groups(), contexts)]
            return translate("StatusText", source).format(*parts)
    return translate("scenario", text)
