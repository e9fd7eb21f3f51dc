"""Generate news-like documents for the benchmarks: wire-style sentences about real leaders.

Sentences are drawn from templates filled with countries, leaders in office in 2023, and
verbs accord codes (meetings, visits, sanctions, attacks, accusations, aid), mixed with
sentences that carry no event (economy, weather, sport), as a news feed does. The generator
is seeded, so two runs give the same corpus.

    python bench/corpus.py 10000 > /tmp/news-10k.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys

# (demonym, country name, capital, leader phrase) with leaders in office all through 2023
COUNTRIES = [
    ("Russian", "Russia", "Moscow", "Russian President Vladimir Putin"),
    ("Chinese", "China", "Beijing", "Chinese President Xi Jinping"),
    ("American", "the United States", "Washington", "U.S. President Joe Biden"),
    ("Indian", "India", "New Delhi", "Indian Prime Minister Narendra Modi"),
    ("Turkish", "Turkey", "Ankara", "Turkish President Recep Tayyip Erdogan"),
    ("Ukrainian", "Ukraine", "Kyiv", "Ukrainian President Volodymyr Zelensky"),
    ("French", "France", "Paris", "French President Emmanuel Macron"),
    ("German", "Germany", "Berlin", "German Chancellor Olaf Scholz"),
    ("British", "Britain", "London", "British Prime Minister Rishi Sunak"),
    ("Japanese", "Japan", "Tokyo", "Japanese Prime Minister Fumio Kishida"),
    ("South Korean", "South Korea", "Seoul", "South Korean President Yoon Suk Yeol"),
    ("Italian", "Italy", "Rome", "Italian Prime Minister Giorgia Meloni"),
    ("Canadian", "Canada", "Ottawa", "Canadian Prime Minister Justin Trudeau"),
    ("Australian", "Australia", "Canberra", "Australian Prime Minister Anthony Albanese"),
    ("South African", "South Africa", "Pretoria", "South African President Cyril Ramaphosa"),
    ("Mexican", "Mexico", "Mexico City", "Mexican President Andres Manuel Lopez Obrador"),
    ("Iranian", "Iran", "Tehran", "Iranian officials"),
    ("Israeli", "Israel", "Jerusalem", "Israeli officials"),
    ("Egyptian", "Egypt", "Cairo", "Egyptian officials"),
    ("Brazilian", "Brazil", "Brasilia", "Brazilian officials"),
    ("Polish", "Poland", "Warsaw", "Polish officials"),
    ("Kenyan", "Kenya", "Nairobi", "Kenyan officials"),
    ("Pakistani", "Pakistan", "Islamabad", "Pakistani officials"),
    ("Saudi", "Saudi Arabia", "Riyadh", "Saudi Crown Prince Mohammed bin Salman"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROLES = ["foreign minister", "defence minister", "prime minister", "president"]

# {a}/{b}: leader phrases; {A}/{B}: country names; {da}/{db}: demonyms; {cb}: b's capital
EVENT_SENTENCES = [
    "{a} met {b} in {cb} on {day}.",
    "{a} visited {B} on {day} for talks on trade and security.",
    "{a} held talks with {b} on {day}, the {da} foreign ministry said.",
    "{A} imposed sanctions on {B} on {day}.",
    "{da} troops attacked {db} positions near the border on {day}, officials said.",
    "{a} condemned {B} for the missile strikes, calling them a violation of international law.",
    "{a} accused {B} of interfering in its internal affairs.",
    "{A} signed an agreement with {B} on energy cooperation on {day}.",
    "{a} praised {B} for its role in the negotiations.",
    "{A} expelled {db} diplomats on {day} after a spying row.",
    "{A} pledged humanitarian aid to {B} after the earthquake.",
    "The {da} {role} criticized {B} over its human rights record on {day}.",
    "{a} called {b} on {day} to discuss the crisis.",
    "{A} threatened to cut gas supplies to {B}.",
    "{da} police arrested {db} protesters outside the embassy in {ca} on {day}.",
]
FILLER_SENTENCES = [
    "The {da} economy grew by {n} percent last year, the statistics office said.",
    "Heavy rain fell across the region for a third day, flooding roads and fields.",
    "Shares in {da} banks rose {n} percent in early trading.",
    "The national football team won its qualifying match {n}-1.",
    "Analysts said the talks could take months to produce results.",
    "Inflation eased to {n} percent in the year to March.",
    "The ministry did not give further details.",
    "Thousands of people gathered in the centre of {ca} for the annual festival.",
]


def news_documents(count: int, *, seed: int = 7, sentences: tuple[int, int] = (3, 6)):
    """`count` documents as dicts with id, date, title and text, the same for the same seed."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 2)
    for number in range(count):
        parts = [_sentence(rng, EVENT_SENTENCES)]
        for _ in range(rng.randint(*sentences) - 1):
            templates = EVENT_SENTENCES if rng.random() < 0.5 else FILLER_SENTENCES
            parts.append(_sentence(rng, templates))
        day = start + dt.timedelta(days=rng.randrange(330))
        yield {
            "id": f"news-{number:06d}",
            "date": day.isoformat(),
            "title": parts[0][:60],
            "text": " ".join(parts),
        }


def _sentence(rng: random.Random, templates: list[str]) -> str:
    (da, a_name, ca, a), (db, b_name, cb, b) = rng.sample(COUNTRIES, 2)
    sentence = rng.choice(templates).format(
        a=a,
        b=b,
        A=a_name,
        B=b_name,
        da=da,
        db=db,
        ca=ca,
        cb=cb,
        day=rng.choice(WEEKDAYS),
        role=rng.choice(ROLES),
        n=rng.randint(2, 9),
    )
    return sentence[0].upper() + sentence[1:]


def write_jsonl(
    path: str, count: int, *, seed: int = 7, sentences: tuple[int, int] = (3, 6)
) -> int:
    """Write `count` documents to `path` as JSON lines; returns the number of words."""
    words = 0
    with open(path, "w", encoding="utf-8") as handle:
        for record in news_documents(count, seed=seed, sentences=sentences):
            words += len(record["text"].split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 1000
    for record in news_documents(count):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
