"""Screens of the dossier app: the main panes, loading, export and help dialogs."""
