"""Load test of ``accord serve`` on loopback: events pages and dyad series, many at once.

    python bench/load_test.py [--requests 10000] [--concurrency 20] [--reports 200000] [--db FILE]

Builds a store of synthetic reports (the generator of ``bench/store_bench.py``, written
through `Store.write_tables` as an ingest writes them) unless ``--db`` names one, starts
``accord serve`` on a free port of 127.0.0.1 in a subprocess, and sends ``--requests``
requests, ``--concurrency`` at a time, with httpx: half ``/api/events`` pages (filters by
actor, dyad, root, QuadClass and dates, several orders and offsets), half ``/api/series``
(dyads per day, week, month or year). The request list is seeded, so two runs ask the same.

Prints the throughput, p50, p90, p99 and slowest latency of each endpoint and of all, and
the error count (any answer but 200, or no answer), which must be 0: the script exits 1
otherwise. For a ratio measured in the same run it also times the same calls in process
(the `accord.analysis` function on a direct connection, one at a time): the server's p50 over
it is what HTTP, validation, JSON and the thread pool add.

The run is bounded: every request has a timeout, the whole run a deadline (``--deadline``),
and only the loopback address is ever asked.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import COUNTRIES, batches, synthetic  # noqa: E402

from accord.analysis import EventFilter, dyad_series, events  # noqa: E402
from accord.store import Store  # noqa: E402

HOST = "127.0.0.1"


def build_store(path: Path, reports: int) -> None:
    started = time.perf_counter()
    documents, mentions = synthetic(reports)
    with Store(path) as store:
        for doc_batch, mention_batch in batches(documents, mentions, 100_000):
            store.write_tables(doc_batch, mention_batch)
        counts = store.counts()
    print(
        f"store: {counts['mentions']:,} reports, {counts['events']:,} events, built in "
        f"{time.perf_counter() - started:.1f} s"
    )


def request_plan(count: int, seed: int = 11) -> list[tuple[str, dict[str, str]]]:
    """(endpoint, params) for each request: half events pages, half series."""
    rng = random.Random(seed)
    busy = COUNTRIES[:12]  # the generator gives the first countries most events
    plan: list[tuple[str, dict[str, str]]] = []
    for i in range(count):
        a, b = rng.sample(busy, 2)
        if i % 2 == 0:
            params: dict[str, str] = {"limit": str(rng.choice([20, 50, 100]))}
            kind = rng.randrange(5)
            if kind == 0:
                params["actor"] = a
            elif kind == 1:
                params["dyad"] = f"{a},{b}"
            elif kind == 2:
                params["source"] = a
                params["root"] = rng.choice(["14", "17", "18", "19", "04"])
            elif kind == 3:
                params["quad"] = str(rng.randint(1, 4))
                year = rng.randint(2018, 2023)
                params["start"], params["end"] = f"{year}-01-01", f"{year}-06-30"
            params["order"] = rng.choice(["date", "-date", "mentions", "goldstein"])
            params["offset"] = str(rng.choice([0, 0, 0, 100, 1000]))
            plan.append(("/api/events", params))
        else:
            params = {"source": a, "target": b, "freq": rng.choice(["week", "month", "year"])}
            if rng.random() < 0.5:
                params["both_ways"] = "true"
            plan.append(("/api/series", params))
    return plan


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "accord.cli", "serve", "--db", str(db), "--host", HOST,
         "--port", str(port), "--log-level", "warning"],
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"accord serve exited with {process.returncode}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/summary", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("accord serve did not start in 60 s")


async def fire(
    base: str, plan: list[tuple[str, dict[str, str]]], concurrency: int, deadline: float
) -> tuple[dict[str, list[float]], list[str], float]:
    latencies: dict[str, list[float]] = {}
    errors: list[str] = []
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            path, params = queue.get_nowait()
            started = time.perf_counter()
            try:
                response = await client.get(path, params=params)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {path} {params}: {response.text[:200]}")
                else:
                    response.json()
            except httpx.HTTPError as err:
                errors.append(f"{type(err).__name__} {path} {params}")
            latencies.setdefault(path, []).append(time.perf_counter() - started)

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        await asyncio.wait_for(
            asyncio.gather(*(worker(client) for _ in range(concurrency))), timeout=deadline
        )
    return latencies, errors, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def in_process_median(db: Path, plan: list[tuple[str, dict[str, str]]], n: int = 200) -> dict:
    """The median time of the same queries called directly, one at a time."""
    out: dict[str, list[float]] = {}
    with Store(db, read_only=True) as store:
        for path, params in plan[:n]:
            started = time.perf_counter()
            if path == "/api/events":
                dyad = tuple(params["dyad"].split(",")) if "dyad" in params else None
                events(
                    store,
                    EventFilter(
                        actor=params.get("actor"),
                        source=params.get("source"),
                        dyad=dyad,
                        root=params.get("root", ()),
                        quad_class=int(params["quad"]) if "quad" in params else (),
                        start=params.get("start"),
                        end=params.get("end"),
                    ),
                    limit=int(params["limit"]),
                    offset=int(params["offset"]),
                    order=params["order"],
                )
            else:
                dyad_series(
                    store,
                    params["source"],
                    params["target"],
                    freq=params["freq"],
                    directed="both_ways" not in params,
                )
            out.setdefault(path, []).append(time.perf_counter() - started)
    return {path: statistics.median(times) for path, times in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--reports", type=int, default=200_000, help="synthetic reports")
    parser.add_argument("--db", default=None, help="an existing store (default: synthetic)")
    parser.add_argument("--deadline", type=float, default=900, help="seconds for all requests")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.duckdb"
        if not args.db:
            build_store(db, args.reports)
        plan = request_plan(args.requests)
        direct = in_process_median(db, plan)
        port = free_port()
        server = start_server(db, port)
        try:
            latencies, errors, wall = asyncio.run(
                fire(f"http://{HOST}:{port}", plan, args.concurrency, args.deadline)
            )
        finally:
            server.terminate()
            server.wait(timeout=30)

    done = sum(len(v) for v in latencies.values())
    print(
        f"{done:,} requests, {args.concurrency} at a time, in {wall:.1f} s = "
        f"{done / wall:,.0f} requests/s"
    )
    print(f"{'endpoint':<14}{'n':>7}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}"
          f"{'direct p50':>12}{'ratio':>7}")  # fmt: skip
    everything = [t for times in latencies.values() for t in times]
    for path, times in [*sorted(latencies.items()), ("all", everything)]:
        p50 = percentile(times, 0.5)
        alone = direct.get(path)
        ratio = f"{p50 / alone:7.1f}" if alone else ""
        alone_text = f"{alone * 1000:12.1f}" if alone else ""
        print(
            f"{path:<14}{len(times):>7}{p50 * 1000:>9.1f}{percentile(times, 0.9) * 1000:>9.1f}"
            f"{percentile(times, 0.99) * 1000:>9.1f}{max(times) * 1000:>9.1f}"
            f"{alone_text}{ratio}"
        )
    print("ratio: the server's p50 under load over the same query called directly, one at a time")
    print(f"errors: {len(errors)}")
    for error in errors[:10]:
        print(f"  {error}")
    if errors or done < len(plan):
        sys.exit(1)


if __name__ == "__main__":
    main()
