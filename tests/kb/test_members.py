"""Membership of international organisations over time: `KnowledgeBase.members_on` and what
`accord kb lookup` shows for an organisation."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from accord.cli import cli
from accord.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_the_uk_is_an_eu_member_until_brexit_and_not_after(kb):
    assert "GBR" in kb.members_on("IGOEUREEC", date(2020, 1, 30))
    assert "GBR" not in kb.members_on("IGOEUREEC", date(2020, 1, 31))
    assert len(kb.members_on("IGOEUREEC", date(2020, 1, 31))) == 27


def test_members_join_on_their_day(kb):
    assert "FIN" not in kb.members_on("IGOWSTNAT", date(2023, 4, 3))
    assert "FIN" in kb.members_on("IGOWSTNAT", date(2023, 4, 4))
    assert "SWE" in kb.members_on("IGOWSTNAT", date(2024, 3, 7))
    assert len(kb.members_on("IGOWSTNAT", date(2024, 3, 7))) == 32


def test_russia_is_in_the_g8_until_its_suspension(kb):
    assert "RUS" in kb.members_on("IGOGOE", date(2013, 6, 1))
    assert kb.members_on("IGOGOE", date(2015, 6, 1)) == ()


def test_without_a_date_the_members_are_those_of_today(kb):
    today = kb.members_on("IGOWAFWAS", None)
    assert not {"MLI", "BFA", "NER"} & set(today)
    assert {"MLI", "BFA", "NER"} <= set(kb.members_on("IGOWAFWAS", date(2020, 1, 1)))


def test_an_organisation_without_member_data_has_no_members(kb):
    assert kb.members_on("IGOUNOWHO", date(2020, 1, 1)) == ()


def test_members_on_gives_sorted_iso3_codes(kb):
    members = kb.members_on("IGOGOS", date(2020, 1, 1))
    assert members == ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA")


def test_kb_lookup_of_an_organisation_lists_its_members_on_the_day():
    runner = CliRunner()
    before = runner.invoke(cli, ["kb", "lookup", "the EU", "--date", "2019-06-01", "--json"])
    after = runner.invoke(cli, ["kb", "lookup", "the EU", "--date", "2021-06-01", "--json"])
    assert before.exit_code == 0 and after.exit_code == 0, before.output + after.output
    assert "GBR" in json.loads(before.stdout)["members"]
    assert "GBR" not in json.loads(after.stdout)["members"]
    text = runner.invoke(cli, ["kb", "lookup", "NATO", "--date", "2024-06-01"])
    assert "members  32 on 2024-06-01: ALB, BEL," in text.stdout


def test_kb_lookup_of_a_country_has_no_members():
    result = CliRunner().invoke(cli, ["kb", "lookup", "France", "--date", "2020-01-01", "--json"])
    assert "members" not in json.loads(result.stdout)


def test_kb_validate_finds_overlapping_membership_spells_and_unknown_members(tmp_path):
    import shutil

    from accord.kb.loader import build_kb, packaged_data_dir
    from accord.kb.validate import validate_kb

    data = tmp_path / "data"
    shutil.copytree(packaged_data_dir(), data)
    with open(data / "igo_members.csv", "a", encoding="utf-8") as fh:
        fh.write("IGOWSTNAT,FRA,2000-01-01,\nIGOWSTNAT,XXX,2000-01-01,\n")
    problems = validate_kb(build_kb(data), data)
    assert "igo_members: IGOWSTNAT FRA: spells from 1949-08-24 and 2000-01-01 overlap" in problems
    assert "igo_members: IGOWSTNAT: unknown country 'XXX'" in problems
    assert validate_kb(build_kb(packaged_data_dir()), packaged_data_dir()) == []
