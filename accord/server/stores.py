"""The server's connections to its store: one per worker thread, and one writer at a time.

A DuckDB connection serves one query at a time, and the server answers requests on a pool
of threads; each thread opens its own `Store` on the same file (DuckDB shares one database
between the connections of a process opened with the same settings). The store is opened
read-only unless the server takes documents (a token is configured); writes then go one at
a time, under `write_lock`.
"""

from __future__ import annotations

import os
import threading

from ..store import Store


class StoreProvider:
    """Per-thread `Store` objects on one file.

    The first store is opened at once, so that a missing, foreign, newer or locked file is
    reported when the server starts, not on its first request.
    """

    def __init__(self, path: str | os.PathLike[str], *, writable: bool = False) -> None:
        self.path = str(path)
        self.writable = writable
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self._opened: list[Store] = []
        self._guard = threading.Lock()
        self._closed = False
        self.get()

    def get(self) -> Store:
        """The calling thread's store (opened on first use)."""
        store = getattr(self._local, "store", None)
        if store is None:
            with self._guard:
                if self._closed:
                    raise RuntimeError("the server's store is closed")
                store = Store(self.path, read_only=not self.writable)
                self._opened.append(store)
            self._local.store = store
        return store

    def close(self) -> None:
        with self._guard:
            self._closed = True
            for store in self._opened:
                store.close()
            self._opened.clear()
