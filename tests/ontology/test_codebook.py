"""The CAMEO codebook data and its loader.

Some tests compare our data with the third-party reference tables kept next to the
repository (``../shared/reference``); they are skipped where that folder is absent.
"""

from __future__ import annotations

import csv
import re
from importlib.resources import files
from pathlib import Path

import pytest

from accord.errors import AccordError
from accord.ontology import CameoCode, Codebook, load_codebook

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference"
CAMEO_REFERENCE = REFERENCE / "cameo" / "cameo_event_codes.csv"
PLOVER_MODES = REFERENCE / "plover" / "plover_modes.csv"

CURRENT_PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def _read_reference(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        pytest.skip(f"reference table {path} not available")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook()


@pytest.fixture(scope="module")
def reference_codes() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in _read_reference(CAMEO_REFERENCE)}


@pytest.fixture(scope="module")
def plover_modes() -> dict[str, set[str]]:
    modes: dict[str, set[str]] = {}
    for row in _read_reference(PLOVER_MODES):
        modes.setdefault(row["event"], set()).add(row["mode"])
    return modes


# --- coverage of the CAMEO codebook ----------------------------------------------------


def test_every_reference_code_is_present_with_its_name_level_and_root(
    codebook: Codebook, reference_codes: dict[str, dict[str, str]]
) -> None:
    problems = []
    for code, ref in reference_codes.items():
        if code not in codebook:
            problems.append(f"{code}: missing")
            continue
        ours = codebook[code]
        # names may differ only in the capital of the first word (reference: "fight with ...")
        if ours.name.casefold() != ref["name"].casefold():
            problems.append(f"{code}: name {ours.name!r} != {ref['name']!r}")
        if ours.level != int(ref["level"]):
            problems.append(f"{code}: level {ours.level} != {ref['level']}")
        if ours.root != ref["root_code"]:
            problems.append(f"{code}: root {ours.root} != {ref['root_code']}")
    assert not problems, "\n".join(problems)


def test_codebook_has_exactly_312_codes_in_20_roots(codebook: Codebook) -> None:
    assert len(codebook) == 312
    assert len(list(codebook)) == 312
    by_level = [sum(1 for c in codebook if c.level == level) for level in (0, 1, 2)]
    assert by_level == [20, 147, 145]
    assert sorted(c.code for c in codebook if c.level == 0) == ROOTS
    assert {c.root for c in codebook} == set(ROOTS)


def test_codes_keep_leading_zeros_and_match_their_root_and_level(codebook: Codebook) -> None:
    for entry in codebook:
        assert re.fullmatch(r"\d{2,4}", entry.code)
        assert entry.root == entry.code[:2]
        assert entry.level == len(entry.code) - 2
    assert "010" in codebook and "10" in codebook and "0010" not in codebook


def test_goldstein_values_lie_on_the_minus_10_to_10_scale(codebook: Codebook) -> None:
    assert all(-10.0 <= c.goldstein <= 10.0 for c in codebook)


def test_goldstein_values_are_gdelts_where_gdelt_has_one(
    codebook: Codebook, reference_codes: dict[str, dict[str, str]]
) -> None:
    for code, ref in reference_codes.items():
        if ref["goldstein"]:
            assert codebook[code].goldstein == float(ref["goldstein"]), code


@pytest.mark.parametrize(
    ("roots", "quad_class"),
    [(range(1, 6), 1), (range(6, 10), 2), (range(10, 15), 3), (range(15, 21), 4)],
)
def test_quad_class_follows_the_root(codebook: Codebook, roots: range, quad_class: int) -> None:
    for root in (f"{n:02d}" for n in roots):
        assert {c.quad_class for c in codebook if c.root == root} == {quad_class}, root


# --- PLOVER mapping -----------------------------------------------------------------


def test_plover_types_are_the_16_current_types(codebook: Codebook) -> None:
    types = {c.plover_type for c in codebook} - {None}
    assert types <= CURRENT_PLOVER_TYPES


def test_only_statements_lack_a_plover_type(codebook: Codebook) -> None:
    untyped = {c.code for c in codebook if c.plover_type is None}
    assert untyped == {c.code for c in codebook if c.root == "01"}


def test_plover_modes_are_listed_for_their_type(
    codebook: Codebook, plover_modes: dict[str, set[str]]
) -> None:
    wrong = [
        f"{c.code}: {c.plover_type} {c.plover_mode}"
        for c in codebook
        if c.plover_mode is not None and c.plover_mode not in plover_modes.get(c.plover_type, ())
    ]
    assert not wrong


