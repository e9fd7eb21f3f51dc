"""Actor and place knowledge: countries, seats of power, organisations, role words, people.

The data files in ``accord/kb/data/`` are versioned; `load_kb` reads them once per process.
"""

from .loader import Entry, KnowledgeBase, LeaderTerm, build_kb, load_kb, normalise
from .resolver import Resolution, resolve_actor, term_on

__all__ = [
    "Entry",
    "KnowledgeBase",
    "LeaderTerm",
    "Resolution",
    "build_kb",
    "load_kb",
    "normalise",
    "resolve_actor",
    "term_on",
]
