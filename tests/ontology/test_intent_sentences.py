"""Announced and refused acts take the specific intent (03x, 13x) or refusal (12x) code of the
act itself, as the CAMEO codebook lists them: "will supply arms" is 0332, not 033; "threatened
to impose an embargo" is 1312, not 131; "refused to send tanks" is 1222, not 121.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import accord
from accord.pipeline import code_text

DATE = "2024-05-01"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return accord.load()


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Russia threatened to impose an embargo on Georgian wine.", "1312"),
        ("Russia will cut diplomatic ties with Lithuania.", "1313"),
        ("China threatened to blockade Taiwan.", "1381"),
        ("Hamas threatened to kidnap Israeli soldiers.", "1383"),
        ("The government will impose a curfew in Dhaka.", "1323"),
        ("The United States will supply arms to Israel.", "0332"),
        ("Japan will provide humanitarian aid to Nepal.", "0333"),
        ("Egypt will ease the curfew in Cairo.", "0351"),
    ],
)
def test_an_announced_act_has_its_specific_intent_or_threat(
    nlp: Language, sentence: str, code: str
) -> None:
    events = code_text(nlp, sentence, date=DATE)
    assert code in [e.cameo for e in events], [(e.cameo, e.evidence.rule) for e in events]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Germany refused to send tanks to Ukraine.", "1222"),
        ("Israel said it will not release the prisoners.", "1243"),
        ("Syria said it will not accept any more refugees.", "122"),
        ("Serbia refused to extradite the suspects to Croatia.", "1213"),
    ],
)
def test_a_refused_act_has_its_specific_rejection(nlp: Language, sentence: str, code: str) -> None:
    events = code_text(nlp, sentence, date=DATE)
    assert code in [e.cameo for e in events], [(e.cameo, e.evidence.rule) for e in events]