def test_halted_negotiations_are_a_plover_rejection_of_meeting(codebook: Codebook) -> None:
    # PLOVER: "cancellation of meetings are REJECT", whose mode "meet" is "meetings and
    # negotiations"; talks that failed or were halted (164) are rejected, not sanctions
    assert codebook.plover("164") == ("REJECT", "meet")
    assert codebook.plover("161") == ("SANCTION", "withdraw")


def test_appeals_are_plover_requests_like_demands(codebook: Codebook) -> None:
    for entry in codebook:
        if entry.root in ("02", "10"):
            assert entry.plover_type == "REQUEST", entry.code
    # the appeal mirrors the demand of the same kind
    for appeal, demand in [("0211", "1011"), ("0234", "1034"), ("0243", "1043"),
                           ("0253", "1053"), ("026", "106"), ("028", "108")]:  # fmt: skip
        assert codebook.plover(appeal) == codebook.plover(demand)


def test_yield_splits_into_concede_and_retreat(codebook: Codebook) -> None:
    # the PLOVER manual codes resignations of officials as RETREAT (mode resign), so 0831,
    # yielding by relinquishing power, is RETREAT while the rest of 083 is CONCEDE
    assert codebook.plover("0831") == ("RETREAT", "resign")
    for entry in codebook:
        if entry.code == "0831":
            continue
        if entry.code[:3] in ("081", "082", "083"):
            assert entry.plover_type == "CONCEDE", entry.code
        elif entry.code[:3] in ("084", "085", "086", "087"):
            assert entry.plover_type == "RETREAT", entry.code


def test_investigations_are_accusations_of_mode_investigate(codebook: Codebook) -> None:
    assert {codebook.plover(c.code) for c in codebook if c.root == "09"} == {
        ("ACCUSE", "investigate")
    }


def test_plover_returns_type_and_mode(codebook: Codebook) -> None:
    assert codebook.plover("042") == ("CONSULT", "visit")
    assert codebook.plover("040") == ("CONSULT", None)
    assert codebook.plover("010") == (None, None)


# --- intent codes -----------------------------------------------------------------


def test_every_event_root_has_an_intent_code_in_the_codebook(codebook: Codebook) -> None:
    for root in ROOTS[3:]:  # 04-20
        intent = codebook.intent_code(root)
        assert intent is not None and intent in codebook, root


def test_statements_appeals_and_intents_have_no_intent_code(codebook: Codebook) -> None:
    for code in ("01", "010", "0214", "036", "0356"):
        assert codebook.intent_code(code) is None


def test_intent_codes_are_03x_for_cooperation_and_13x_for_conflict(codebook: Codebook) -> None:
    # 09: CAMEO codes only investigations under way, and an announced conflictual act
    # (Goldstein -2, PLOVER ACCUSE) is a threat; so 09 counts with the conflict roots.
    for root in ROOTS[3:]:
        intent = codebook.intent_code(root)
        assert intent is not None
        expected = "03" if root <= "08" else "13"
        assert codebook[intent].root == expected, (root, intent)


def test_intent_code_falls_back_to_the_root(codebook: Codebook) -> None:
    assert codebook.intent_code("042") == codebook.intent_code("04") == "036"
    assert codebook.intent_code("160") == codebook.intent_code("16") == "131"
    assert codebook.intent_code("200") == "138"


@pytest.mark.parametrize(
    ("code", "intent"),
    [
        # 13x threats mirror the acts of 16x, 17x, 18x, 19x and 20x
        ("161", "1313"), ("162", "1311"), ("1623", "1311"), ("163", "1312"), ("164", "134"),
        ("165", "135"), ("1662", "136"), ("172", "132"), ("1723", "1323"), ("1724", "1324"),
        ("173", "137"), ("183", "1383"), ("1832", "1383"), ("186", "1383"), ("191", "1381"),
        ("192", "1382"), ("195", "1384"), ("2042", "1385"), ("141", "133"),
        # 03x intents mirror the acts of 04x-08x
        ("045", "039"), ("061", "0311"), ("064", "0314"), ("071", "0331"), ("072", "0332"),
        ("073", "0333"), ("074", "0334"), ("0813", "0351"), ("082", "0352"), ("0832", "0342"),
        ("0841", "0353"), ("085", "0354"), ("0862", "0355"), ("0871", "0356"),
    ],
)  # fmt: skip
def test_intent_code_of_a_specific_act_is_the_specific_intent(
    codebook: Codebook, code: str, intent: str
) -> None:
    assert codebook.intent_code(code) == intent


