"""Scoring against gold events (``accord.evaluate``) and the ``accord eval`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import accord
from accord.cli import cli
from accord.evaluate import actor_key, error_kinds, gold_convention, pair_events, score
from accord.events import plover_layout

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = {
    "seed": (EVAL / "seed" / "00.txt", EVAL / "seed" / "gold.jsonl"),
    "petr2_gsr": (EVAL / "petr2_gsr" / "input.jsonl", EVAL / "petr2_gsr" / "gold.jsonl"),
    "plover_gsr": (EVAL / "plover_gsr" / "input.jsonl", EVAL / "plover_gsr" / "gold.jsonl"),
}


# --- the definitions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "key"),
    [
        ({"code": "RUSGOV", "country": "RUS"}, "RUS"),
        ("CHNMIL", "CHN"),
        ({"code": "IGOUNO", "country": None}, "IGO:UN"),
        ({"code": "IGOUNOWHO"}, "IGO:WHO"),  # nested organisation codes: the longest known
        ("IGOWSTNAT", "IGO:NATO"),
        ("KOS", "KSV"),  # other coders' codes for the same country
        ({"code": "UKGOV", "country": "UK"}, "GBR"),
        (None, None),
        ("", None),
    ],
)
def test_actors_compare_at_country_level_or_as_a_named_organisation(actor, key) -> None:
    assert actor_key(actor) == key


def test_pairing_is_a_multiset_match_so_a_repeated_event_counts_once_per_gold() -> None:
    gold = [{"source": "RUS", "target": "UKR", "cameo": "190"}]
    pred = [
        {"source": {"code": "RUSMIL", "country": "RUS"}, "target": "UKR", "cameo": "193"},
        {"source": {"code": "RUSMIL", "country": "RUS"}, "target": "UKR", "cameo": "195"},
    ]
    pairs, missed, false_alarms = pair_events(gold, pred, "root")
    assert pairs == [(0, 0)] and missed == [] and false_alarms == [1]
    # at three digits neither 193 nor 195 is the gold's 190
    assert pair_events(gold, pred, "code3")[0] == []


def test_a_gold_igo_without_a_name_matches_any_organisation() -> None:
    gold = [{"source": "IGO", "target": "JPN", "plover": "AGREE"}]
    pred = [{"source": {"code": "IGOAPC"}, "target": {"code": "JPN", "country": "JPN"}}]
    pred[0]["plover"] = {"event_type": "AGREE", "mode": None}
    assert pair_events(gold, pred, "plover")[0] == [(0, 0)]


def test_events_on_a_document_the_gold_has_no_events_for_are_false_alarms() -> None:
    gold = {"a": [{"source": "USA", "target": "CHN", "cameo": "042", "date": None}]}
    pred = {
        "a": [{"source": "USA", "target": "CHN", "cameo": "042", "date": None}],
        "b": [{"source": "USA", "target": "RUS", "cameo": "040", "date": None}],
    }
    report = score(gold, pred)
    assert (report.levels["root"].tp, report.levels["root"].fp) == (1, 1)
    assert report.documents == 2
    assert [case.kind for case in report.errors] == ["false alarm"]


def test_a_level_is_scored_only_where_every_gold_event_carries_its_field() -> None:
    gold = {
        "a": [{"source": "USA", "target": None, "plover": "AGREE", "cameo": "030"}],
        "b": [{"source": "JOR", "target": None, "plover": "AGREE"}],
    }
    assert list(score(gold, {}).levels) == ["plover", "dyad"]
    assert gold_convention(gold) == "plover"
    gold["b"][0]["cameo"] = "030"
    assert list(score(gold, {}).levels) == ["root", "code3", "plover", "dyad"]
    assert gold_convention(gold) == "cameo"


def test_date_accuracy_compares_as_many_characters_as_the_gold_date_has() -> None:
    gold = {
        "a": [
            {"source": "RUS", "target": "IND", "cameo": "042", "date": "2021-12"},
            {"source": "RUS", "target": "USA", "cameo": "041", "date": "2021-12-07"},
        ]
    }
    pred = {
        "a": [
            {"source": "RUS", "target": "IND", "cameo": "042", "date": "2021-12-06"},
            {"source": "RUS", "target": "USA", "cameo": "041", "date": "2021-12-15"},
        ]
    }
    report = score(gold, pred)
    assert (report.date_correct, report.date_total, report.date_accuracy) == (1, 2, 0.5)


# --- the PLOVER layout -------------------------------------------------------------------------


def test_plover_layout_makes_both_sides_of_a_meeting_actors_and_keeps_a_visit_one_event() -> None:
    events = accord.code(
        "Xi Jinping met Vladimir Putin on Monday. Putin visited India. Russia attacked Ukraine.",
        date="2022-02-04",
    )
    cameo = {(e.source.country, e.cameo, e.target.country if e.target else None) for e in events}
    assert {("CHN", "040", "RUS"), ("RUS", "040", "CHN"), ("IND", "043", "RUS")} <= cameo
    plover = [
        (e.source.country, e.cameo, e.target.country if e.target else None)
        for e in plover_layout(events)
    ]
    assert ("CHN", "040", None) in plover and ("RUS", "040", None) in plover
    assert ("RUS", "042", "IND") in plover
    assert not any(code == "043" for _, code, _ in plover)  # the host is the visit's recipient
    assert ("RUS", "180", "UKR") in plover  # one-sided acts keep their recipient


# --- the command, against the reference scorer on the shared sets ------------------------------


def _reference_score(gold: Path, pred: Path) -> dict:
    scorer = EVAL / "score.py"
    result = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", list(SETS))
def test_accord_eval_prints_the_reference_scorers_numbers_on_each_shared_set(
    name: str, tmp_path: Path
) -> None:
    source, gold = SETS[name]
    runner = CliRunner()
    evaluated = runner.invoke(cli, ["eval", "--gold", str(gold), str(source), "--json"])
    report = json.loads(evaluated.stdout.strip().splitlines()[-1])
    convention = report["convention"]
    assert convention == ("plover" if name == "plover_gsr" else "cameo")

    pred = tmp_path / "pred.jsonl"
    coded = runner.invoke(cli, ["code", str(source), "-o", str(pred), "--convention", convention])
    assert pred.stat().st_size > 0, coded.output
    reference = _reference_score(gold, pred)
    for level in ("root", "code3", "plover", "dyad"):
        assert report.get(level) == reference.get(level), level
    assert report.get("date_accuracy") == reference.get("date_accuracy")
    assert report["docs"] == reference["docs"]
    # the targets, under the scores measured when this test was last raised (seed
    # 0.773, petr2 0.613, plover 0.633): a change that loses them fails here
    floor = {"seed": ("root", 0.75), "petr2_gsr": ("root", 0.6), "plover_gsr": ("plover", 0.6)}
    level, minimum = floor[name]
    assert report[level]["f1"] >= minimum, report[level]
    if name == "plover_gsr":
        assert report["dyad"]["f1"] >= 0.6, report["dyad"]  # PLOVER's second target


def test_accord_eval_errors_list_misses_and_false_alarms_with_their_sentences(
    tmp_path: Path,
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc_id": "d1", "source": "RUS", "target": "UKR", "cameo": "190"})
        + "\n"
        + json.dumps({"doc_id": "d2", "source": "FRA", "target": "DEU", "cameo": "042"})
        + "\n"
    )
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "d1", "date": "2022-03-01", "text": "Russia shelled Ukraine."})
        + "\n"
        + json.dumps({"id": "d2", "date": "2022-03-01", "text": "Macron praised Scholz."})
        + "\n"
    )
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold), str(docs), "--errors"])
    assert result.exit_code == 0, result.output
    assert "root   P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)" in result.output
    assert "missed: d2: FRA 042 DEU" in result.output
    assert "false alarm: d2: FRA 051 DEU" in result.output
    assert "Macron praised Scholz." in result.output


def test_each_error_says_what_kind_of_error_it_is() -> None:
    gold = {
        "a": [{"source": "RUS", "target": "UKR", "cameo": "190"}],
        "b": [{"source": "USA", "target": "CHN", "cameo": "042"}],
        "c": [{"source": "FRA", "target": "DEU", "cameo": "040"}],
    }
    pred = {
        "a": [{"source": "RUS", "target": "UKR", "cameo": "112"}],
        "b": [{"source": "USA", "target": None, "cameo": "042"}],
        "d": [{"source": "ISR", "target": "PSE", "cameo": "190"}],
    }
    reasons = {(c.kind, c.doc_id): c.reason for c in score(gold, pred).errors}
    assert reasons == {
        ("missed", "a"): "same actors, another code",
        ("false alarm", "a"): "same actors, another code",
        ("missed", "b"): "same source and code, another target",
        ("false alarm", "b"): "target missing",
        ("missed", "c"): "nothing coded in the document",
        ("false alarm", "d"): "no event in the gold",
    }
    assert error_kinds(score(gold, pred).errors)[0] == ("false alarm: no event in the gold", 1)
