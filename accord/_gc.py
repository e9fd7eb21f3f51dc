"""Keep the garbage collector's full passes off what loading builds.

A loaded pipeline holds about half a million long-lived objects (the model, the knowledge
base, the patterns, the gazetteer). CPython's collector walks every tracked object in each
full (oldest-generation) pass, so while a corpus is coded each such pass costs a tenth of a
second for objects that live as long as the process. `settle` moves what exists now into the
permanent generation (`gc.freeze`): those objects are still freed by reference counting, only
no longer scanned for cycles.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect the garbage that loading left, then exempt everything still alive from later
    full collections."""
    gc.collect()
    gc.freeze()
