"""The event record: its JSON and row forms, its content-hash id, and what default output keeps."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from accord.events import ROW_COLUMNS, Actor, Event, Evidence, is_reported

SENTENCE = (
    "Turkish President Recep Tayyip Erdoğan met Ukrainian President Volodymyr Zelensky and UN "
    "Secretary-General Antonio Guterres in Lviv on Thursday."
)
ERDOGAN = Actor(
    text="Turkish President Recep Tayyip Erdoğan",
    code="TURGOV",
    country="TUR",
    sectors=("GOV",),
    name="Recep Tayyip Erdoğan (President)",
    kb_id="person:recep-tayyip-erdogan",
)
ZELENSKY = Actor(
    text="Ukrainian President Volodymyr Zelensky",
    code="UKRGOV",
    country="UKR",
    sectors=("GOV", "ELI"),
    name="Volodymyr Zelensky (President)",
    kb_id="person:volodymyr-zelensky",
)
VERSIONS = {"ontology": "2026.11.0", "accord": "0.1.0", "kb": "2026.11.0"}


def make_event(**changes) -> Event:
    event = Event(
        doc_id="lviv-talks",
        sentence_index=0,
        source=ERDOGAN,
        target=ZELENSKY,
        cameo="040",
        cameo_root="04",
        cameo_name="Consult",
        quad_class=1,
        goldstein=1.0,
        plover_type="CONSULT",
        plover_mode=None,
        modality="asserted",
        date="2022-08-18",
        date_precision="day",
        pub_date="2022-08-19",
        evidence=Evidence(sentence=SENTENCE, trigger="met", span=(39, 42), rule="040:meet"),
        confidence=0.7,
        versions=dict(VERSIONS),
    )
    return dataclasses.replace(event, **changes)


# --------------------------------------------------------------------------- to_dict / to_json


def test_to_dict_has_the_documented_record_fields():
    record = make_event().to_dict()
    assert {
        "event_id",
        "doc_id",
        "sentence_index",
        "date",
        "date_precision",
        "pub_date",
        "source",
        "target",
        "cameo",
        "cameo_root",
        "cameo_name",
        "quad_class",
        "goldstein",
        "plover",
        "modality",
        "evidence",
        "confidence",
        "versions",
    } <= set(record)


def test_to_dict_nests_actors_plover_and_evidence():
    record = make_event().to_dict()
    assert record["event_id"] == make_event().event_id
    assert record["source"] == {
        "text": "Turkish President Recep Tayyip Erdoğan",
        "name": "Recep Tayyip Erdoğan (President)",
        "code": "TURGOV",
        "country": "TUR",
        "sectors": ["GOV"],
        "kb_id": "person:recep-tayyip-erdogan",
    }
    assert record["target"]["code"] == "UKRGOV" and record["target"]["sectors"] == ["GOV", "ELI"]
    assert record["plover"] == {"event_type": "CONSULT", "mode": None}
    assert record["evidence"] == {
        "sentence": SENTENCE,
        "trigger": "met",
        "span": [39, 42],
        "rule": "040:meet",
    }
    assert record["cameo"] == "040" and record["cameo_root"] == "04"
    assert (record["date"], record["date_precision"], record["pub_date"]) == (
        "2022-08-18",
        "day",
        "2022-08-19",
    )
    assert record["versions"] == VERSIONS


def test_to_dict_target_is_null_for_an_event_without_target():
    record = make_event(target=None, cameo="010", cameo_root="01").to_dict()
    assert record["target"] is None


def test_to_dict_does_not_share_the_versions_dict():
    event = make_event()
    event.to_dict()["versions"]["accord"] = "tampered"
    assert event.versions["accord"] == "0.1.0"


def test_to_json_round_trips_to_the_dict_and_keeps_non_ascii_names():
    event = make_event()
    text = event.to_json()
    assert "\n" not in text
    assert "Erdoğan" in text  # not \u011f escapes
    assert json.loads(text) == event.to_dict()


# --------------------------------------------------------------------------- to_row


def test_to_row_keys_are_the_row_columns_in_order():
    assert list(make_event().to_row()) == list(ROW_COLUMNS)
    assert list(make_event(target=None).to_row()) == list(ROW_COLUMNS)


def test_row_columns_have_no_duplicates():
    assert len(set(ROW_COLUMNS)) == len(ROW_COLUMNS)


def test_to_row_flattens_actors_evidence_and_versions():
    row = make_event().to_row()
    assert row["event_id"] == make_event().event_id
    assert row["source_code"] == "TURGOV" and row["source_country"] == "TUR"
    assert row["source_sectors"] == "GOV"
    assert row["target_sectors"] == "GOV|ELI"
    assert row["target_kb_id"] == "person:volodymyr-zelensky"
    assert row["plover_type"] == "CONSULT" and row["plover_mode"] is None
    assert (row["evidence_start"], row["evidence_end"]) == (39, 42)
    assert row["evidence_sentence"] == SENTENCE and row["evidence_rule"] == "040:meet"
    assert json.loads(row["versions"]) == VERSIONS
    assert row["versions"] == json.dumps(VERSIONS, sort_keys=True)


def test_to_row_leaves_target_columns_empty_without_target():
    row = make_event(target=None).to_row()
    target_columns = [c for c in ROW_COLUMNS if c.startswith("target_")]
    assert target_columns
    assert all(row[c] is None for c in target_columns)


def test_to_row_takes_location_fields_when_present():
    located = make_event(
        location={"name": "Lviv", "country": "UKR", "lat": 49.84, "lon": 24.03}
    ).to_row()
    assert (located["location_name"], located["location_country"]) == ("Lviv", "UKR")
    assert (located["location_lat"], located["location_lon"]) == (49.84, 24.03)
    assert make_event().to_row()["location_name"] is None


# --------------------------------------------------------------------------- event_id


def test_event_id_is_a_16_hex_digit_content_hash():
    event_id = make_event().event_id
    assert len(event_id) == 16
    int(event_id, 16)


def test_equal_content_gives_equal_event_id():
    assert make_event().event_id == make_event().event_id
    # neither the wording of the actor nor the confidence is part of the identity
    reworded = dataclasses.replace(ERDOGAN, text="Erdoğan")
    assert make_event(source=reworded, confidence=0.4).event_id == make_event().event_id


@pytest.mark.parametrize(
    "changes",
    [
        {"doc_id": "lviv-talks-2"},
        {"sentence_index": 3},
        {"cameo": "042", "cameo_root": "04"},
        {"source": dataclasses.replace(ERDOGAN, code="TUR")},
        {"target": dataclasses.replace(ZELENSKY, code="UKR")},
        {"source": ZELENSKY, "target": ERDOGAN},
        {"target": None},
        {"date": "2022-08-17"},
        {"evidence": Evidence(sentence=SENTENCE, trigger="met", span=(140, 143), rule="040:meet")},
    ],
    ids=["doc", "sentence", "code", "source", "target", "direction", "no-target", "date", "span"],
)
def test_event_id_changes_with_what_happened(changes):
    assert make_event(**changes).event_id != make_event().event_id


ID_SCRIPT = """
import importlib.util
spec = importlib.util.spec_from_file_location("record_test", {path!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.make_event().event_id)
"""


def test_event_id_is_stable_across_processes():
    script = ID_SCRIPT.format(tests=os.path.dirname(__file__), path=__file__)
    # a different string-hash seed than this process: the id must not depend on hash()
    seed = "4242" if os.environ.get("PYTHONHASHSEED") != "4242" else "7"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    child = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == make_event().event_id


# --------------------------------------------------------------------------- is_reported


@pytest.mark.parametrize(
    ("modality", "cameo", "kept"),
    [
        ("asserted", "040", True),  # met
        ("intended", "036", True),  # "agreed to meet": the intent is itself an event
        ("denied", "190", False),  # "did not attack"
        ("hypothetical", "190", False),  # "if Russia invades"
        ("asserted", "010", False),  # a bare statement: "the minister said ..."
        ("denied", "010", False),
        ("asserted", "012", True),  # pessimistic comment carries content
        ("asserted", "0874", True),  # four-digit codes are reported like any other
    ],
)
def test_is_reported_keeps_what_happened_as_stated(modality, cameo, kept):
    event = make_event(modality=modality, cameo=cameo, cameo_root=cameo[:2])
    assert is_reported(event) is kept


@pytest.mark.parametrize(
    ("date", "precision", "kept"),
    [
        ("2020", "year", False),  # "which fought a war in 2020", told in a 2023 report
        ("2021", "year", False),  # "in 2021", told in October 2023
        ("2022", "year", True),  # "last year", told in 2023: maybe weeks old
        ("2023", "year", True),
        ("2022-05", "month", False),  # "in May last year"
        ("2022-11", "month", True),
        ("2022-09-01", "day", False),
        ("2023-09-01", "day", True),
        ("2023-10-04", "document", True),
    ],
)
def test_is_reported_leaves_out_history_told_in_passing(date, precision, kept):
    event = make_event(date=date, date_precision=precision, pub_date="2023-10-04")
    assert is_reported(event) is kept
