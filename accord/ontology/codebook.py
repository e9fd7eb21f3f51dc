"""The CAMEO event codebook and its mapping to PLOVER, read from the package data.

The data lives in ``accord/ontology/data``:

- ``cameo.csv``: one row per CAMEO event code (20 roots, 147 three-digit and 145
  four-digit codes) with its name, Goldstein value, QuadClass and PLOVER type and mode;
- ``intent.csv``: for an event root, three-digit or four-digit code, the CAMEO code used
  when that kind of act is only announced or intended ("will visit" is 036, "will impose an
  embargo" 1312, "will supply arms" 0332), and for cooperative acts the code used when it is
  refused ("will not meet" is 125, "refused to release" 1243); the longest listed prefix of a
  code decides, its root when nothing longer is listed;
- ``VERSION``: the version of the data.

Use :func:`load_codebook` to get the (cached) codebook.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import files

from accord.errors import AccordError, Errors

__all__ = ["PLOVER_TYPES", "CameoCode", "Codebook", "UnknownCodeError", "load_codebook"]

PLOVER_TYPES: frozenset[str] = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
"""The 16 event types of current PLOVER."""

_DATA_PACKAGE = "accord.ontology"
_DATA_DIR = "data"
_CAMEO_FILE = "cameo.csv"
_INTENT_FILE = "intent.csv"
_VERSION_FILE = "VERSION"
_CAMEO_COLUMNS = (
    "code", "root", "level", "name", "goldstein", "quad_class", "plover_type", "plover_mode",
)  # fmt: skip
_INTENT_COLUMNS = ("code", "intent_code", "refusal_code", "note")
_CODE_RE = re.compile(r"\d{2,4}")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code.

    Attributes:
        code: the code as a string with its leading zeros, e.g. ``"042"``.
        root: the two-digit root (cue category) the code belongs to, e.g. ``"04"``.
        level: 0 for a root, 1 for a three-digit code, 2 for a four-digit code.
        name: the standard CAMEO name, e.g. ``"Make a visit"`` (roots in capitals).
        goldstein: the Goldstein conflict-cooperation value (-10 to 10) used by GDELT.
        quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
            4 material conflict (GDELT convention, fixed by the root).
        plover_type: the PLOVER event type, or None (CAMEO 01 statements have none).
        plover_mode: the PLOVER mode of that type, or None when no mode fits the code.
    """

    code: str
    root: str
    level: int
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


class UnknownCodeError(KeyError, AccordError):
    """A CAMEO code that is not in the codebook."""

    def __str__(self) -> str:
        # KeyError would show the message in quotes; show it as written.
        return str(self.args[0]) if self.args else ""


class Codebook:
    """All CAMEO event codes, looked up by their code string.

    >>> codebook = load_codebook()
    >>> codebook["042"].name
    'Make a visit'
    >>> codebook.plover("042")
    ('CONSULT', 'visit')
    >>> codebook.intent_code("042")
    '036'
    """

    __slots__ = ("version", "_codes", "_intents", "_refusals")

    version: str
    """The version of the codebook data, e.g. ``"2026.11.0"``."""

    def __init__(
        self,
        codes: Iterable[CameoCode],
        intents: Mapping[str, str],
        version: str,
        refusals: Mapping[str, str] | None = None,
    ) -> None:
        """Build a codebook.

        Args:
            codes: every code, roots included.
            intents: event code (a root, or a longer code) -> the code used for announced or
                intended acts of that kind; the longest listed prefix of a code applies.
            version: the version of the data.
            refusals: event code -> the code used when an act of that kind is refused.

        Raises:
            AccordError: if a code is listed twice, a code's root is missing, or an intent
                refers to an unknown code.
        """
        self.version = version
        self._codes: dict[str, CameoCode] = {}
        for code in codes:
            if code.code in self._codes:
                raise AccordError(_data_error(_CAMEO_FILE, f"code {code.code!r} listed twice"))
            self._codes[code.code] = code
        for code in self._codes.values():
            if code.root not in self._codes:
                raise AccordError(
                    _data_error(_CAMEO_FILE, f"code {code.code!r} has no root {code.root!r}")
                )
        refusals = refusals or {}
        for key, intent in [*intents.items(), *refusals.items()]:
            if key not in self._codes:
                raise AccordError(_data_error(_INTENT_FILE, f"{key!r} is not a CAMEO code"))
            if intent not in self._codes:
                raise AccordError(
                    _data_error(_INTENT_FILE, f"intent code {intent!r} is not in the codebook")
                )
        self._intents: dict[str, str] = dict(intents)
        self._refusals: dict[str, str] = dict(refusals)

    def __getitem__(self, code: str) -> CameoCode:
        """Return the entry for ``code`` (e.g. ``"0214"``).

        Raises:
            UnknownCodeError: a KeyError naming the code, if it is not a CAMEO event code.
        """
        try:
            return self._codes[code]
        except (KeyError, TypeError):
            where = f"the CAMEO codebook (version {self.version})"
            raise UnknownCodeError(Errors.E022.format(code=code, where=where)) from None

    def __contains__(self, code: object) -> bool:
        """Whether ``code`` is a CAMEO event code of this codebook."""
        return isinstance(code, str) and code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        """Iterate over all codes in codebook order (each root followed by its codes)."""
        return iter(self._codes.values())

    def __len__(self) -> int:
        """The number of codes, roots included."""
        return len(self._codes)

    def __repr__(self) -> str:
        return f"<Codebook version={self.version!r} codes={len(self)}>"

    def intent_code(self, code: str) -> str | None:
        """The code for an announced or intended act of the kind ``code`` describes.

        The longest listed prefix of the code decides, the root when nothing longer is
        listed: "will visit" (042) is 036, "will impose an embargo" (163) 1312, "will supply
        arms" (072) 0332, "will cut diplomatic ties" (161) 1313, "plans to impose sanctions"
        (160) 131. None for roots 01-03, which are statements, appeals and expressions of
        intent already.

        Raises:
            UnknownCodeError: if ``code`` is not in the codebook.
        """
        return _by_prefix(self._intents, self[code].code)

    def refusal_code(self, code: str) -> str | None:
        """The code for refusing an act of the kind ``code`` describes ("will not meet" is
        125, "refused to lift sanctions" 1244, "refused to send arms" 1222), or None where a
        refusal is no event of its own (refusing to attack is not a conflict). The longest
        listed prefix of the code decides, as for :meth:`intent_code`.

        Raises:
            UnknownCodeError: if ``code`` is not in the codebook.
        """
        return _by_prefix(self._refusals, self[code].code)

    def plover(self, code: str) -> tuple[str | None, str | None]:
        """The PLOVER ``(event type, mode)`` for ``code``; either can be None.

        Raises:
            UnknownCodeError: if ``code`` is not in the codebook.
        """
        entry = self[code]
        return entry.plover_type, entry.plover_mode


