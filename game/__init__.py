"""Kindred: a question card game for couples."""

__version__ = "0.1.0"
