"""The user's settings: a short, commented YAML file in the platform's config folder.

It keeps what a user would otherwise choose again at each start: the colour theme, the
dossier opened last (``dossier`` with no PATH opens it again), and whether a large
dossier's timeline opens on its key events or on all of them. The app and the CLI both
read it; neither imports the other for it (this module does not import Textual).

Why YAML rather than TOML: the project already reads YAML safely and within bounds
(``safe_yaml``) and writes files atomically (``writes``), while TOML would need a
writer package for three keys (``tomllib`` only reads, and only from Python 3.11).

The file is the user's as much as the app's: it is written with a comment above each
key, in a fixed order, and read strictly (an unknown key, a value of the wrong kind,
broken YAML are each a problem naming the file and the line). A file that could not be
read is never written over: the app starts with the defaults, says once what is wrong,
and keeps what the user changes for that session only, until the file is fixed or removed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml

from dossier_tui import safe_yaml, yaml_fast
from dossier_tui.safe_text import shown
from dossier_tui.writes import WriteError, write_atomic

#: an environment variable naming the folder of the settings file (tests use a temp one)
ENV = "DOSSIER_CONFIG_DIR"
FILE_NAME = "settings.yaml"
#: the timeline views a large dossier may open on
VIEWS = ("key", "all")
#: a settings file is a few lines; anything this large is something else
MAX_BYTES = 64 * 1024
#: what the user is told after a problem reading the file
KEPT = (
    "dossier starts with its default settings and leaves the file as it is; "
    "fix or remove it to keep settings"
)

_HEADER = """\
# dossier's settings. dossier writes this file when a setting changes (a theme picked
# with Ctrl+P, a dossier opened, K on the timeline); you may edit it too. Each key may be
# null, which means the default. A file dossier cannot read is left as it is.
"""
#: each key's comment, in the file's order
_ABOUT = {
    "theme": 'The colour theme: a name from Ctrl+P, "Change theme" (default: textual-dark).',
    "last_dossier": "The dossier opened last (a timeline file or a folder of articles). "
    "`dossier` with\n# no PATH, where there is no data/timeline.yaml, opens it if it still exists.",
    "timeline_view": "What the timeline of a dossier of more than 25 events opens on: key "
    "(its key\n# events, the default) or all (every event). K on the timeline switches, "
    "and sets this.",
}


@dataclass(frozen=True)
class Settings:
    """What the file holds; None is the default."""

    theme: str | None = None
    last_dossier: str | None = None
    timeline_view: str | None = None


KEYS = tuple(f.name for f in fields(Settings))
assert KEYS == tuple(_ABOUT), "every setting has its comment, in the file's order"


class SettingsError(Exception):
    """A settings file that cannot be read; the message names it (and the line)."""


def config_dir() -> Path:
    """``$DOSSIER_CONFIG_DIR``, else the platform's user config folder for dossier."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    import platformdirs

    return Path(platformdirs.user_config_dir("dossier", appauthor=False))


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def _check(key: str, value: object) -> str | None:
    """What is wrong with ``value`` for ``key``, or None."""
    if value is None:
        return None
    if key == "timeline_view":
        return (
            None if value in VIEWS else f"expected {' or '.join(VIEWS)}, not {shown(repr(value))}"
        )
    if not isinstance(value, str):  # an empty one is the default, as null is
        return (
            f"expected {'a theme name' if key == 'theme' else 'a path'}, not {shown(repr(value))}"
        )
    return None


def parse(text: str, name: str) -> Settings:
    """The settings in ``text`` (the file ``name``); SettingsError if any is not understood."""
    try:
        return _settings(text, name)
    except yaml.YAMLError as e:
        line, problem = safe_yaml.where(e)
        raise SettingsError(f"{name}{line}: not YAML ({problem})") from None
    except safe_yaml.YAMLLimit as e:
        raise SettingsError(f"{name}:{e.line}: {e.problem}") from None


def _settings(text: str, name: str) -> Settings:
    """``parse``, raising the YAML reader's own errors."""
    ld, root = safe_yaml.compose(text)
    try:
        if root is None:
            return Settings()
        if not isinstance(root, yaml.MappingNode):
            raise SettingsError(f"{name}:{root.start_mark.line + 1}: expected lines of key: value")
        values: dict[str, object] = {}
        for key_node, value_node in root.value:
            line = f"{name}:{key_node.start_mark.line + 1}"
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in KEYS:
                raise SettingsError(
                    f"{line}: unknown key {shown(repr(key))} (known: {', '.join(KEYS)})"
                )
            value = safe_yaml.build(ld, value_node)
            problem = _check(key, value)
            if problem:
                raise SettingsError(f"{line}: {key}: {problem}")
            values[key] = value
        return Settings(**values)  # type: ignore[arg-type]
    finally:
        ld.dispose()


def read(path: Path) -> Settings:
    """The settings in the file ``path``: the defaults if there is none; SettingsError if
    it cannot be read or understood."""
    name = shown(str(path))
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Settings()
    except OSError as e:
        raise SettingsError(f"{name}: cannot read ({e.strerror or e.__class__.__name__})") from None
    if len(data) > MAX_BYTES:
        raise SettingsError(f"{name}: larger than {MAX_BYTES // 1024} KB, not a settings file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SettingsError(f"{name}: not UTF-8 text (byte {e.start})") from None
    return parse(text, name)


def render(s: Settings) -> str:
    """The file's text for ``s``: the header, then each key under its comment."""
    parts = [_HEADER]
    for key, about in _ABOUT.items():
        parts.append(f"\n# {about}\n{yaml_fast.dump({key: getattr(s, key)})}")
    return "".join(parts)


class SettingsFile:
    """The settings of this run: read once, and saved as the user changes them."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        #: why the file could not be read (it is then never written), or None
        self.problem: str | None = None
        try:
            self.values = read(self.path)
        except SettingsError as e:
            self.values, self.problem = Settings(), str(e)

    def change(self, **changes: str | None) -> str | None:
        """Use ``changes`` from now on and save them; a one-line message if they could
        not be saved. What the file says meanwhile (another run, a hand edit) is kept:
        the changes are made to the file as it is now. A file that could not be read
        is not written (the user was told when it was read)."""
        new = replace(self.values, **changes)
        if new == self.values:
            return None
        self.values = new
        if self.problem is not None:
            return None
        try:
            now = replace(read(self.path), **changes)
        except SettingsError as e:
            self.problem = str(e)
            return f"{e}; settings not saved"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, render(now))
        except OSError as e:
            where = shown(str(self.path.parent))
            return f"{where}: cannot make the folder ({e.strerror}); settings not saved"
        except WriteError as e:
            return f"{e}; settings not saved"
        self.values = now
        return None
