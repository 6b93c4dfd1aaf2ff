"""Data strings in the user's language: scenario and deck texts, surface and hyperparameter
docs are stored in English (JSON files, engine specs) and translated only where the window
shows them, from the contexts of resources/i18n/data_ko.ts (scripts/i18n_data.py):
"scenario", "deck", "surface", "hyperparameter".

    shown(slide.shown_title, "scenario", "deck")   # a slide's title: the scenario's, or the deck's own

QtCore only (the model's limit); without an installed translator every text comes back as is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shown(text: str, *contexts: str) -> str:
    """``text`` translated in the first of ``contexts`` that knows it; unchanged (a user's own
    caption or label) when none does."""
    for context in contexts:
        out = QCoreApplication.translate(context, text) if text else text
        if out != text:
            return out
    return text
