"""The app's side of curation: the keys that decide, the message a pane sends with
what is highlighted, and the curation of the dossier on show.

A pane's key posts ``Curate`` (what to do, to what); the main screen asks for a value
when the decision needs one and hands it to the ``Curator``, which keeps the session
(made on the first decision: the machine's dossier is read whole only then) and says
whether the panes need only to be drawn again (a star, a tag, a note) or the dossier
indexed again (hidden, merged, moved, re-dated, renamed, split).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding
from textual.content import Content
from textual.message import Message

from dossier_tui import curation
from dossier_tui.app.words import clean
from dossier_tui.curation import Anchor, Curated, Decision, Marks, Session, decision
from dossier_tui.curation.apply import reshapes
from dossier_tui.curation.splitting import split_decision
from dossier_tui.index_db import Index, index_dossier
from dossier_tui.model import Dossier, Problem
from dossier_tui.temporal.values import time_value

#: keys on the timeline: what each decides about the highlighted event
EVENT_KEYS = [
    Binding(
        "asterisk",
        "curate('star')",
        "Star",
        key_display="*",
        tooltip="Star the event (again: take the star off)",
    ),
    Binding("t", "curate('tag')", "Tag", tooltip="Tag the event (a tag it has: take it off)"),
    Binding("a", "curate('note')", "Note", tooltip="Write a note on the event"),
    Binding(
        "D",
        "curate('redate')",
        "Date",
        tooltip="Correct the event's date (the sources' date stays beside it)",
    ),
    Binding(
        "x",
        "curate('hide')",
        "Hide",
        tooltip="Hide the event (H shows hidden ones; x on one shows it again)",
    ),
    Binding(
        "m",
        "curate('merge')",
        "Merge",
        tooltip="Merge: m on one event, then m on the event it joins",
    ),
    Binding(
        "M",
        "curate('move')",
        "Move",
        tooltip="Move the highlighted passage to an event of its own, or (Tab, then M on "
        "another event) to that one",
    ),
]
#: keys on the actors: what each decides about the highlighted actor
ACTOR_KEYS = [
    Binding("t", "curate('tag')", "Tag", tooltip="Tag the actor (a tag it has: take it off)"),
    Binding("a", "curate('note')", "Note", tooltip="Write a note on the actor"),
    Binding("R", "curate('rename')", "Rename", tooltip="Give the actor the name it should have"),
    Binding("x", "curate('hide')", "Hide", tooltip="Hide the actor (H shows hidden ones)"),
    Binding(
        "m", "curate('merge')", "Merge", tooltip="Merge: m on one actor, then m on the actor it is"
    ),
    Binding(
        "S",
        "curate('split')",
        "Split",
        tooltip="Split off the names that are someone else (a new actor)",
    ),
]
#: keys on the sources: what each decides about the source shown
SOURCE_KEYS = [Binding("a", "curate('note')", "Note", tooltip="Write a note on the source")]
#: keys on the main screen
SCREEN_KEYS = [
    Binding("u", "undo", "Undo", tooltip="Undo the last decision (star, tag, hide, merge...)"),
    Binding("H", "hidden", "Hidden", tooltip="Show or leave out the hidden events and actors"),
    Binding(
        "escape",
        "forget",
        "Forget",
        key_display="Esc",
        tooltip="Forget the merge or move waiting for its second key",
    ),
]

STAR = "★"


class Curate(Message):
    """A key asked for a decision about the event or actor highlighted (``passage``:
    the index of the passage highlighted in the event's detail, for a move)."""

    def __init__(self, action: str, kind: str, target: str, passage: int | None = None):
        super().__init__()
        self.action, self.kind, self.target, self.passage = action, kind, target, passage


def marks_suffix(m: Marks) -> str:
    """What a row adds after its text: its tags."""
    return "".join(f"  #{clean(t)}" for t in m.tags)


def marks_prefix(m: Marks) -> str:
    """What a row puts before its text: a star, or that it is hidden."""
    return ("(hidden) " if m.hidden else "") + (f"{STAR} " if m.starred else "")


def marked_words(text: str) -> tuple[str, set[str]]:
    """A filter's words without its tags (``#word``), and those tags."""
    words, tags = [], set()
    for w in text.split():
        if w.startswith("#") and len(w) > 1:
            tags.add(w[1:])
        else:
            words.append(w)
    return " ".join(words), tags


def marks_lines(m: Marks, corrected: str) -> list[Content]:
    """The lines a detail adds for a person's decisions: the correction (``corrected``,
    when one was made), the tags, each note."""
    lines = [Content.styled("\n" + corrected, "$accent")] if m.corrected and corrected else []
    if m.tags:
        lines.append(Content.styled("\nTags: " + ", ".join(clean(t) for t in m.tags), "$accent"))
    lines += [Content.assemble("\n", ("Note: ", "$accent bold"), clean(n)) for n in m.notes]
    return lines


def date_problem(value: str) -> str | None:
    """Why a corrected date will not do, for the question to say."""
    tv = time_value(value.strip())
    if tv.first is None:
        return "Write the date as 2023-08-08, 2023-08, 2023-W32, 2023-Q3, 2023-FA or 2023."
    return None


#: what the answer to a question is: a line of text, or a split's name and the names it takes
Answer = str | tuple[str, tuple[str, ...]] | None


@dataclass
class Pending:
    """The first half of a merge or a move: what its key was pressed on (for a move, the
    passage that goes), waiting for the second key on where it goes."""

    action: str
    kind: str
    target: str
    label: str
    passage: Anchor | None = None


class Curator:
    """The curation of the dossier on show: its file, its session and its view."""

    def __init__(self, path: str | Path, machine: Index | None = None):
        self.path = Path(path)
        self.machine = machine
        self.session: Session | None = None
        self.show_hidden = False
        self.pending: Pending | None = None
        #: the curation file could not be read: why (shown once; nothing is applied)
        self.problem: str | None = None
        self._waiting: curation.Curation | None = None
        self._text: str | None = None
        #: the marks of a curated index kept beside the machine's, shown until the session
        #: opens (their dossier is empty: the index on show holds it)
        self.stored: Curated | None = None
        self._starting = threading.Lock()

    @property
    def waiting(self) -> curation.Curation:
        """The decisions in the file, read when first needed."""
        if self._waiting is None:
            try:
                self._waiting = (
                    curation.load(self.path)
                    if self._text is None
                    else curation.loads(self._text, str(self.path))
                )
            except curation.CurationError as e:
                self.problem = str(e)
                self._waiting = curation.Curation()
        return self._waiting

    def show_stored(self, machine: Index, marks: Curated, text: str) -> None:
        """Show the marks of a kept curated index of ``machine``, made from ``text`` (the
        curation file's, read when the session opens)."""
        self.machine, self.stored, self._text = machine, marks, text

    @property
    def has_decisions(self) -> bool:
        if self.session is None and self.stored is not None:
            return True
        return bool(self.session.curation.decisions if self.session else self.waiting.decisions)

    def start(self, machine: Index) -> None:
        """Open the session on the machine's dossier (reads it whole: in a worker; one
        session, whichever worker asks first)."""
        with self._starting:
            self.machine = machine
            if self.session is None:
                self.session = Session(machine.dossier(), self.path, self.waiting)

    @property
    def curated(self) -> Curated | None:
        return self.session.curated if self.session else self.stored

    def whole(self) -> Curated | None:
        """The curated dossier whole (for an export): the session opened if need be."""
        if self.session is None and self.machine is not None and self.has_decisions:
            self.start(self.machine)
        return self.session.curated if self.session else None

    def shown(self) -> Dossier:
        """What the panes list: the curated dossier, hidden items too when asked for."""
        assert self.session is not None
        cur = self.session.curated
        return cur.dossier if self.show_hidden else cur.visible()

    def index(self) -> Index:
        """An index of what the panes list (CPU work: in a worker)."""
        return index_dossier(self.shown())

    def problems(self) -> list[Problem]:
        """Each decision that no longer finds what it is about, as a problem to list."""
        out = [Problem(str(self.path), self.problem, "curation")] if self.problem else []
        cur = self.curated
        if cur is not None:
            out += [Problem(str(self.path), lost.message, "curation") for lost in cur.lost]
        return out

    # ------------------------------------------------------------ deciding
    def decide(self, message: Curate, ix: Index, value: Answer = None) -> bool:
        """Make the decision a key asked for; whether the dossier must be indexed again
        (False: drawing the panes again shows it). WriteError when it cannot be saved."""
        assert self.session is not None
        s, cur = self.session, self.session.curated
        if message.kind == "actor":
            a = ix.actor(message.target)
            assert a is not None
            about = curation.actor_anchor(ix.dossier(), a)
            marks = cur.actor_marks(a.id)
        elif message.kind == "source":
            src = ix.source(message.target)
            assert src is not None
            about, marks = curation.source_anchor(src), cur.source_marks(src.id)
        else:
            e = ix.event_by_id[message.target]
            about = curation.event_anchor(e)
            marks = cur.event_marks(e.id)
        action = message.action
        undo = self._taking_back(action, marks, value)
        if undo:
            s.withdraw(undo)
            return action == "hide"
        dec = self._decision(message, ix, about, value)
        s.decide(dec)
        return reshapes(dec) or action == "hide"

    def _decision(self, message: Curate, ix: Index, about: Anchor, value: Answer) -> Decision:
        """The decision a key makes about ``about`` (the second key of a merge or a move:
        with what the first was pressed on)."""
        action = message.action
        if action == "split":
            assert isinstance(value, tuple)
            a = ix.actor(message.target)
            assert a is not None
            return split_decision(ix.dossier(), a, value[1], value[0])
        pending = self.pending
        if pending and (pending.action, pending.kind) == (action, message.kind):
            self.pending = None
            if pending.passage is not None:  # the passage goes to this event
                return decision("move", pending.passage, others=(about,))
            other = (
                curation.actor_anchor(ix.dossier(), ix.actor(pending.target))
                if pending.kind == "actor"
                else curation.event_anchor(ix.event_by_id[pending.target])
            )
            return decision("merge", about, others=(other,))
        assert isinstance(value, str | None)
        if action == "move":
            v = ix.event_by_id[message.target].evidence[message.passage or 0]
            return decision("move", curation.passage_anchor(v), value or None)
        return decision(action, about, value)

    def _taking_back(self, action: str, marks: Marks, value: Answer) -> set[int]:
        """The decisions a key takes back instead of adding one: the star of a starred
        event, the hiding of a hidden one, a tag it has."""
        assert self.session is not None
        decided = self.session.curation.decisions
        if action == "star" and marks.starred:
            return {i for i in marks.decisions if decided[i].action == "star"}
        if action == "hide" and marks.hidden:
            return {i for i in marks.decisions if decided[i].action == "hide"}
        if action == "tag" and value in marks.tags:
            return {
                i
                for i in marks.decisions
                if decided[i].action == "tag" and decided[i].value == value
            }
        return set()

    def undo(self) -> bool:
        assert self.session is not None
        return self.session.undo()
