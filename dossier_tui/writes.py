"""Write a file the way the user means it, never destroying what is there.

``-o`` may name a regular file, a symlink, a device or a FIFO, and each means
something else. A regular file is replaced atomically (a temp file beside it, then
``os.replace``), so a failed or interrupted write leaves the old file whole and no temp
file behind. A symlink stays a link: its target is replaced the same way, with the
temp file beside the target. A device or a FIFO (``/dev/null``, a terminal, a pipe
another program reads) is opened and written to, as a shell's ``>`` does; replacing it
by a regular file would break it for everyone. A missing folder is an error: a typo in
a path must not make folders.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat

from dossier_tui.safe_text import shown


class WriteError(Exception):
    """A file that cannot be written; the message names it and says why, on one line."""


def _fail(name: str, reason: str) -> WriteError:
    return WriteError(f"{shown(name)}: cannot write ({reason})")


def _reason(e: OSError) -> str:
    return e.strerror or e.__class__.__name__


def write_atomic(path: str | os.PathLike[str], text: str, *, wait: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path``: replace a regular file or a symlink's target
    atomically, write into a device or a FIFO. With ``wait=False`` a FIFO nobody reads
    is an error rather than a wait (for an interface that must not hang). On failure,
    WriteError; the old file is then as it was, and no temp file is left, even when an
    exception such as KeyboardInterrupt stops the write."""
    name = os.fspath(path)
    if not name:
        raise WriteError("cannot write: the file name is empty")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(name, "the text holds characters that are not Unicode") from None
    st = _existing(name)
    if st is not None and not stat.S_ISREG(st.st_mode):
        if _write_into(name, data, st, wait):
            return
        try:  # it became a regular file meanwhile: replace that after all
            st = os.stat(name)
        except OSError:
            st = None
    target = os.path.realpath(name) if os.path.islink(name) else name
    _replace(name, target, data, st)


def _existing(name: str) -> os.stat_result | None:
    """What is at ``name`` now (a symlink followed to its target), None for nothing yet;
    WriteError for an empty name, a folder, or a place that cannot be looked at."""
    if not name:
        raise WriteError("cannot write: the file name is empty")
    try:
        st = os.stat(name)
    except FileNotFoundError:
        return None  # a new file, or a link to one
    except OSError as e:
        raise _fail(name, _reason(e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise WriteError(f"{shown(name)}: is a folder; give a file name")
    return st


def check_writable(path: str | os.PathLike[str]) -> None:
    """WriteError now if ``path`` plainly cannot be written later: an empty name, a
    folder, a missing folder or one this user may not write into. Asked before long
    work (a build of thousands of articles) so that a typo in ``-o`` costs a second,
    not the build; ``write_atomic`` still checks everything when it writes."""
    name = os.fspath(path)
    st = _existing(name)
    if st is not None and not stat.S_ISREG(st.st_mode):
        return  # a device or a FIFO is written into, not beside
    target = os.path.realpath(name) if os.path.islink(name) else name
    folder = os.path.dirname(target) or "."
    if not os.path.lexists(folder):
        raise _fail(name, f"no folder {shown(folder)}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _fail(name, "Permission denied")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_into(name: str, data: bytes, st: os.stat_result, wait: bool) -> bool:
    """Write into a device or FIFO; False (nothing written) if ``name`` turned out to
    be a regular file by the time it was opened."""
    flags = os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC | (0 if wait else os.O_NONBLOCK)
    try:
        fd = os.open(name, flags)
    except OSError as e:
        if e.errno == errno.ENXIO and stat.S_ISFIFO(st.st_mode):
            raise _fail(name, "a FIFO that no program is reading") from None
        raise _fail(name, _reason(e)) from None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        os.set_blocking(fd, True)
        _write_all(fd, data)
    except OSError as e:
        raise _fail(name, _reason(e)) from None
    finally:
        os.close(fd)
    return True


def _mode_for(st: os.stat_result | None) -> int:
    """The permissions the file has, or those a new file gets (temp files are private)."""
    if st is not None:
        return st.st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _keep_owner(fd: int, st: os.stat_result | None) -> None:
    """Give the new file the old one's owner and group where we may (root may)."""
    if st is not None and (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, st.st_uid, st.st_gid)
        except OSError:
            pass


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable; a file system that cannot is no error."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace(name: str, target: str, data: bytes, st: os.stat_result | None) -> None:
    """Write a temp file beside ``target`` and rename it onto ``target``."""
    folder = os.path.dirname(target) or "."
    if not os.path.lexists(folder):
        raise _fail(name, f"no folder {shown(folder)}")
    # the name is chosen before the file exists, so that cleanup can never miss it
    tmp: str | None = os.path.join(
        folder, f".{os.path.basename(target)}.{secrets.token_hex(8)}.tmp"
    )
    try:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except FileExistsError:
            tmp = None  # not ours to remove
            raise
        try:
            _write_all(fd, data)
            os.fchmod(fd, _mode_for(st))
            _keep_owner(fd, st)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
        _sync_folder(folder)
    except OSError as e:
        raise _fail(name, _reason(e)) from None
    finally:  # any failure, Ctrl-C or SIGTERM (see cli): no temp file is left behind
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
