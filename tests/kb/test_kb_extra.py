"""--kb-extra: a user's own knowledge, of any kind the knowledge base has, end to end through
`accord code` and `accord kb`, and the coded message for a bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.cli import cli
from accord.errors import AccordError
from accord.kb.loader import build_kb, extra_kind, packaged_data_dir


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def code(runner, text: str, day: str, *extra: str) -> list[dict]:
    """The events `accord code --all` writes for one text document read from stdin."""
    args = ["code", "-", "--all", "--date", day]
    for path in extra:
        args += ["--kb-extra", path]
    result = runner.invoke(cli, args, input=text)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def dyads(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["source"]["code"], e["target"]["code"] if e["target"] else None) for e in events]


# --- each kind of file, end to end ---------------------------------------------------------

PEOPLE = """kb_id,name,aliases,country,sector,office,start,end
ana-rivera,Ana Rivera,Rivera,CHL,GOV,Interior Minister,2022-03-11,2024-01-01
"""


def test_a_people_file_adds_a_person_with_an_office_on_the_day(runner, tmp_path):
    path = write(tmp_path, "people.csv", PEOPLE)
    text = "Rivera criticised Argentina."
    assert code(runner, text, "2023-01-10") == []
    events = code(runner, text, "2023-01-10", path)
    assert dyads(events) == [("CHLGOV", "ARG")]
    assert events[0]["source"]["name"] == "Ana Rivera (Interior Minister)"
    assert events[0]["source"]["kb_id"] == "person:ana-rivera"
    # after the term the same name is a former official
    assert dyads(code(runner, text, "2025-01-10", path)) == [("CHLELI", "ARG")]


GROUPS = """kb_id,name,aliases,type,country,code,sectors,start,end,note
nlf-mali,Northern Liberation Front,NLF,armed,MLI,MLIREB,REB,2012-01-17,2024-06-01,rebellion
nlf-mali,Northern Liberation Front,,armed,MLI,MLIGOV,GOV,2024-06-01,,took the capital
"""


def test_a_groups_file_adds_an_armed_group_with_its_spells(runner, tmp_path):
    path = write(tmp_path, "groups.csv", GROUPS)
    text = "The Northern Liberation Front accused Niger of war crimes."
    assert dyads(code(runner, text, "2013-02-01")) == []
    events = code(runner, text, "2013-02-01", path)
    assert dyads(events) == [("MLIREB", "NER")]
    assert events[0]["source"]["kb_id"] == "group:nlf-mali"
    assert dyads(code(runner, text, "2025-02-01", path)) == [("MLIGOV", "NER")]


PEOPLE_GROUP = """kb_id,name,aliases,type,country,code,sectors,start,end,note
kalaris,Kalaris,Kalari,armed,MLI,MLIREB,REB,2012-01-17,,rebellion
"""


def test_a_groups_file_tells_a_people_name_for_they(runner, tmp_path):
    # the tagger reads "Kalaris" as a singular name; the user's file knows its singular
    # "Kalari", so "they" is the group, as "the Houthis said they" is with the packaged data
    path = write(tmp_path, "groups.csv", PEOPLE_GROUP)
    text = "The Kalaris said they had seized the town of Kidal from the army."
    assert ("MLIREB", "MLIMIL") in dyads(code(runner, text, "2023-05-01", path))


ALIASES = """alias,of
Hexagon,FRA
the Alliance,IGOWSTNAT
Tahrir Front,group:hts
"""


def test_an_alias_file_gives_more_names_to_countries_organisations_and_groups(runner, tmp_path):
    path = write(tmp_path, "aliases.csv", ALIASES)
    events = code(runner, "Hexagon criticised the Alliance.", "2022-05-01", path)
    assert dyads(events) == [("FRA", "IGOWSTNAT")]
    events = code(runner, "Tahrir Front accused Russia of war crimes.", "2020-05-01", path)
    assert dyads(events) == [("SYRINS", "RUS")]


def test_a_seats_file_adds_a_seat_of_power(runner, tmp_path):
    path = write(tmp_path, "seats.csv", "phrase,iso3,sector\nBellevue Palace,DEU,GOV\n")
    events = code(runner, "Bellevue Palace criticised Russia.", "2022-05-01", path)
    assert dyads(events) == [("DEUGOV", "RUS")]


def test_a_roles_file_adds_a_role_word(runner, tmp_path):
    text = "Italian carabinieri arrested two protesters."
    assert [e["source"]["code"] for e in code(runner, text, "2022-05-01")] != ["ITACOP"]
    path = write(tmp_path, "roles.csv", "word,sector\ncarabinieri,COP\n")
    assert [e["source"]["code"] for e in code(runner, text, "2022-05-01", path)] == ["ITACOP"]


def test_an_igos_file_adds_an_organisation(runner, tmp_path):
    path = write(tmp_path, "igos.csv", "code,name,aliases\nIGOMRC,Mekong River Commission,\n")
    events = code(runner, "The Mekong River Commission criticised Laos.", "2022-05-01", path)
    assert dyads(events) == [("IGOMRC", "LAO")]


def test_kb_lookup_reads_extra_files_too(runner, tmp_path):
    path = write(tmp_path, "groups.csv", GROUPS)
    result = runner.invoke(
        cli, ["kb", "lookup", "NLF", "--date", "2013-02-01", "--json", "--kb-extra", path]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["code"] == "MLIREB"


# --- the kind of a file, from its header --------------------------------------------------


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("kb_id,name,aliases,country,sector,office,start,end", "people"),
        ("kb_id,name,aliases,type,country,code,sectors,start,end,note", "groups"),
        ("kb_id,name,code", "groups"),
        ("phrase,iso3,sector", "seats"),
        ("word,sector", "roles"),
        ("alias,of", "aliases"),
        ("code,name,aliases", "igos"),
    ],
)
def test_the_kind_of_an_extra_file_is_read_from_its_header(tmp_path, header, kind):
    assert extra_kind(Path(write(tmp_path, "extra.csv", header + "\n"))) == kind


# --- bad files: one coded message naming the file and the line ------------------------------


def load_error(tmp_path: Path, name: str, text: str) -> str:
    path = write(tmp_path, name, text)
    with pytest.raises(AccordError) as caught:
        build_kb(packaged_data_dir(), [Path(path)])
    return str(caught.value)


def test_a_file_of_no_known_kind_is_e071_naming_its_columns(tmp_path):
    message = load_error(tmp_path, "mystery.csv", "who,what\nx,y\n")
    assert message.startswith("[E071]")
    assert "mystery.csv" in message and "what, who" in message


@pytest.mark.parametrize(
    ("name", "text", "line", "reason"),
    [
        ("people.csv", PEOPLE.replace("2022-03-11", "2022-13-11"), 2, "bad date '2022-13-11'"),
        ("people.csv", PEOPLE.replace(",2022-03-11", ","), 2, "'start' column is empty"),
        ("people.csv", PEOPLE.replace("CHL,GOV", "CHL,MINISTRY"), 2, "unknown sector 'MINISTRY'"),
        ("groups.csv", GROUPS.replace("MLIGOV,GOV", "MLIREB,GOV"), 3,
         "code 'MLIREB' does not match its country and sectors (MLIGOV)"),
        ("groups.csv", GROUPS.replace("armed,MLI,MLIREB", "armed,XXX,MLIREB"), 2,
         "unknown country 'XXX'"),
        ("groups.csv", GROUPS.replace(",rebellion", ",rebellion, in the north"), 2,
         "cells for 10 columns"),
        ("groups.csv", GROUPS.replace("REB,2012", "REBEL,2012"), 2, "unknown sector 'REBEL'"),
        ("groups.csv", GROUPS.replace("armed,MLI,MLIGOV", "army,MLI,MLIGOV"), 3,
         "unknown type 'army'"),
        ("groups.csv", GROUPS.replace("armed,MLI,MLIGOV,GOV", "region,MLI,SAH,"), 3,
         "a region has a 3-letter code"),
        ("aliases.csv", ALIASES + "Zorbland,ZZZ\n", 5, "unknown 'ZZZ'"),
        ("seats.csv", "phrase,iso3,sector\nBellevue Palace,DEU,PALACE\n", 2,
         "unknown sector 'PALACE'"),
        ("roles.csv", "word,sector,owner\nnaysayers,OPP,against\n", 2,
         "owner 'against': leave it empty or write 'opposed' or 'other'"),
    ],
)  # fmt: skip
def test_a_bad_row_is_e070_naming_the_file_the_line_and_the_fix(tmp_path, name, text, line, reason):
    message = load_error(tmp_path, name, text)
    assert message.startswith(f"[E070] {tmp_path / name}, line {line}: ")
    assert reason in message


def test_accord_code_reports_a_bad_extra_file_and_codes_nothing(runner, tmp_path):
    path = write(tmp_path, "groups.csv", GROUPS.replace("MLIGOV,GOV", "MLIREB,GOV"))
    result = runner.invoke(
        cli, ["code", "-", "--kb-extra", path], input="Hamas fired rockets at Israel."
    )
    assert result.exit_code == 1
    assert "[E070]" in result.output and "line 3" in result.output
    assert result.stdout == ""


# --- accord kb validate ------------------------------------------------------------------


def test_kb_validate_finds_no_problem_in_the_packaged_data(runner):
    result = runner.invoke(cli, ["kb", "validate"])
    assert result.exit_code == 0, result.output
    assert "0 problem(s)" in result.stdout
    assert " groups, " in result.stdout


def test_kb_validate_checks_a_users_files_with_the_packaged_data(runner, tmp_path):
    # a second group called "NLF" at the same time: a name with two meanings
    clash = GROUPS + "other-nlf,National Liberation Forum,NLF,movement,NER,NEROPP,OPP,2015,,\n"
    path = write(tmp_path, "groups.csv", clash)
    result = runner.invoke(cli, ["kb", "validate", "--kb-extra", path])
    assert result.exit_code == 1
    assert "'nlf' names Northern Liberation Front and National Liberation Forum" in result.output


def test_kb_validate_finds_overlapping_spells_of_one_group(runner, tmp_path):
    overlap = GROUPS.replace("MLIGOV,GOV,2024-06-01", "MLIGOV,GOV,2020-06-01")
    path = write(tmp_path, "groups.csv", overlap)
    result = runner.invoke(cli, ["kb", "validate", "--kb-extra", path])
    assert result.exit_code == 1
    assert "group:nlf-mali: spells MLIREB" in result.output and "overlap" in result.output
