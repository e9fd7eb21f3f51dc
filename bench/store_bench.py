"""Store benchmark: ingest 1,000,000 synthetic reports, then time a dyad-month series.

    python bench/store_bench.py [--events 1000000] [--batch 100000] [--db FILE]

Rows are generated (not coded text): CAMEO codes from accord's codebook, 60 countries with
a skewed share of events (so some dyads are busy), 1 to 4 reports per event spread over a
day or two and several publishers, so merging has work to do. Rows go in through the same
path as `accord ingest` (`Store.write_tables`: Arrow batches, one transaction each, merged
as they go).

Prints the ingest rate, then the dyad-month series for the busiest dyad through
`accord.analysis.dyad_series` against hand-written DuckDB SQL on the same ``events`` table:
first the same result (counts per QuadClass, Goldstein sum and mean, shares of all events),
then a bare GROUP BY of the dyad's counts. Times are the median of several runs, measured
in this one run; the ratios are what to compare across machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from accord.analysis import dyad_series
from accord.ontology.codebook import load_codebook
from accord.store import Store

COUNTRIES = (
    "RUS UKR USA CHN IND GBR FRA DEU ISR PSE IRN IRQ SYR TUR SAU EGY PAK AFG JPN KOR PRK "
    "BRA MEX CAN AUS ZAF NGA KEN ETH SDN YEM LBN JOR QAT ARE POL BLR GEO ARM AZE KAZ UZB "
    "VNM THA IDN PHL MMR BGD LKA NPL ESP ITA GRC SRB HUN ROU NLD BEL SWE NOR FIN"
).split()
SECTORS = ("", "GOV", "MIL", "REB", "OPP")
PUBLISHERS = [f"publisher-{i}" for i in range(40)]
FIRST_DAY = dt.date(2018, 1, 1)
DAYS = 6 * 365
REPEATS = 7


def cameo_codes() -> list[dict[str, object]]:
    """The codebook's event codes (roots left out: the coder never emits a bare root)."""
    return [
        {
            "code": c.code,
            "root": c.root,
            "name": c.name,
            "quad_class": c.quad_class,
            "goldstein": c.goldstein,
            "plover_type": c.plover_type,
        }
        for c in load_codebook()
        if c.level > 0
    ]


