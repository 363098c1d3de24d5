"""Widgets and helpers shared by every workspace."""
