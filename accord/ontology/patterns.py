"""Read the verb and noun patterns that map words to CAMEO codes.

``data/patterns.yaml`` carries the version, the format and the word lists the coder's rules
read; ``data/patterns/NN.yaml`` carry the patterns of CAMEO root NN. They are data with a
version: this module checks them (every code exists, every slot is known) and indexes them by
lemma, nothing more.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import AccordError, Errors
from .codebook import Codebook, load_codebook

#: where an actor may stand relative to a trigger (see the header of patterns.yaml)
TARGET_SLOTS = frozenset(
    {"dobj", "dative", "poss", "object_subtree", "clause_subject", "place_object"}
)
PREP_SLOT = "prep:"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way of saying an act: trigger lemmas, constraints, and where the actors stand."""

    rule: str  # a readable id: "042:visit" (code, first lemma, constraint)
    code: str
    pos: str  # "verb" | "noun"
    lemmas: frozenset[str]
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    symmetric: bool = False
    reverse: str | None = None
    requires_target: bool = False
    #: the target must stand in the pattern's own slots, not be found by the fallbacks
    own_target: bool = False
    #: the source must be a security force ("Ukrainian forces crossed into Russia" is an
    #: incursion; refugees crossing into Poland are not)
    armed_source: bool = False
    #: the source must not be: students occupying a building protest, troops take it
    unarmed_source: bool = False
    #: the subject must strike as force: a security force, a name or a weapon ("Russian
    #: missiles struck Kharkiv"; not "Russian gas cuts hit Leipzig hard")
    force_subject: bool = False
    #: the verb must have a subject of its own: "Finland joined NATO"; not "a referendum on
    #: joining the EU" nor "its veto on Sweden joining NATO", a joining only talked of
    own_subject: bool = False
    #: the object must not be another side's: "the Houthis claimed a series of attacks" claims
    #: their own; "Azerbaijan claimed an Armenian attack" alleges another's
    own_object: bool = False
    not_with: frozenset[str] = frozenset()
    example: str | None = None
    #: each preposition with each object ("against travel"): the object may stand after the
    #: pattern's own preposition ("advised against travel to Mali")
    prep_objects: frozenset[str] = field(init=False, repr=False, compare=False)
    #: object constraints are the strongest evidence, then prepositions and modifiers (set
    #: once: the coder ranks patterns and rates each event by it)
    specificity: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pairs = frozenset(f"{prep} {obj}" for prep in self.preps for obj in self.objects)
        object.__setattr__(self, "prep_objects", pairs)
        specificity = 4 * bool(self.objects) + 2 * bool(
            self.preps or self.particles or self.modifiers
        )
        object.__setattr__(self, "specificity", specificity)


