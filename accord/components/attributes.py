"""The model's attribute rules, applied by lookup (``accord_attributes``).

spaCy's English pipelines map each fine-grained tag to its part of speech and morphology,
and mend a few hundred words ("'s", "a", "the" ...), with an ``attribute_ruler``: a Matcher
run over every document, whose matches set each token's attributes one at a time. That is a
fifth of the small model's time, more than the parser's. Its rules are equality tests on a
token's tag, lower-case form, dependency label and whitespace, alone or for two tokens in a
row; this component compiles them into lookup tables once and writes the same attributes in
one array per document.

It reads the model's own ruler, whatever the model, and takes its place only when every
rule is of that kind (`compile_rules` returns None otherwise and the ruler stays). The
attributes it writes are the ruler's, token for token: rules apply in the ruler's order, a
later one overriding an earlier one, at the index the rule names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import product

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: the token attributes a compiled rule may test, and the array column each is read from
TESTED = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
#: the attributes a compiled rule may set, and the array column each is written to
SET = {"TAG": 0, "POS": 1, "MORPH": 2, "LEMMA": 3, "DEP": 4}
WRITTEN = [TAG, POS, MORPH, LEMMA, DEP]


#: a test of one attribute: equal to a value, one of a set, none of a set, or a pattern
Test = tuple[int, str, object]


@dataclass(frozen=True, slots=True)
class AttributeRule:
    """One rule of the ruler: the tests of each token in a row, which of them it sets, and
    the values it sets (column in `SET` -> value as the array holds it)."""

    order: int
    tokens: tuple[tuple[Test, ...], ...]
    index: int
    values: tuple[tuple[int, int], ...]


class CompiledRules:
    """The ruler's rules, indexed by the values their first token must equal (a set of
    values counting as each of its members), for lookup per token."""

    def __init__(self, rules: Sequence[AttributeRule], vocab: Vocab) -> None:
        self.rules = rules
        self.strings = vocab.strings
        #: columns a first token must equal -> their values -> the rules, in order
        self.by_values: dict[tuple[int, ...], dict[tuple[int, ...], list[AttributeRule]]] = {}
        #: rules whose first token tests no value for equality: asked of every token
        self.scanned: list[AttributeRule] = []
        for rule in rules:
            keyed = [(c, v) for c, kind, v in rule.tokens[0] if kind in ("eq", "in")]
            if not keyed:
                self.scanned.append(rule)
                continue
            columns = tuple(c for c, _ in keyed)
            table = self.by_values.setdefault(columns, defaultdict(list))
            for values in product(*(v if isinstance(v, frozenset) else (v,) for _, v in keyed)):
                table[values].append(rule)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tested = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        matches: list[tuple[int, int, AttributeRule]] = []
        for i, row in enumerate(tested):
            for columns, table in self.by_values.items():
                for rule in table.get(tuple(row[c] for c in columns), ()):
                    if self._fits(rule, tested, i):
                        matches.append((rule.order, i, rule))
            for rule in self.scanned:
                if self._fits(rule, tested, i):
                    matches.append((rule.order, i, rule))
        if not matches:
            return doc
        matches.sort(key=lambda match: (match[0], match[1]))
        rows = doc.to_array(WRITTEN)
        for _, start, rule in matches:
            at = start + rule.index if rule.index >= 0 else start + len(rule.tokens) + rule.index
            for column, value in rule.values:
                rows[at, column] = value
        doc.from_array(WRITTEN, rows)
        return doc

    def _fits(self, rule: AttributeRule, tested: list[list[int]], start: int) -> bool:
        """Whether the tokens from `start` pass all the rule's tests."""
        if start + len(rule.tokens) > len(tested):
            return False
        return all(
            self._passes(tested[start + k][column], kind, value)
            for k, tests in enumerate(rule.tokens)
            for column, kind, value in tests
        )

    def _passes(self, found: int, kind: str, value: object) -> bool:
        if kind == "eq":
            return found == value
        if kind == "in":
            return found in value  # type: ignore[operator]
        if kind == "not_in":
            return found not in value  # type: ignore[operator]
        return value.search(self.strings[found]) is not None  # type: ignore[union-attr]


def compile_rules(patterns: Sequence[Mapping], vocab: Vocab) -> CompiledRules | None:
    """The ruler's patterns (``AttributeRuler.patterns``) compiled, or None when one of them
    tests or sets anything but the attributes of `TESTED` and `SET`, or tests them other
    than by a value, a set of values (IN, NOT_IN) or a pattern (REGEX)."""
    strings = vocab.strings
    rules = []
    for order, pattern in enumerate(patterns):
        attrs = pattern["attrs"]
        if set(attrs) - set(SET):
            return None
        values = []
        for name, value in attrs.items():
            if not isinstance(value, str):
                return None
            if name == "POS":
                if value not in POS_IDS:
                    return None
                values.append((SET[name], POS_IDS[value]))
            elif name == "MORPH":
                values.append((SET[name], vocab.morphology.add(value)))
            else:
                values.append((SET[name], strings.add(value)))
        for tokens in pattern["patterns"]:
            compiled = []
            for token in tokens:
                if not token or set(token) - set(TESTED):
                    return None
                tests = [_test(name, value, strings) for name, value in sorted(token.items())]
                if None in tests:
                    return None
                compiled.append(tuple(tests))
            rules.append(
                AttributeRule(order, tuple(compiled), pattern.get("index", 0), tuple(values))
            )
    return CompiledRules(rules, vocab)


def _test(name: str, value: object, strings: StringStore) -> Test | None:
    """One token attribute's test as the Matcher reads it, over the array's values."""
    column = TESTED[name]
    if name == "IS_SPACE":
        return (column, "eq", int(value)) if isinstance(value, bool) else None
    if isinstance(value, str):
        return (column, "eq", strings.add(value))
    if not isinstance(value, Mapping) or len(value) != 1:
        return None
    ((kind, operand),) = value.items()
    if kind in ("IN", "NOT_IN") and isinstance(operand, list):
        members = frozenset(strings.add(v) for v in operand)
        return (column, kind.lower(), members)
    if kind == "REGEX" and isinstance(operand, str):
        return (column, "regex", re.compile(operand))
    return None


@Language.factory(
    "accord_attributes",
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep"],
    requires=["token.tag", "token.dep"],
    default_config={"patterns": []},
)
def make_attributes(nlp: Language, name: str, patterns: list[dict]) -> CompiledRules:
    compiled = compile_rules(patterns, nlp.vocab)
    if compiled is None:
        raise ValueError("accord_attributes: the patterns test or set other attributes")
    return compiled
