"""Metadata about articles: ``sources.yaml`` files and YAML front matter.

Both are optional and read only with a safe loader within bounds (``safe_yaml``). A
broken file is reported (with its line) and ignored: it never stops the articles from
being read.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import yaml

from dossier_tui import safe_yaml
from dossier_tui.calendar_words import ISO_DATE

#: the largest sources.yaml read (a listing of every article of a big crawl is a few MB)
MAX_METADATA_BYTES = 64 * 1024 * 1024
#: metadata keys we use, and the other spellings accepted for them
_ALIASES = {
    "published": ("published", "date", "published_at", "pubdate", "datetime"),
    "outlet": ("outlet", "source", "publisher", "site"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
}
_FRONT_RE = re.compile(r"---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.S)
#: a day and time (ISO 8601, with any fraction and zone), or a year and month in digits
_ISO_RE = re.compile(
    rf"{ISO_DATE}(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?"
    r"|(?P<yy>\d{4})(?:-(?P<mm>\d{2})(?:-(?P<dd>\d{2}))?)?"
)


class MetadataError(ValueError):
    """A metadata file or block that cannot be used; the message names the place."""


def yaml_problem(label: str, err: yaml.YAMLError) -> str:
    mark = getattr(err, "problem_mark", None)
    where = f" line {mark.line + 1}" if mark is not None else ""
    what = getattr(err, "problem", None) or str(err).splitlines()[0]
    return f"{label}:{where}: invalid YAML ({what}); its metadata is ignored"


def pick(fields: dict) -> dict:
    """The fields we know, under their canonical names; other keys are ignored."""
    out = {}
    lower = {str(k).lower(): v for k, v in fields.items()}
    for key, names in _ALIASES.items():
        for n in names:
            if lower.get(n) not in (None, ""):
                out[key] = lower[n]
                break
    return out


def read_sources_yaml(path: Path, label: str) -> dict[str, dict]:
    """Entries of a ``sources.yaml``: file name (or path relative to it) -> fields."""
    try:
        if path.stat().st_size > MAX_METADATA_BYTES:
            mb = MAX_METADATA_BYTES // 1024 // 1024
            raise MetadataError(f"{label}: larger than {mb} MB; its metadata is ignored")
        data = safe_yaml.load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as e:
        raise MetadataError(yaml_problem(label, e)) from None
    except safe_yaml.YAMLLimit as e:
        raise MetadataError(
            f"{label}: line {e.line}: {e.problem}; its metadata is ignored"
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise MetadataError(
            f"{label}: cannot read ({e.__class__.__name__}); its metadata is ignored"
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetadataError(
            f"{label}: expected a mapping of file names to fields; its metadata is ignored"
        )
    out = {}
    for name, fields in data.items():
        if isinstance(fields, dict):
            out[str(name)] = pick(fields)
    return out


def front_matter(text: str, label: str) -> tuple[dict, int]:
    """(fields, offset just after the block) for YAML front matter at the top of a text."""
    m = _FRONT_RE.match(text)
    if not m:
        return {}, 0
    try:
        data = safe_yaml.load(m.group(1))
    except yaml.YAMLError as e:
        raise MetadataError(yaml_problem(f"{label} (front matter)", e)) from None
    except safe_yaml.YAMLLimit as e:
        raise MetadataError(
            f"{label} (front matter): line {e.line + 1}: {e.problem}; ignored"
        ) from None
    if not isinstance(data, dict):
        return {}, 0  # a horizontal rule, not front matter
    return pick(data), m.end()


def published_value(value) -> str | None:
    """A TIMEX3 value for a publication date given as metadata, or None."""
    if isinstance(value, _dt.datetime):
        return _stamp(value.year, value.month, value.day, value.hour, value.minute, value.second)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 2999:
        return str(value)
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = _ISO_RE.fullmatch(s)
    if m:
        y, mo, d = m["y"] or m["yy"], m["m"] or m["mm"], m["d"] or m["dd"]
        h, mi, sec = m["h"], m["mi"], m["s"]
        try:
            if d:
                _dt.date(int(y), int(mo), int(d))
            elif mo and not 1 <= int(mo) <= 12:
                return None
        except ValueError:
            return None
        if h:
            return _stamp(int(y), int(mo), int(d), int(h), int(mi), int(sec or 0))
        return "-".join(p for p in (y, mo, d) if p)
    from dossier_tui.ingest.dateline import parse_date_string

    return parse_date_string(s)


def _stamp(y: int, mo: int, d: int, h: int, mi: int, sec: int) -> str:
    base = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"
    return f"{base}:{sec:02d}" if sec else base