def synthetic(n: int, seed: int = 7) -> tuple[pa.Table, pa.Table]:
    """`n` reports of about n / 1.9 events, and their documents (4 reports a document)."""
    rng = np.random.default_rng(seed)
    codes = cameo_codes()
    n_events = int(n / 1.9 * 1.02) + 10  # 1.9 reports an event on average; cut to n below
    # a skewed share of events per country: the first few dominate, as in news
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1) ** 1.1
    weights /= weights.sum()
    src_country = rng.choice(len(COUNTRIES), n_events, p=weights)
    tgt_country = (src_country + 1 + rng.choice(len(COUNTRIES) - 1, n_events, p=None)) % len(
        COUNTRIES
    )
    busy = rng.random(n_events) < 0.1  # RUS-UKR both ways: one dyad with a long series
    src_country[busy] = np.where(rng.random(busy.sum()) < 0.7, 0, 1)
    tgt_country[busy] = 1 - src_country[busy]
    src_sector = rng.choice(len(SECTORS), n_events)
    tgt_sector = rng.choice(len(SECTORS), n_events)
    code_index = rng.choice(len(codes), n_events)
    day = rng.integers(0, DAYS, n_events)
    # 1-4 reports per event, some a day later
    reports = rng.choice([1, 2, 3, 4], n_events, p=[0.45, 0.3, 0.15, 0.1])
    event_of = np.repeat(np.arange(n_events), reports)[:n]
    n = len(event_of)
    report_day = day[event_of] + (rng.random(n) < 0.2)
    countries = np.array(COUNTRIES, dtype=object)
    sectors = np.array(SECTORS, dtype=object)
    source_country = countries[src_country[event_of]]
    target_country = countries[tgt_country[event_of]]
    source_code = source_country + sectors[src_sector[event_of]]
    target_code = target_country + sectors[tgt_sector[event_of]]
    table = {key: np.array([c[key] for c in codes], dtype=object) for key in codes[0]}
    chosen = code_index[event_of]
    event_dates = pa.array(
        (np.datetime64(FIRST_DAY) + report_day.astype("timedelta64[D]")).astype("datetime64[D]")
    )
    n_docs = max(1, n // 4)
    doc_of = rng.integers(0, n_docs, n)
    doc_ids = np.char.add("doc-", np.arange(n_docs).astype(str)).astype(object)
    doc_day = report_day + rng.integers(0, 2, n)  # published the same day or the next
    modality = np.where(rng.random(n) < 0.05, "denied", "asserted").astype(object)
    located = rng.random(n) < 0.3
    mentions = pa.table(
        {
            "event_id": np.char.mod("%016x", np.arange(n)).astype(object),
            "doc_id": doc_ids[doc_of],
            "sentence_index": rng.integers(0, 30, n).astype(np.int32),
            "date": event_dates.cast(pa.string()),
            "date_precision": np.full(n, "day", dtype=object),
            "pub_date": pa.array(
                (np.datetime64(FIRST_DAY) + doc_day.astype("timedelta64[D]")).astype(
                    "datetime64[D]"
                )
            ).cast(pa.string()),
            "source_code": source_code,
            "source_country": source_country,
            "source_name": source_country,
            "target_code": target_code,
            "target_country": target_country,
            "target_name": target_country,
            "cameo": table["code"][chosen],
            "cameo_root": table["root"][chosen],
            "cameo_name": table["name"][chosen],
            "quad_class": table["quad_class"][chosen].astype(np.int8),
            "goldstein": table["goldstein"][chosen].astype(np.float64),
            "plover_type": table["plover_type"][chosen],
            "modality": modality,
            "location_lat": np.where(located, rng.uniform(-60, 70, n), np.nan),
            "location_lon": np.where(located, rng.uniform(-180, 180, n), np.nan),
            "evidence_sentence": np.full(
                n, "A synthetic sentence for the benchmark.", dtype=object
            ),
            "confidence": rng.uniform(0.5, 1.0, n),
        }
    )
    # NaN coordinates are "not located": nulls, as the coder writes them
    for name in ("location_lat", "location_lon"):
        column = mentions.column(name)
        index = mentions.schema.get_field_index(name)
        mentions = mentions.set_column(
            index, name, pa.array(column.to_numpy(), mask=np.isnan(column.to_numpy()))
        )
    first_day = np.full(n_docs, DAYS, dtype=np.int64)
    np.minimum.at(first_day, doc_of, doc_day)
    documents = pa.table(
        {
            "doc_id": doc_ids,
            "content_hash": np.char.mod("%040x", np.arange(n_docs)).astype(object),
            "pub_date": pa.array(
                (np.datetime64(FIRST_DAY) + first_day.astype("timedelta64[D]")).astype(
                    "datetime64[D]"
                )
            ),
            "source": np.array(PUBLISHERS, dtype=object)[rng.integers(0, len(PUBLISHERS), n_docs)],
            "n_chars": np.full(n_docs, 2000, dtype=np.int32),
        }
    )
    return documents, mentions


def batches(documents: pa.Table, mentions: pa.Table, size: int):
    """Batches of about `size` reports, each with its documents (split by document)."""
    order = np.argsort(np.array(mentions.column("doc_id").to_pylist(), dtype=object), kind="stable")
    mentions = mentions.take(order)
    doc_column = np.array(mentions.column("doc_id").to_pylist(), dtype=object)
    start = 0
    n = mentions.num_rows
    doc_index = {doc: i for i, doc in enumerate(documents.column("doc_id").to_pylist())}
    while start < n:
        stop = min(n, start + size)
        while stop < n and doc_column[stop] == doc_column[stop - 1]:
            stop += 1
        chunk = mentions.slice(start, stop - start)
        ids = sorted({doc_index[d] for d in doc_column[start:stop]})
        yield documents.take(pa.array(ids)), chunk
        start = stop


def median_time(run, repeats: int = REPEATS) -> float:
    run()  # warm: the first run reads columns from disk
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# The same result as dyad_series, written by hand: counts per QuadClass, Goldstein sum and
# mean, shares of all events (and of each class) in the month, months without events as zeros.
HAND_SAME = """
    WITH base AS (
        SELECT CAST(date_trunc('month', event_date) AS DATE) AS period, quad_class, goldstein,
               (source_country = ? AND target_country = ?) AS in_dyad
        FROM events WHERE reported AND event_date IS NOT NULL
    ), counted AS (
        SELECT period,
               count(*) FILTER (WHERE in_dyad) AS events,
               count(*) FILTER (WHERE in_dyad AND quad_class = 1) AS quad1,
               count(*) FILTER (WHERE in_dyad AND quad_class = 2) AS quad2,
               count(*) FILTER (WHERE in_dyad AND quad_class = 3) AS quad3,
               count(*) FILTER (WHERE in_dyad AND quad_class = 4) AS quad4,
               sum(goldstein) FILTER (WHERE in_dyad) AS goldstein_sum,
               avg(goldstein) FILTER (WHERE in_dyad) AS goldstein_mean,
               count(*) AS all_events,
               count(*) FILTER (WHERE quad_class = 1) AS all1,
               count(*) FILTER (WHERE quad_class = 2) AS all2,
               count(*) FILTER (WHERE quad_class = 3) AS all3,
               count(*) FILTER (WHERE quad_class = 4) AS all4
        FROM base GROUP BY period
    ), months AS (
        SELECT CAST(unnest(generate_series(CAST(min(period) AS TIMESTAMP),
               CAST(max(period) AS TIMESTAMP), INTERVAL 1 month)) AS DATE) AS period
        FROM counted
    )
    SELECT m.period, coalesce(events, 0) AS events, coalesce(quad1, 0) AS quad1,
           coalesce(quad2, 0) AS quad2, coalesce(quad3, 0) AS quad3,
           coalesce(quad4, 0) AS quad4, coalesce(goldstein_sum, 0) AS goldstein_sum,
           goldstein_mean, coalesce(all_events, 0) AS all_events,
           events / nullif(all_events, 0) AS share, quad1 / nullif(all1, 0) AS share_quad1,
           quad2 / nullif(all2, 0) AS share_quad2, quad3 / nullif(all3, 0) AS share_quad3,
           quad4 / nullif(all4, 0) AS share_quad4
    FROM months m LEFT JOIN counted USING (period) ORDER BY m.period
"""
HAND_GROUP_BY = """
    SELECT date_trunc('month', event_date) AS period, count(*) AS events,
           sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
    FROM events
    WHERE reported AND source_country = ? AND target_country = ?
    GROUP BY 1 ORDER BY 1
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="reports to generate")
    parser.add_argument("--batch", type=int, default=100_000, help="reports per transaction")
    parser.add_argument("--db", default=None, help="store file (default: a temporary one)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db or Path(tmp) / "bench.duckdb")
        started = time.perf_counter()
        documents, mentions = synthetic(args.events)
        print(
            f"generated {mentions.num_rows:,} reports in {documents.num_rows:,} documents "
            f"in {time.perf_counter() - started:.1f} s"
        )
        chunks = list(batches(documents, mentions, args.batch))
        with Store(path) as store:
            started = time.perf_counter()
            for doc_batch, mention_batch in chunks:
                store.write_tables(doc_batch, mention_batch)
            elapsed = time.perf_counter() - started
            counts = store.counts()
            print(
                f"ingest: {counts['mentions']:,} reports -> {counts['events']:,} events in "
                f"{elapsed:.1f} s = {counts['mentions'] / elapsed:,.0f} reports/s "
                f"(batches of {args.batch:,}, merged as they go)"
            )
            con = store.con
            # the floor: the same rows into a bare table, no checks, no merging
            started = time.perf_counter()
            con.execute("CREATE TEMP TABLE bare AS SELECT * FROM mentions LIMIT 0")
            for _, mention_batch in chunks:
                con.register("batch_rows", mention_batch)
                con.execute("INSERT INTO bare BY NAME SELECT * FROM batch_rows")
                con.unregister("batch_rows")
            bare_insert = time.perf_counter() - started
            print(
                f"  the same rows as a bare Arrow insert: {bare_insert:.1f} s "
                f"(ingest takes {elapsed / bare_insert:.1f}x that, for dedup and merging)"
            )
            layer = median_time(lambda: dyad_series(store, "RUS", "UKR", freq="month"))
            same = median_time(lambda: con.execute(HAND_SAME, ["RUS", "UKR"]).df())
            bare = median_time(lambda: con.execute(HAND_GROUP_BY, ["RUS", "UKR"]).df())
            series = dyad_series(store, "RUS", "UKR", freq="month")
            by_hand = con.execute(HAND_SAME, ["RUS", "UKR"]).df()
            same_numbers = np.allclose(
                series.drop(columns="period").to_numpy(dtype=float),
                by_hand.drop(columns="period").to_numpy(dtype=float),
                equal_nan=True,
            )
            assert same_numbers, "dyad_series and the hand-written SQL disagree"
            months = len(series)
            dyad = con.execute(
                "SELECT count(*) FROM events WHERE reported AND source_country = 'RUS' "
                "AND target_country = 'UKR'"
            ).fetchall()[0][0]
            print(
                f"dyad-month series RUS->UKR ({dyad:,} events, {months} months), "
                f"median of {REPEATS}:"
            )
            print(f"  accord.analysis.dyad_series      {layer * 1000:8.1f} ms")
            print(
                f"  hand-written SQL, same result    {same * 1000:8.1f} ms   "
                f"ratio {layer / same:.2f}"
            )
            print(
                f"  hand-written bare GROUP BY       {bare * 1000:8.1f} ms   "
                f"ratio {layer / bare:.2f}"
            )


if __name__ == "__main__":
    main()