@functools.cache
def load_codebook() -> Codebook:
    """Read the codebook from the package data (once; later calls return the same object).

    Raises:
        AccordError: if a data file is missing or malformed (message code E021).
    """
    version = _read_data(_VERSION_FILE).strip()
    if not version:
        raise AccordError(_data_error(_VERSION_FILE, "empty version"))
    codes = _parse_codes(_read_data(_CAMEO_FILE))
    intents, refusals = _parse_intents(_read_data(_INTENT_FILE))
    return Codebook(codes, intents, version, refusals)


def _read_data(name: str) -> str:
    """Return the text of a data file of the package."""
    try:
        return files(_DATA_PACKAGE).joinpath(_DATA_DIR).joinpath(name).read_text(encoding="utf-8")
    except OSError as error:
        raise AccordError(_data_error(name, f"cannot read: {error}")) from error


def _data_error(name: str, reason: str) -> str:
    """The E021 message for a problem in the data file ``name``."""
    return Errors.E021.format(path=f"{_DATA_PACKAGE}/{_DATA_DIR}/{name}", reason=reason)


def _rows(text: str, name: str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number, row)`` for each row of a CSV text with exactly ``columns``."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != columns:
        raise AccordError(
            _data_error(name, f"columns {reader.fieldnames} instead of {list(columns)}")
        )
    for row in reader:
        if None in row or None in row.values():
            raise AccordError(_data_error(name, f"line {reader.line_num}: wrong number of fields"))
        yield reader.line_num, row


def _parse_codes(text: str) -> list[CameoCode]:
    """Parse and check the rows of ``cameo.csv``."""
    codes = []
    for line, row in _rows(text, _CAMEO_FILE, _CAMEO_COLUMNS):
        try:
            codes.append(_parse_code(row))
        except ValueError as error:
            raise AccordError(_data_error(_CAMEO_FILE, f"line {line}: {error}")) from None
    return codes


def _parse_code(row: dict[str, str]) -> CameoCode:
    """Build one :class:`CameoCode` from a row of ``cameo.csv``.

    Raises:
        ValueError: if a field is malformed or inconsistent with the others.
    """
    code = row["code"]
    if not _CODE_RE.fullmatch(code):
        raise ValueError(f"code {code!r} is not 2 to 4 digits")
    level, quad_class = int(row["level"]), int(row["quad_class"])
    goldstein = float(row["goldstein"])
    if row["root"] != code[:2] or level != len(code) - 2:
        raise ValueError(f"root {row['root']!r} or level {level} does not match code {code!r}")
    if not row["name"]:
        raise ValueError(f"code {code!r} has no name")
    if not -10.0 <= goldstein <= 10.0:
        raise ValueError(f"Goldstein value {goldstein} of {code!r} is outside -10..10")
    if quad_class not in (1, 2, 3, 4):
        raise ValueError(f"QuadClass {quad_class} of {code!r} is not 1-4")
    plover_type, plover_mode = row["plover_type"] or None, row["plover_mode"] or None
    if plover_type is not None and plover_type not in PLOVER_TYPES:
        raise ValueError(f"{plover_type!r} is not a PLOVER event type")
    if plover_mode is not None and plover_type is None:
        raise ValueError(f"PLOVER mode {plover_mode!r} of {code!r} has no event type")
    return CameoCode(
        code=code,
        root=row["root"],
        level=level,
        name=row["name"],
        goldstein=goldstein,
        quad_class=quad_class,
        plover_type=plover_type,
        plover_mode=plover_mode,
    )


def _by_prefix(table: Mapping[str, str], code: str) -> str | None:
    """The value of the longest prefix of ``code`` (at least its root) listed in ``table``."""
    for end in range(len(code), 1, -1):
        found = table.get(code[:end])
        if found is not None:
            return found
    return None


def _parse_intents(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """Parse ``intent.csv`` into (code -> intent code, code -> refusal code)."""
    intents: dict[str, str] = {}
    refusals: dict[str, str] = {}
    seen: set[str] = set()
    for line, row in _rows(text, _INTENT_FILE, _INTENT_COLUMNS):
        code, intent, refusal = row["code"], row["intent_code"], row["refusal_code"]
        if code in seen:
            raise AccordError(_data_error(_INTENT_FILE, f"line {line}: code {code!r} twice"))
        seen.add(code)
        if intent:
            intents[code] = intent
        if refusal:
            refusals[code] = refusal
    return intents, refusals
