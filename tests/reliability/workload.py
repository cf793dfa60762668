"""Concurrent clients for the live-server tests: posts (some duplicates), batches and timeline reads."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def make_article(n: int) -> dict[str, Any]:
    day = 1 + n % 28
    return {
        "title": f"Council report {n}",
        "body": (
            f"The council met on {WEEKDAYS[n % 5]} to discuss the budget. "
            f"The vote is due on {MONTHS[n % 6]} {day}, 2023, officials said yesterday. "
            f"Work began in {2000 + n % 20} and will end next year."
        ),
        "published_at": f"2022-0{1 + n % 9}-{day:02d}T09:30:00+02:00",
        "url": f"https://load.example/{n}",
        "source": f"source-{n % 3}",
    }


@dataclass
class Tally:
    """What the clients saw, shared between their threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter[int] = field(default_factory=Counter)
    transport_errors: int = 0
    requests: int = 0
    acknowledged: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> the article as acknowledged
    acknowledged_numbers: set[int] = field(default_factory=set)
    server_errors: list[str] = field(default_factory=list)

    def record(self, response: httpx.Response) -> None:
        with self.lock:
            self.requests += 1
            self.statuses[response.status_code] += 1
            if response.status_code >= 500 and response.status_code != 503:
                self.server_errors.append(
                    f"{response.request.method} {response.request.url}: {response.text[:300]}"
                )

    def acknowledge(self, number: int, article: dict[str, Any]) -> None:
        with self.lock:
            self.acknowledged[article["id"]] = article
            self.acknowledged_numbers.add(number)


def run_clients(
    base_url: str,
    tally: Tally,
    *,
    clients: int,
    seconds: float,
    pool: int,
    stop: threading.Event | None = None,
    seed: int = 0,
    headers: dict[str, str] | None = None,
) -> None:
    """`clients` threads for `seconds` (or until `stop`), drawing articles from `pool` numbers."""
    stop = stop or threading.Event()
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        with httpx.Client(base_url=base_url, timeout=30, headers=headers or {}) as http:
            while time.monotonic() < deadline and not stop.is_set():
                roll = rng.random()
                try:
                    if roll < 0.45:
                        n = rng.randrange(pool)  # a small pool: duplicates and races on the same article
                        extra = {"Idempotency-Key": uuid.uuid4().hex} if rng.random() < 0.3 else {}
                        r = http.post("/v1/articles", json=make_article(n), headers=extra)
                        tally.record(r)
                        if r.status_code in (200, 201):
                            tally.acknowledge(n, r.json())
                    elif roll < 0.55:
                        numbers = [rng.randrange(pool) for _ in range(rng.randint(1, 5))]
                        r = http.post("/v1/articles/batch", json=[make_article(n) for n in numbers])
                        tally.record(r)
                        if r.status_code == 200:
                            for n, item in zip(numbers, r.json()["results"], strict=True):
                                if item["status"] in (200, 201):
                                    tally.acknowledge(n, item["article"])
                    elif roll < 0.85:
                        tally.record(http.get("/v1/timeline", params={"limit": rng.choice([10, 50, 200])}))
                    else:
                        tally.record(http.get("/v1/articles", params={"limit": 20}))
                except httpx.TransportError:
                    with tally.lock:
                        tally.transport_errors += 1
                    time.sleep(0.05)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def stored_articles(base_url: str) -> list[dict[str, Any]]:
    """Every stored article, full (with events), walking the list's cursor."""
    out: list[dict[str, Any]] = []
    with httpx.Client(base_url=base_url, timeout=30) as http:
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 500} | ({"cursor": cursor} if cursor else {})
            page = http.get("/v1/articles", params=params).json()
            out += [http.get(f"/v1/articles/{a['id']}").json() for a in page["articles"]]
            cursor = page["next_cursor"]
            if not cursor:
                return out


def expected_spans(base_url: str, article: dict[str, Any]) -> set[tuple[int, int, str]]:
    """The events a fresh run of the engine finds for the article: (start, end, TIMEX3 value)."""
    payload = {"text": article["body"], "anchor": article["published_at"]}
    if article.get("timezone") and "/" in article["timezone"]:
        payload["timezone"] = article["timezone"]
    mentions = httpx.post(f"{base_url}/v1/normalize", json=payload, timeout=30).json()["mentions"]
    return {
        (m["expression"]["start"], m["expression"]["end"], m["timex"]["value"])
        for m in mentions
        if m["start"] is not None and m["end"] is not None and m["granularity"] is not None
    }


def event_spans(article: dict[str, Any]) -> set[tuple[int, int, str]]:
    return {
        (e["expression"]["start"], e["expression"]["end"], e["timex"]["value"]) for e in article["events"]
    }


def check_nothing_lost_or_half_stored(base_url: str, tally: Tally) -> list[dict[str, Any]]:
    """Every acknowledged article is stored with the events it was acknowledged with; no article is stored
    twice; every stored article has all the events the engine finds in it."""
    stored = stored_articles(base_url)
    by_id = {a["id"]: a for a in stored}
    for article_id, acknowledged in tally.acknowledged.items():
        assert article_id in by_id, f"acknowledged article {article_id} is missing"
        assert event_spans(by_id[article_id]) == event_spans(acknowledged)
    urls = Counter(a["url"] for a in stored)
    assert max(urls.values(), default=1) == 1, [u for u, c in urls.items() if c > 1]
    for article in stored:
        assert event_spans(article) == expected_spans(base_url, article), (
            f"article {article['id']} is half-stored"
        )
    return stored
