"""The model's attribute rules applied by lookup give what the model's ruler gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language

import accord
from accord.components.attributes import compile_rules
from accord.pipeline import DEFAULT_MODEL

SENTENCES = [
    "Russia has denied plans to attack Ukraine, and the Kremlin blamed Kyiv for the shelling.",
    "Xi said he'd attend the Beijing Olympics, though the US won't send officials.",
    "Iran's foreign minister, who's in Moscow, said that it wasn't the time for talks.",
    "  Police fired tear gas at protesters in Nairobi on Tuesday.\n\nMore than 20 were hurt.",
    "Hamas isn't ready, y'all, an official told AFP; nothin' was agreed.",
    "Were China to invade Taiwan, Japan would intervene, the prime minister said.",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    model = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    return model, accord.load()


def test_the_pipeline_puts_the_compiled_rules_in_the_place_of_the_ruler(pair) -> None:
    _, nlp = pair
    assert "attribute_ruler" not in nlp.pipe_names
    names = nlp.pipe_names
    assert names.index("parser") < names.index("accord_attributes") < names.index("lemmatizer")


@pytest.mark.parametrize("text", SENTENCES)
def test_each_token_gets_the_attributes_the_models_ruler_gives(pair, text: str) -> None:
    model, nlp = pair
    expected = model(text).to_array([TAG, POS, MORPH, LEMMA, DEP]).tolist()
    assert nlp(text).to_array([TAG, POS, MORPH, LEMMA, DEP]).tolist() == expected


def test_rules_of_another_kind_are_not_compiled(pair) -> None:
    model, _ = pair
    patterns = [*model.get_pipe("attribute_ruler").patterns]
    assert compile_rules(patterns, model.vocab) is not None
    # a Matcher operator, or an attribute the compiled rules do not read, keeps the ruler
    repeated = {"patterns": [[{"LOWER": "the", "OP": "+"}]], "attrs": {"POS": "DET"}}
    assert compile_rules([*patterns, repeated], model.vocab) is None
    shaped = {"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "PROPN"}}
    assert compile_rules([*patterns, shaped], model.vocab) is None