@dataclass(frozen=True)
class PatternSet:
    """The patterns indexed by lemma, and the word lists the coder's rules read."""

    version: str
    patterns: tuple[Pattern, ...]
    by_verb: dict[str, tuple[Pattern, ...]]
    by_noun: dict[str, tuple[Pattern, ...]]
    words: dict[str, frozenset[str]]
    #: slots tried, in order, when a pattern's own slots find no target
    fallback_targets: tuple[str, ...] = ()

    def word_list(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


WORD_LISTS = (
    "light_verbs",
    "permitting_verbs",
    "undergo_verbs",
    "denial_verbs",
    "judging_verbs",
    "naming_verbs",
    "force_nouns",
    "mission_words",
    "suicide_attackers",
    "clause_asking_verbs",
    "standing_nouns",
    "lasting_verbs",
    "intention_heads",
    "hypothetical_markers",
    "hypothetical_modals",
    "future_auxiliaries",
    "reporting_verbs",
    "unasserted_heads",
    "place_prepositions",
    "refusal_heads",
    "domestic_codes",
    "state_sectors",
    "demand_modals",
    "appeal_modals",
    "alleging_verbs",
    "located_roots",
    "breach_codes",
    "separate_general_codes",
    "reciprocal_codes",
    "celebrating_verbs",
    "light_phrases",
    "receiving_verbs",
    "giving_verbs",
    "pressing_verbs",
    "own_forces_nouns",
    "threatening_verbs",
    "wishing_verbs",
    "quoting_verbs",
    "event_heads",
    "container_nouns",
    "accusing_verbs",
    "armed_sectors",
    "answering_words",
    "aimed_prepositions",
    "stative_participles",
    "state_roots",
    "peacekeeping_words",
    "agreement_codes",
    "prior_markers",
    "topic_prepositions",
    "weapon_nouns",
    "joint_modifiers",
    "allegiance_words",
    "other_side_nouns",
    "proposal_nouns",
    "summary_nouns",
    "undergone_nouns",
    "cessation_verbs",
    "held_people",
    "foreign_craft",
    "cooperation_roots",
    "conjunct_target_roots",
    "target_lending_codes",
    "nonviolent_force_codes",
    "unspecific_words",
    "contact_verbs",
    "retaliation_words",
    "exchange_nouns",
    "appeal_nouns",
    "answering_roots",
    "consequence_verbs",
    "consequence_nouns",
    "security_sectors",
    "force_foe_sectors",
    "dissent_sectors",
    "part_nouns",
    "goods_nouns",
    "venue_objects",
    "eliciting_verbs",
    "causing_verbs",
    "sanctioning_verbs",
    "commanding_verbs",
    "land_nouns",
    "issuing_verbs",
    "reciprocal_verbs",
    "force_codes",
    "threat_roots",
    "condition_markers",
    "punitive_verbs",
    "phoning_verbs",
    "call_purposes",
    "document_nouns",
    "blocking_verbs",
    "agreement_heads",
    "agreed_between_codes",
    "mediation_words",
    "circumstance_prepositions",
    "ultimatum_consequences",
    "reaction_verbs",
    "referring_determiners",
    "accusation_nouns",
    "disputing_verbs",
    "accusation_roots",
    "offer_nouns",
    "offer_roots",
    "launch_nouns",
    "launch_roots",
    "partner_prepositions",
    "partner_words",
    "warning_verbs",
    "warned_acts",
    "warned_force",
    "aid_codes",
    "dispute_modifiers",
    "placed_roots",
    "given_aid_codes",
    "aid_nouns",
    "aircraft_attack_codes",
    "aircraft_nouns",
    "unflown_craft_modifiers",
    "suicide_residual_codes",
    "sent_abroad_codes",
    "economic_aid_words",
    "military_aid_words",
    "humanitarian_aid_words",
    "official_protest_words",
    "occasion_prepositions",
    "possible_act_words",
    "possibility_nouns",
    "sport_nouns",
    "sport_margins",
    "deliberation_heads",
    "prediction_verbs",
    "forecasters",
    "sport_verbs",
    "inverted_condition_words",
)


def _as_set(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value.lower()})
    return frozenset(str(v).lower() for v in value)


