"""Peak memory of `accord code --processes N` on a 10,000- and a 100,000-document corpus.

Memory must stay flat with corpus size: documents are read, coded and written as a stream.

    python bench/memory.py                          # 10,000 and 100,000 documents, 2 processes
    python bench/memory.py --sizes 2000 20000 --processes 1

The documents are short generated news briefs (one to three sentences, about 30 words), so
that the 100,000-document run takes minutes rather than hours: about 25 minutes on two busy
cores. Peak memory is sampled from /proc every quarter second over the command's process
and its workers.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402
from rss import TreeSampler  # noqa: E402


def measure(corpus: Path, output: Path, processes: int) -> dict:
    command = [sys.executable, "-m", "accord.cli", "code", str(corpus), "-o", str(output)]
    command += ["--processes", str(processes)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    with TreeSampler(child.pid) as memory:
        child.wait()
    seconds = time.perf_counter() - started
    if child.returncode not in (0, 1):  # 1: some documents failed the reading checks
        sys.exit(f"accord code exited with {child.returncode}")
    return {
        "seconds": seconds,
        "total": memory.peak_total_mb,
        "main": memory.peak_root_mb,
        "worker": memory.peak_other_mb,
        "events": sum(1 for _ in output.open(encoding="utf-8")),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            corpus = Path(folder) / f"news-{size}.jsonl"
            words = write_jsonl(str(corpus), size, sentences=(1, 3))
            result = measure(corpus, Path(folder) / "events.jsonl", args.processes)
            results[size] = result
            print(
                f"{size:>8,} documents ({words:,} words, {corpus.stat().st_size / 2**20:.0f} MB): "
                f"{result['seconds']:7.0f} s, {size / result['seconds']:5.1f} docs/s, "
                f"{result['events']:,} events; peak MB: all processes {result['total']:.0f}, "
                f"main {result['main']:.0f}, largest worker {result['worker']:.0f}",
                flush=True,
            )
    if len(results) > 1:
        small, large = min(results), max(results)
        growth = results[large]["total"] / results[small]["total"]
        print(
            f"peak memory {large:,} / {small:,} documents: {growth:.2f} "
            f"(flat: 1.0; corpus {large / small:.0f} times larger)"
        )


if __name__ == "__main__":
    main()
