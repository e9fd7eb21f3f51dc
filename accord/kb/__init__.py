"""Actor and place knowledge: countries, seats of power, organisations, groups, role words,
people.

The data files in ``accord/kb/data/`` are versioned; `load_kb` reads them once per process.
"""

from .loader import (
    Entry,
    GroupSpell,
    KnowledgeBase,
    LeaderTerm,
    Membership,
    build_kb,
    load_kb,
    normalise,
)
from .resolver import Resolution, resolve_actor, spell_on, term_on

__all__ = [
    "Entry",
    "GroupSpell",
    "KnowledgeBase",
    "LeaderTerm",
    "Membership",
    "Resolution",
    "build_kb",
    "load_kb",
    "normalise",
    "resolve_actor",
    "spell_on",
    "term_on",
]
