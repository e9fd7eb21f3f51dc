"""accord_boilerplate: the lines of a news page that are not news.

Bylines ("By Anna Lee, Reuters"), photo captions, "Advertisement" and "Read more" lines,
copyright notices, and a headline repeated in the body carry no event, or carry one that is
already told: coding them gives false or duplicate events. The rules are data
(``ontology/data/boilerplate.yaml``); this module finds the lines they match, and the events
stage codes nothing from a sentence that lies inside one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from . import BatchedStage, doc_text, register_extensions

register_extensions()

KINDS = ("byline", "caption", "advertisement")
#: no rule in boilerplate.yaml can match a longer line (the longest is a caption of at most
#: 300 characters, a credit of 80 and some punctuation)
LONGEST_RULE_MATCH = 420
REPEATED = "repeated"


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A line (character offsets in the text) that is not news, and what it is."""

    start: int
    end: int
    kind: str  # byline | caption | advertisement | repeated


@dataclass(frozen=True)
class BoilerplateRules:
    version: str
    rules: tuple[tuple[str, re.Pattern[str]], ...]

    def kind_of(self, line: str) -> str | None:
        for kind, rule in self.rules:
            if rule.fullmatch(line):
                return kind
        return None


@functools.cache
def load_rules() -> BoilerplateRules:
    """The packaged rules, compiled once."""
    path = resources.files("accord.ontology") / "data" / "boilerplate.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules = tuple((kind, re.compile(expr)) for kind in KINDS for expr in data.get(kind) or ())
    return BoilerplateRules(str(data.get("version", "0")), rules)


_WORDS = re.compile(r"\w+")


def _normalise(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


def find_boilerplate(
    text: str, title: str | None = None, rules: BoilerplateRules | None = None
) -> list[Boilerplate]:
    """The lines of `text` that are not news: matched by a rule, or repeating the title or an
    earlier line word for word (a headline printed again above the body)."""
    rules = rules or load_rules()
    seen = {_normalise(title)} if title else set()
    found: list[Boilerplate] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        start = offset + (len(raw) - len(raw.lstrip()))
        offset += len(raw)
        if not line:
            continue
        # every rule matches a bounded length: a longer line is a paragraph of news
        kind = rules.kind_of(line) if len(line) <= LONGEST_RULE_MATCH else None
        key = _normalise(line)
        # a line of a few words repeated ("Ukraine", "Reuters") is not a repeated headline
        if kind is None and key in seen and len(key.split()) >= 4:
            kind = REPEATED
        seen.add(key)
        if kind is not None:
            found.append(Boilerplate(start, start + len(line), kind))
    return found


class BoilerplateComponent(BatchedStage):
    """Writes ``doc._.boilerplate``."""

    def __call__(self, doc: Doc) -> Doc:
        underscore = doc._  # (each ``doc._`` builds a new accessor: one for both)
        underscore.boilerplate = find_boilerplate(doc_text(doc), underscore.title)
        return doc


@Language.factory("accord_boilerplate", assigns=["doc._.boilerplate"])
def make_boilerplate(nlp: Language, name: str) -> BoilerplateComponent:
    return BoilerplateComponent()
