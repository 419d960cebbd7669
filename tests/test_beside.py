"""A call made in a forked copy gives what the call gives here, whatever happens there."""

from __future__ import annotations

import os
import threading
import time

import pytest

from dossier_tui.beside import Beside
from dossier_tui.workers import can_fork

needs_fork = pytest.mark.skipif(not can_fork(), reason="needs fork, and no other thread")


@needs_fork
def test_the_call_is_made_in_a_copy_that_reads_what_this_process_holds():
    held = {"words": list(range(100_000))}  # never sent: the copy has it already
    job = Beside(lambda d: (os.getpid(), sum(d["words"])), held)
    assert job.forked
    pid, total = job.result()
    assert pid != os.getpid() and total == sum(range(100_000))


def _dies_in_the_copy(parent: int) -> str:
    if os.getpid() != parent:
        os._exit(3)  # killed, out of memory: no answer comes
    return "made here"


@needs_fork
def test_a_copy_that_dies_leaves_the_call_to_be_made_here():
    job = Beside(_dies_in_the_copy, os.getpid())
    assert job.forked and job.result() == "made here"


@needs_fork
def test_an_answer_that_cannot_be_sent_is_made_here():
    job = Beside(lambda: (os.getpid(), lambda: None))  # a lambda does not pickle
    pid, fn = job.result()
    assert pid == os.getpid() and callable(fn)


@needs_fork
def test_a_failure_in_the_copy_is_met_here_as_the_call_itself_raises_it():
    def fails(word: str) -> None:
        raise ValueError(f"no {word}")

    with pytest.raises(ValueError, match="no answer"):
        Beside(fails, "answer").result()


@needs_fork
def test_a_copy_given_up_is_ended():
    job = Beside(time.sleep, 60)
    pid = job._proc.pid
    job.cancel()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_without_fork_or_with_threads_the_call_waits_to_be_asked_here():
    calls = []
    job = Beside(lambda: calls.append(os.getpid()) or "done", fork=False)
    assert not job.forked and calls == []
    assert job.result() == "done" and calls == [os.getpid()]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:  # a fork would copy a lock another thread may hold: no copy is made
        assert not Beside(os.getpid).forked
    finally:
        stop.set()
        other.join()
