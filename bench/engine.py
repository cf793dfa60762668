"""Speed of the temporal engine against dateparser's search_dates, on the TimeML news corpora.

Reads the text of the TimeBank and AQUAINT documents (tags stripped) from /work/shared/data/timeml (never
copied into the repo), runs `app.temporal.extract` over all of it and `dateparser.search.search_dates` over
a bounded sample (it is far slower), prints KB/s for both and the ratio, and saves the figures to
bench/results/engine.json. Run as `python -m bench.engine [CORPUS_DIR ...]`.

Speeds are bytes of UTF-8 text per second of this process's CPU time (`time.process_time`), so they measure
one core even when the machine is busy; wall-clock figures are printed alongside. dateparser runs with
settings RELATIVE_BASE only (it then detects the language itself, as in the measurement quoted in the
project brief).
"""

from __future__ import annotations

import argparse
import html
import json
import platform
import re
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.temporal import extract

DEFAULT_CORPORA = [Path("/work/shared/data/timeml/timebank"), Path("/work/shared/data/timeml/aquaint")]
RESULTS = Path(__file__).parent / "results" / "engine.json"
DATEPARSER_SAMPLE_BYTES = 30_000
ENGINE_ROUNDS = 3
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
ANCHOR = datetime(1998, 1, 8, 12, 0, tzinfo=ZoneInfo("UTC"))


def corpus_texts(folders: list[Path]) -> list[str]:
    texts = []
    for folder in folders:
        for path in sorted(folder.rglob("*.tml")):
            found = _TEXT.search(path.read_text(encoding="utf-8"))
            if found:
                texts.append(html.unescape(_TAG.sub("", found.group(1))))
    return texts


def _size_kb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1000


def time_engine(texts: list[str]) -> tuple[float, float, int]:
    """Best CPU and wall time over a few rounds, and the number of mentions found."""
    best_cpu = best_wall = float("inf")
    mentions = 0
    for _ in range(ENGINE_ROUNDS):
        cpu, wall = time.process_time(), time.perf_counter()
        mentions = sum(len(extract(t, ANCHOR, "UTC")) for t in texts)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall, mentions


def time_dateparser(texts: list[str]) -> tuple[float, float, int, list[str]]:
    from dateparser.search import search_dates

    sample: list[str] = []
    size = 0
    for text in texts:
        if size >= DATEPARSER_SAMPLE_BYTES:
            break
        sample.append(text)
        size += len(text.encode("utf-8"))
    settings = {"RELATIVE_BASE": ANCHOR.replace(tzinfo=None)}
    cpu, wall = time.process_time(), time.perf_counter()
    found = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text in sample:
            found += len(search_dates(text, settings=settings) or [])  # type: ignore[arg-type]
    return time.process_time() - cpu, time.perf_counter() - wall, found, sample


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.engine", description=__doc__.split("\n")[0])
    parser.add_argument(
        "corpora", nargs="*", type=Path, metavar="CORPUS_DIR", help="folders searched for .tml files"
    )
    args = parser.parse_args(argv)
    folders = args.corpora or DEFAULT_CORPORA
    texts = corpus_texts(folders)
    if not texts:
        parser.error(f"no TimeML <TEXT> found under {', '.join(map(str, folders))}")
    engine_kb = _size_kb(texts)
    engine_s, engine_wall, engine_mentions = time_engine(texts)
    dp_s, dp_wall, dp_found, sample = time_dateparser(texts)
    dp_kb = _size_kb(sample)
    engine_rate = engine_kb / engine_s
    dp_rate = dp_kb / dp_s
    rows = [
        ("engine (app.temporal.extract)", engine_kb, engine_s, engine_wall, engine_mentions, engine_rate),
        ("dateparser.search.search_dates", dp_kb, dp_s, dp_wall, dp_found, dp_rate),
    ]
    print(f"{'extractor':32} {'KB':>8} {'cpu s':>8} {'wall s':>8} {'found':>6} {'KB/s':>9} {'KB/s wall':>10}")
    for name, kb, seconds, wall, found, rate in rows:
        print(f"{name:32} {kb:8.1f} {seconds:8.3f} {wall:8.3f} {found:6d} {rate:9.1f} {kb / wall:10.1f}")
    print(f"ratio engine/dateparser: {engine_rate / dp_rate:.0f}x  (dateparser on a {dp_kb:.0f} KB sample)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "corpora": [str(f) for f in folders],
                "documents": len(texts),
                "engine": {
                    "kb": engine_kb,
                    "cpu_seconds": engine_s,
                    "wall_seconds": engine_wall,
                    "mentions": engine_mentions,
                    "kb_per_s": engine_rate,
                },
                "dateparser": {
                    "kb": dp_kb,
                    "cpu_seconds": dp_s,
                    "wall_seconds": dp_wall,
                    "found": dp_found,
                    "kb_per_s": dp_rate,
                },
                "ratio": engine_rate / dp_rate,
                "machine": {
                    "python": sys.version.split()[0],
                    "platform": platform.platform(),
                    "processor": _cpu_model(),
                },
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
