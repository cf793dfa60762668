"""News-like articles of about 5 KB with dates in them, made from templates and seeded random choices.

Nothing here comes from a real corpus: the sentences are templates filled with places, organisations,
people and time expressions of every class the engine handles (explicit dates, weekdays, deictic
words, parts of day, decades, ranges, narrative "two days later").
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

PLACES = [
    "Lisbon", "Nairobi", "Ottawa", "Osaka", "Lyon", "Valparaíso", "Tbilisi", "Perth", "Bergen", "Accra",
    "the northern province", "the river valley", "the capital", "the coastal town", "the border region",
]  # fmt: skip
ORGS = [
    "the city council", "the health ministry", "the central bank", "the port authority", "the union",
    "the electoral commission", "the national weather service", "the regional court", "the railway operator",
    "the university hospital", "the energy regulator", "the football federation",
]  # fmt: skip
PEOPLE = [
    "the mayor", "the prime minister", "a spokeswoman", "the finance minister", "the chief engineer",
    "the coach", "a senior judge", "the company's founder", "the opposition leader", "an aid worker",
]  # fmt: skip
TOPICS = [
    ("flood", "The floodwaters"), ("strike", "The strike"), ("election", "The election"),
    ("bridge", "The bridge"), ("trial", "The trial"), ("storm", "The storm"), ("budget", "The budget"),
    ("vaccine", "The vaccination campaign"), ("merger", "The merger"), ("festival", "The festival"),
    ("earthquake", "The earthquake"), ("drought", "The drought"),
]  # fmt: skip
VERBS_PAST = [
    "announced", "confirmed", "reported", "warned", "said", "denied", "acknowledged", "revealed",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
PARTS_OF_DAY = ["morning", "afternoon", "evening", "night"]
NUMBERS = ["two", "three", "four", "five", "ten"]


def time_expression(rng: random.Random, published: datetime) -> str:
    """One time expression of a random class, plausible for an article published at `published`."""
    year = published.year
    kind = rng.random()
    if kind < 0.22:
        return f"on {rng.choice(WEEKDAYS)}"
    if kind < 0.34:
        return rng.choice(["yesterday", "today", "tomorrow", "last week", "next month", "this year"])
    if kind < 0.52:
        return f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}"
    if kind < 0.60:
        return f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year - rng.randint(0, 3)}"
    if kind < 0.66:
        return f"{rng.choice(['on', 'last', 'next'])} {rng.choice(WEEKDAYS)} {rng.choice(PARTS_OF_DAY)}"
    if kind < 0.74:
        return f"in {rng.choice(MONTHS)}"
    if kind < 0.82:
        return f"in {year - rng.randint(1, 30)}"
    if kind < 0.86:
        return f"in the {(year - rng.randint(10, 80)) // 10 * 10}s"
    if kind < 0.90:
        first = year - rng.randint(3, 25)
        return f"from {first} to {first + rng.randint(1, 6)}"
    if kind < 0.95:
        return f"{rng.choice(NUMBERS)} days later"
    return f"at {rng.randint(1, 11)} {rng.choice(['a.m.', 'p.m.'])} on {rng.choice(WEEKDAYS)}"


def sentence(rng: random.Random, published: datetime, topic: tuple[str, str]) -> str:
    """A news sentence with one or two time expressions in it."""
    word, subject = topic
    when = time_expression(rng, published)
    template = rng.randrange(8)
    if template == 0:
        text = (
            f"{rng.choice(PEOPLE).capitalize()} {rng.choice(VERBS_PAST)} {when} that the {word} "
            f"had affected {rng.randint(2, 900)} families in {rng.choice(PLACES)}."
        )
    elif template == 1:
        text = (
            f"{subject} began {when}, {rng.choice(ORGS)} said, and officials expect it to last until "
            f"{rng.choice(MONTHS)} {rng.randint(1, 28)}."
        )
    elif template == 2:
        text = (
            f"{when.capitalize()}, {rng.choice(ORGS)} met in {rng.choice(PLACES)} to discuss the "
            f"{word} and its cost, estimated at {rng.randint(2, 95)} million."
        )
    elif template == 3:
        text = (
            f"According to {rng.choice(ORGS)}, the last comparable {word} in {rng.choice(PLACES)} "
            f"happened {when}."
        )
    elif template == 4:
        text = (
            f"\u201cWe did not expect this,\u201d {rng.choice(PEOPLE)} told reporters {when}, adding "
            f"that {rng.choice(ORGS)} would publish its findings {time_expression(rng, published)}."
        )
    elif template == 5:
        text = (
            f"Residents of {rng.choice(PLACES)} were asked to stay indoors {when} while crews "
            f"cleared roads damaged by the {word}."
        )
    elif template == 6:
        text = (
            f"The {word} was first reported {when}; {rng.choice(PEOPLE)} visited the site "
            f"{time_expression(rng, published)}."
        )
    else:
        text = (
            f"{rng.choice(ORGS).capitalize()} {rng.choice(VERBS_PAST)} that {rng.randint(3, 70)} "
            f"percent of the budget for the {word} had been spent by {rng.choice(MONTHS)}."
        )
    return text


@dataclass(frozen=True, slots=True)
class BenchArticle:
    title: str
    body: str
    published_at: datetime
    source: str
    url: str

    def as_json(self) -> dict[str, str]:
        return {
            "title": self.title,
            "body": self.body,
            "published_at": self.published_at.isoformat(),
            "source": self.source,
            "url": self.url,
        }


SOURCES = [f"source-{i:02d}" for i in range(20)]


def article(rng: random.Random, n: int, *, size: int = 5000, run: str = "bench") -> BenchArticle:
    """Article number n of a run, about `size` characters of body, published between 2016 and 2026."""
    published = datetime(2016, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(10 * 365 * 86400))
    topic = rng.choice(TOPICS)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        para = " ".join(sentence(rng, published, topic) for _ in range(rng.randint(2, 4)))
        paragraphs.append(para)
        length += len(para) + 2
    body = "\n\n".join(paragraphs)
    title = f"{topic[1]} in {rng.choice(PLACES)}: {rng.choice(ORGS)} {rng.choice(VERBS_PAST)} new measures"
    source = SOURCES[min(int(rng.paretovariate(1.2)) - 1, len(SOURCES) - 1)]
    return BenchArticle(title, body, published, source, f"https://{source}.example/{run}/{n}")
