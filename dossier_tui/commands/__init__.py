"""The work of the ``dossier`` sub-commands, each in its own module; ``dossier_tui.cli``
parses the arguments and calls them.

- ``common``: errors, messages and writing output, shared by every command;
- ``build_command``: ``dossier build``;
- ``app_launch``: ``dossier [PATH]``, the app or a summary;
- ``timexes_command``: ``dossier timexes``.
"""
