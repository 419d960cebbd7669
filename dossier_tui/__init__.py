"""dossier: turn a folder of news articles into a dated, sourced dossier."""

__version__ = "0.1.0"
