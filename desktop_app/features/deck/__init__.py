"""Deck mode: a lecture as slides of setups, stepped through with a presentation clicker,
with predict-then-reveal questions, an editor dock and a speaker-notes window."""
from desktop_app.features.deck.feature import DeckFeature

__all__ = ["DeckFeature"]
