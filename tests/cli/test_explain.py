"""`accord explain`: every event told with its sentence, trigger, pattern, actors and date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.cli import cli

ARTICLE = (
    " date 2021-12-15 Russia has denied any plans to attack Ukraine. "
    "Putin will attend the Beijing Olympics, Xi said. "
    "Putin visited India on Dec 6. "
    "Lavrov said the economy was growing."
)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explain") / "summit.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def explained(article: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["explain", str(article), "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def _by_trigger(explained: list[dict], word: str) -> dict:
    return next(e for e in explained if e["trigger"].startswith(repr(word)))


def test_each_event_names_its_trigger_pattern_and_sentence(explained: list[dict]) -> None:
    visit = _by_trigger(explained, "visited")
    assert "pattern 042:" in visit["trigger"]
    assert visit["sentence"] == "Putin visited India on Dec 6."
    hosted = next(e for e in explained if "042:" in e["trigger"] and "IND" in e["source"][:20])
    assert hosted["code"].startswith("the other side of 042, coded as 043")


def test_a_person_is_explained_by_the_office_held_on_the_day(explained: list[dict]) -> None:
    visit = _by_trigger(explained, "visited")
    assert "'Putin' is RUSGOV" in visit["source"]
    assert "President of RUS" in visit["source"]
    assert "'India' is IND" in visit["target"]


def test_the_date_says_which_words_gave_it_or_that_it_fell_back(explained: list[dict]) -> None:
    assert "'Dec 6' in its clause" in _by_trigger(explained, "visited")["date"]
    assert "the document's date" in _by_trigger(explained, "denied")["date"]


def test_an_announced_act_says_it_is_coded_as_an_intent(explained: list[dict]) -> None:
    attend = _by_trigger(explained, "attend")
    assert attend["modality"] == "intended: announced with 'will'"
    assert attend["code"] == "044 announced, not done: coded as intent 036"


def test_events_left_out_by_default_are_explained_and_flagged(explained: list[dict]) -> None:
    said = _by_trigger(explained, "said")
    assert said["reported"] is False  # a bare statement (010)
    assert _by_trigger(explained, "denied")["reported"] is True  # the denial itself is an act


def test_event_option_explains_one_event_by_its_id(article: Path, explained: list[dict]) -> None:
    wanted = _by_trigger(explained, "visited")["event_id"]
    result = CliRunner().invoke(cli, ["explain", str(article), "--event", wanted])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"event {wanted} in summit: RUSGOV 042 IND")
    assert result.output.count("\nevent ") == 0  # only the one asked for
    assert "  sentence  Putin visited India on Dec 6." in result.output


def test_an_unknown_event_id_is_an_error(article: Path) -> None:
    result = CliRunner().invoke(cli, ["explain", str(article), "--event", "0000000000000000"])
    assert result.exit_code == 1
    assert "no event 0000000000000000 in the input" in result.output
