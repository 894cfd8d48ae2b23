"""Exact counts cached under the data version (migration 0006).

Triggers bump `data_version.version` in the same transaction as every change to the
data, so a count computed after reading version v saw every change up to v: serving it
to any later reader of v is exact. A new commit means a new version and a new key; old
entries age out of the LRU. Concurrent misses of one key compute it once.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

from app.db import driver_rows

T = TypeVar("T")
MAX_ENTRIES = 4096
WAIT_S = 60.0


def data_version(conn: Connection) -> int:
    """The current data version (0 on a database without the row)."""
    rows = driver_rows(conn, "SELECT version FROM data_version WHERE id = 1")
    return int(rows[0][0]) if rows else 0


class CountCache:
    """A bounded LRU of computed values with single-flight misses, safe across threads."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._inflight: dict[Hashable, threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        while True:
            with self._lock:
                if key in self._data:
                    self._data.move_to_end(key)
                    value: T = self._data[key]
                    return value
                pending = self._inflight.get(key)
                if pending is None:
                    pending = self._inflight[key] = threading.Event()
                    break
            # Another thread computes this key: wait for it, then look again (or compute
            # it here when that thread failed).
            if not pending.wait(WAIT_S):
                return compute()
        try:
            value = compute()
            with self._lock:
                self._data[key] = value
                while len(self._data) > self.max_entries:
                    self._data.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._inflight.pop(key, None)
            pending.set()

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


_caches: weakref.WeakKeyDictionary[Engine, CountCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def for_engine(engine: Engine) -> CountCache:
    """The cache of one database (one engine per URL for the life of the process)."""
    with _caches_lock:
        cache = _caches.get(engine)
        if cache is None:
            cache = _caches[engine] = CountCache()
        return cache


def cached_count(conn: Connection, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or its value cached under (key, current data version)."""
    version = data_version(conn)
    return for_engine(conn.engine).get((version, key), compute)
