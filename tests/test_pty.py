"""The real app in a pseudo-terminal, on a folder whose names and text hold escape
sequences: the bytes it writes to the terminal must hold none of them.

A terminal acts on what it is sent: OSC 0 sets the window title, OSC 52 writes the
clipboard, OSC 8 draws a hyperlink, CSI recolours, BEL rings. The app opens the folder
(the loading screen shows its name), draws the timeline, the reader (the article's
path and text), the problems view (the skipped file's name) and the command palette
(hostile headlines), then quits.
"""

from __future__ import annotations

import os
import re
import select
import sys
import time

import pytest
from test_app_hostile import hostile_folder

pty = pytest.importorskip("pty")
fcntl = pytest.importorskip("fcntl")
termios = pytest.importorskip("termios")

ROWS, COLS = 24, 80
#: what the app itself may send that holds a BEL: the mouse pointer's shape (OSC 22)
OWN_BEL = re.compile(rb"\x1b\]22;[\w-]*\x07")


class Terminal:
    """A child process on a pseudo-terminal, and every byte it has written."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        import struct

        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the app
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.out = bytearray()

    def read(self, seconds: float, until: bytes | None = None, since: int = 0) -> bool:
        """Collect output for up to ``seconds`` (or until ``until`` has been written
        after byte ``since``); False once the child has closed the terminal."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:  # EIO: the child has gone
                return False
            if not chunk:
                return False
            self.out += chunk
            if until is not None and until in self.out[since:]:
                return True
        return True

    def send(self, keys: str, settle: float = 0.15, until: bytes | None = None) -> None:
        """Type ``keys``; wait ``settle`` seconds, or (a busy machine being slow) until
        the app has drawn ``until``."""
        since = len(self.out)
        os.write(self.fd, keys.encode())
        if until is None:
            self.read(settle)
        else:
            assert self.read(30, until, since), f"the app closed before drawing {until!r}"

    def close(self, seconds: float = 10) -> int | None:
        """Wait (a bounded time) for the child to leave, then kill it; its exit status if
        it left by itself."""
        end = time.monotonic() + seconds
        self.read(seconds)  # until it closes the terminal
        while time.monotonic() < end:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.02)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return None


def test_the_app_in_a_terminal_writes_none_of_the_injected_sequences(tmp_path):
    folder, _ = hostile_folder(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "PYTEST"))}
    env.update(TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS), NO_COLOR="")
    term = Terminal([sys.executable, "-m", "dossier_tui", str(folder)], env)
    try:
        assert term.read(60, until=b"Timeline"), "the app closed before drawing"
        term.send("3")  # the sources: the hostile article's path and text in the reader
        term.send("p", until="Problems ·".encode())  # the problems: the skipped file's hostile name
        term.send("q")  # closes the problems view
        term.send("\x10", until=b"Search")  # Ctrl+P: hostile headlines in the command palette
        term.send("Minis", settle=0.4)
        for _ in range(3):  # a busy machine may not have closed the palette yet: ask again
            term.send("\x1b", settle=0.5)
            term.send("q", settle=0)
            if not term.read(5):  # the terminal closed: the app left
                break
    finally:
        status = term.close()
    out = bytes(term.out)
    assert (
        status == 1 and b"Traceback" not in out
    )  # left when asked (1: a file was skipped, as the CLI says)
    assert (
        b"]52;c;aGVsbG8=" in out and "\ufffd".encode() in out
    )  # the hostile text was drawn, escaped
    assert b"\x1b]52" not in out  # no clipboard write
    assert (
        b"\x1b]0;pwned" not in out and b"\x1b]0;" not in out and b"\x1b]2;" not in out
    )  # no title
    assert not re.search(rb"\x1b\]8;[^\x07\x1b]*evil", out)  # no hyperlink to the hostile address
    assert b"\x1b[41m" not in out and "\x9b".encode() not in out  # no injected CSI, 7- or 8-bit
    assert b"\x07" not in OWN_BEL.sub(b"", out)  # no injected BEL
    assert "\u202e".encode() not in out  # no bidi override