def _pattern(raw: dict[str, Any], where: str, codebook: Codebook) -> Pattern:
    code = str(raw.get("code", ""))
    if code not in codebook:
        raise AccordError(Errors.E022.format(code=code, where=where))
    pos = "verb" if raw.get("verbs") else "noun"
    lemmas = _as_set(raw.get("verbs") or raw.get("nouns"))
    if not lemmas:
        raise AccordError(Errors.E021.format(path=where, reason="a pattern has no verbs or nouns"))
    target = _slots(raw.get("target", ["dobj"] if pos == "verb" else []), where)
    reverse = raw.get("reverse")
    if reverse is not None and str(reverse) not in codebook:
        raise AccordError(Errors.E022.format(code=reverse, where=where))
    objects = _as_set(raw.get("object"))
    preps = _as_set(raw.get("prep"))
    particles = _as_set(raw.get("particle"))
    modifiers = _as_set(raw.get("modifier"))
    constraint = sorted(objects | preps | particles | modifiers)
    # the pattern's name in each event's evidence; a file may name it when the default
    # would repeat another pattern's (a noun and a verb of the same word and constraint)
    rule = str(raw.get("rule") or "") or (
        f"{code}:{sorted(lemmas)[0]}" + (f"+{constraint[0]}" if constraint else "")
    )
    return Pattern(
        rule=rule,
        code=code,
        pos=pos,
        lemmas=lemmas,
        objects=objects,
        preps=preps,
        particles=particles,
        modifiers=modifiers,
        target=target,
        symmetric=bool(raw.get("symmetric", False)),
        reverse=str(reverse) if reverse is not None else None,
        requires_target=bool(raw.get("requires_target", False)),
        own_target=raw.get("requires_target") == "own",
        armed_source=bool(raw.get("armed_source", False)),
        unarmed_source=bool(raw.get("unarmed_source", False)),
        force_subject=bool(raw.get("force_subject", False)),
        own_subject=bool(raw.get("own_subject", False)),
        own_object=bool(raw.get("own_object", False)),
        not_with=_as_set(raw.get("not_with")),
        example=raw.get("example"),
    )


def _slots(raw: Any, where: str) -> tuple[str, ...]:
    slots = tuple(str(slot) for slot in raw or ())
    for slot in slots:
        if slot not in TARGET_SLOTS and not slot.startswith(PREP_SLOT):
            raise AccordError(Errors.E021.format(path=where, reason=f"unknown slot {slot!r}"))
    return slots


def build_patterns(documents: Sequence[dict[str, Any]], codebook: Codebook) -> PatternSet:
    """Index the patterns of one or more parsed pattern files (the first gives the version)."""
    patterns: list[Pattern] = []
    words: dict[str, set[str]] = defaultdict(set)
    fallback_targets: list[str] = []
    for number, document in enumerate(documents):
        where = f"patterns file {number + 1}"
        for index, raw in enumerate(document.get("patterns", [])):
            patterns.append(_pattern(raw, f"{where}, pattern {index + 1}", codebook))
        for name in WORD_LISTS:
            words[name] |= _as_set(document.get(name))
        for slot in _slots(document.get("fallback_targets"), where):
            if slot not in fallback_targets:
                fallback_targets.append(slot)
    by_verb: dict[str, list[Pattern]] = defaultdict(list)
    by_noun: dict[str, list[Pattern]] = defaultdict(list)
    for pattern in patterns:
        index = by_verb if pattern.pos == "verb" else by_noun
        for lemma in pattern.lemmas:
            index[lemma].append(pattern)
    return PatternSet(
        version=str(documents[0].get("version", "0")),
        patterns=tuple(patterns),
        by_verb={k: tuple(v) for k, v in by_verb.items()},
        by_noun={k: tuple(v) for k, v in by_noun.items()},
        words={k: frozenset(v) for k, v in words.items()},
        fallback_targets=tuple(fallback_targets),
    )


def load_patterns(extra: tuple[str, ...] = ()) -> PatternSet:
    """The packaged patterns, plus a user's own pattern files in the same format."""
    # (one cache entry however it is called: "load_patterns()" and "load_patterns(())" are
    # the same files, read once)
    return _load_patterns(tuple(extra))


@functools.cache
def _load_patterns(extra: tuple[str, ...]) -> PatternSet:
    data = resources.files("accord.ontology") / "data"
    documents = [yaml.safe_load((data / "patterns.yaml").read_text(encoding="utf-8"))]
    by_root = sorted(
        (f for f in (data / "patterns").iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name
    )
    documents += [yaml.safe_load(f.read_text(encoding="utf-8")) for f in by_root]
    documents += [_read(Path(p)) for p in extra]
    return build_patterns(documents, load_codebook())


def _read(path: Path) -> dict[str, Any]:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise AccordError(Errors.E021.format(path=path, reason=err)) from err
