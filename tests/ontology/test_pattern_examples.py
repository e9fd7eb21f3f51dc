"""Pattern coverage: every CAMEO code has patterns, and every pattern's example codes to it.

The patterns in ``accord/ontology/data/patterns/NN.yaml`` carry one news sentence each
(``example:``). Each sentence goes through the whole pipeline (parser, actors, coreference,
dates, events) and must yield an event with the pattern's code, fired by that very pattern
(``evidence.rule``). Nothing is filtered: a denied or hypothetical event counts, as with
``accord code --all``.
"""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

import accord
from accord.ontology import Codebook, load_codebook
from accord.ontology.patterns import Pattern, load_patterns
from accord.pipeline import code_text

DATE = "2024-05-01"
PATTERNS: tuple[Pattern, ...] = load_patterns().patterns

#: three-digit codes whose four-digit children the CAMEO manual tells apart by what is asked
#: for, promised, refused, threatened or done (not 144 and 145: the purpose of a blockade or
#: a riot is rarely in the same clause)
FAMILIES = (
    "021", "023", "024", "025", "031", "033", "034", "035", "081", "083", "084", "086", "087",
    "101", "103", "104", "105", "112", "121", "122", "123", "124", "131", "132", "138", "141",
    "142", "143", "162", "166", "171", "172", "182", "183", "204",
)  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> Language:
    return accord.load()


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook()


@pytest.fixture(scope="module")
def covered() -> set[str]:
    return {p.code for p in PATTERNS}


def test_every_pattern_has_an_example_and_its_own_rule_id() -> None:
    # the rule id is how an event names the pattern that fired it, so it must be unambiguous
    assert [p.rule for p in PATTERNS if not p.example] == []
    shared = [rule for rule, n in Counter(p.rule for p in PATTERNS).items() if n > 1]
    assert shared == []


def test_every_three_digit_cameo_code_has_a_pattern(codebook: Codebook, covered: set[str]) -> None:
    three_digit = {c.code for c in codebook if c.level == 1}
    assert len(three_digit) == 147
    assert sorted(three_digit - covered) == []


@pytest.mark.parametrize("family", FAMILIES)
def test_four_digit_codes_of_the_family_have_patterns(
    family: str, codebook: Codebook, covered: set[str]
) -> None:
    children = {c.code for c in codebook if c.level == 2 and c.code.startswith(family)}
    assert len(children) >= 2, f"{family} has no four-digit codes in the codebook"
    assert sorted(children - covered) == []


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.rule for p in PATTERNS])
def test_example_is_coded_by_its_pattern(nlp: Language, pattern: Pattern) -> None:
    events = code_text(nlp, pattern.example or "", date=DATE)
    fired = [(e.cameo, e.evidence.rule) for e in events]
    assert (pattern.code, pattern.rule) in fired, f"{pattern.example!r} coded {fired}"
    event = next(e for e in events if (e.cameo, e.evidence.rule) == (pattern.code, pattern.rule))
    # every event but a bare statement (CAMEO 01) has a PLOVER event type
    assert (event.plover_type is None) == (pattern.code[:2] == "01")
