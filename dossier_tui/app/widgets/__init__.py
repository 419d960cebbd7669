"""Widgets of the dossier app: one pane or one view per module."""