def test_plover_types_follow_the_cameo_root_they_fall_under(codebook: Codebook) -> None:
    # PLOVER's CAMEO root table: destroying property (17) is COERCE, occupying territory
    # (19) and human shields (18) are ASSAULT
    assert codebook.plover("1712")[0] == "COERCE"
    assert codebook.plover("184")[0] == "ASSAULT"
    assert codebook.plover("192")[0] == "ASSAULT"


def test_every_intent_and_refusal_keeps_the_kind_of_act(codebook: Codebook) -> None:
    # a specific intent or refusal is a sub-code of the one its root gives, or its root's
    for entry in codebook:
        if entry.level == 0:
            continue
        for lookup in (codebook.intent_code, codebook.refusal_code):
            specific, general = lookup(entry.code), lookup(entry.root)
            if specific is None or general is None:
                assert specific == general, entry.code
            else:
                assert specific[:2] == general[:2], (entry.code, specific, general)


# --- spot checks ------------------------------------------------------------------


def test_spot_check_041_discuss_by_telephone(codebook: Codebook) -> None:
    assert codebook["041"] == CameoCode(
        code="041",
        root="04",
        level=1,
        name="Discuss by telephone",
        goldstein=1.0,
        quad_class=1,
        plover_type="CONSULT",
        plover_mode="phone",
    )


def test_spot_check_visits_are_consult_visit(codebook: Codebook) -> None:
    assert codebook.plover("042") == ("CONSULT", "visit")
    assert codebook.plover("043") == ("CONSULT", "visit")


def test_spot_check_190_conventional_force_is_material_conflict_assault(
    codebook: Codebook,
) -> None:
    entry = codebook["190"]
    assert (entry.quad_class, entry.plover_type) == (4, "ASSAULT")


def test_spot_check_016_deny_responsibility_goldstein(codebook: Codebook) -> None:
    assert codebook["016"].goldstein == -2.0
    assert codebook["016"].plover_type is None


# --- loader -----------------------------------------------------------------------


def test_unknown_code_raises_key_error_naming_the_code(codebook: Codebook) -> None:
    with pytest.raises(KeyError, match=r"unknown CAMEO code '999'"):
        codebook["999"]
    with pytest.raises(KeyError, match="'21'"):
        codebook.plover("21")
    with pytest.raises(KeyError):
        codebook.intent_code("0000")
    assert "999" not in codebook
    assert 42 not in codebook


def test_load_codebook_is_cached_and_versioned() -> None:
    assert load_codebook() is load_codebook()
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", load_codebook().version)


def test_data_files_are_plain_csv_with_their_header() -> None:
    data = files("accord.ontology").joinpath("data")
    cameo = data.joinpath("cameo.csv").read_text(encoding="utf-8").splitlines()
    assert cameo[0] == "code,root,level,name,goldstein,quad_class,plover_type,plover_mode"
    intent = data.joinpath("intent.csv").read_text(encoding="utf-8").splitlines()
    assert intent[0] == "code,intent_code,refusal_code,note"


@pytest.mark.parametrize(
    ("code", "refusal"),
    [
        ("042", "125"), ("046", "125"), ("045", "126"), ("057", "120"), ("061", "1211"),
        ("062", "1212"), ("064", "121"), ("070", "122"), ("071", "1221"), ("072", "1222"),
        ("073", "1223"), ("074", "1224"), ("080", "124"), ("0811", "1241"), ("0832", "1232"),
        ("0841", "1243"), ("085", "1244"), ("0863", "1245"), ("0871", "1246"), ("036", "125"),
        ("0333", "1223"),
    ],
)  # fmt: skip
def test_a_refused_cooperative_act_has_a_reject_code(code: str, refusal: str) -> None:
    assert load_codebook().refusal_code(code) == refusal


@pytest.mark.parametrize("code", ["190", "1823", "112", "010"])
def test_refusing_a_conflictual_act_or_a_statement_is_no_event(code: str) -> None:
    assert load_codebook().refusal_code(code) is None


def test_codebook_rejects_duplicate_codes_and_dangling_intents() -> None:
    root = CameoCode("04", "04", 0, "CONSULT", 1.0, 1, "CONSULT", None)
    with pytest.raises(AccordError, match="listed twice"):
        Codebook([root, root], {}, "test")
    with pytest.raises(AccordError, match="not in the codebook"):
        Codebook([root], {"04": "036"}, "test")
