"""News documents shared by the engine tests: real wire-style sentences, with their dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

# Paraphrased wire copy; each one codes to at least one event, except the last two.
SENTENCES = [
    "Putin visited India on Dec 6 for talks with Prime Minister Narendra Modi.",
    "The European Union imposed sanctions on Belarus on Monday.",
    "Russian troops attacked Ukraine on Thursday.",
    "Chinese President Xi Jinping held talks with Putin in a video call on Wednesday.",
    "Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelensky "
    "in Lviv on Thursday, the Turkish presidency said.",
    "Japan pledged humanitarian aid to Turkey after the earthquake.",
    "Poland expelled 45 Russian diplomats on Thursday after a spying row.",
    "French President Emmanuel Macron called Putin on Sunday to discuss the crisis.",
    "Inflation eased to 4 percent in the year to March, the statistics office said.",
    "Heavy rain fell across the region for a third day, flooding roads and fields.",
]


def news_record(number: int) -> dict[str, str]:
    """Document `number` of an endless, deterministic feed: two or three sentences a day."""
    picks = [number % len(SENTENCES), (number * 7 + 3) % len(SENTENCES)]
    if number % 3 == 0:
        picks.append((number * 5 + 1) % len(SENTENCES))
    day = 1 + number % 28
    return {
        "id": f"wire-{number:04d}",
        "date": f"2022-03-{day:02d}",
        "text": " ".join(SENTENCES[i] for i in picks),
    }


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def news_feed():
    """The feed's first `count` documents, as JSON records."""
    return lambda count: [news_record(number) for number in range(count)]


@pytest.fixture
def news_jsonl(tmp_path: Path) -> Path:
    """24 documents, one of them with an impossible date."""
    records = [news_record(n) for n in range(24)]
    records[5]["date"] = "2022-13-45"
    return write_jsonl(tmp_path / "news.jsonl", records)
