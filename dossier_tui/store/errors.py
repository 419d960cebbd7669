"""The one error the store raises."""

from __future__ import annotations


class StoreError(Exception):
    """A timeline file that cannot be read or written; the message says where and why,
    on one line (YAML's own messages span several)."""

    def __init__(self, message: str):
        super().__init__(" ".join(message.split()))
