"""`python -m bench`: run the benchmarks, print tables, save the figures as JSON under bench/results/.

python -m bench                                  # everything: engine, ingest, timeline on both backends
python -m bench timeline --backend postgresql --sizes 10000,1000000
python -m bench ingest --per-client 10           # a quick ingestion run
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"
KINDS = ("engine", "ingest", "profile", "timeline")


def machine() -> dict[str, Any]:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    mem_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )  # fmt: skip
    return {
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg(),
    }


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    rows = [r for r in rows if any(c in r for c in columns[1:])]
    cells = [[_cell(r.get(c, "")) for c in columns] for r in rows]
    widths = [
        max(len(c), *(len(row[i]) for row in cells)) if cells else len(c) for i, c in enumerate(columns)
    ]
    line = "| " + " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) + " |" for row in cells]
    return "\n".join([line, rule, *body])


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if value >= 100 else f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def run_engine() -> dict[str, Any]:
    """bench/engine.py belongs to the engine's owner: run it as it is and read back what it saved."""
    proc = subprocess.run(
        [sys.executable, "-m", "bench.engine"], cwd=Path(__file__).parent.parent, check=False
    )
    saved = RESULTS / "engine.json"
    if proc.returncode != 0 or not saved.exists():
        return {"error": f"bench.engine exited with {proc.returncode}"}
    result: dict[str, Any] = json.loads(saved.read_text())
    return result


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("kinds", nargs="*", metavar="KIND", help=f"any of {', '.join(KINDS)} (default: all)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument(
        "--sizes", default="10000,100000,1000000", help="stored events for the timeline bench"
    )
    parser.add_argument("--requests", type=int, default=300, help="requests per timeline query shape")
    parser.add_argument("--per-client", type=int, default=25, help="articles each ingestion client posts")
    parser.add_argument("--plans", action="store_true", help="print the timeline query plans too")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes for ingestion")
    args = parser.parse_args()
    kinds = args.kinds or list(KINDS)
    if unknown := set(kinds) - set(KINDS):
        parser.error(f"unknown benchmark {', '.join(sorted(unknown))}; choose from {', '.join(KINDS)}")
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    sizes = tuple(int(s) for s in args.sizes.split(","))

    report: dict[str, Any] = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    print(f"machine: {report['machine']}", flush=True)
    if "engine" in kinds:
        report["engine"] = run_engine()
    if "ingest" in kinds:
        from bench.ingest import bench_ingest

        rows = []
        for backend in backends:
            rows += bench_ingest(backend, per_client=args.per_client, workers=args.workers)
        report["ingest"] = rows
        print("\nIngestion (articles of ~5 KB)\n")
        columns = ["backend", "endpoint", "clients", "workers", "articles_per_s", "requests_per_s"]
        print(table(rows, [*columns, "p50_ms", "p99_ms", "peak_rss_mb", "statuses", "note"]), flush=True)
    if "profile" in kinds:
        from bench.profile import profile_ingest

        report["profile"] = [profile_ingest(backend) for backend in backends]
        print("\nWhere one ingestion's time goes (in process, cProfile, ms per ~5 KB article)\n")
        prows = [{"backend": p["backend"], "total": p["profiled_ms_per_article"]} | p["parts_ms_per_article"]
                 for p in report["profile"]]  # fmt: skip
        print(table(prows, list(prows[0])), flush=True)
    if "timeline" in kinds:
        from bench.timeline import bench_timeline

        rows = []
        plans: dict[str, str] = {}
        for backend in backends:
            rows += bench_timeline(backend, sizes, requests=args.requests, plans=plans)
        report["timeline"] = rows
        report["plans"] = plans
        if args.plans:
            for name, plan in plans.items():
                print(f"\n{name}\n{plan}")
        print("\nTimeline reads (pages of 50)\n")
        columns = [
            "backend",
            "events",
            "query",
            "clients",
            "p50_ms",
            "p99_ms",
            "requests_per_s",
            "peak_rss_mb",
        ]
        print(table(rows, columns), flush=True)
    report["load_average_at_end"] = os.getloadavg()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2, default=str))
    print(f"\nload average {report['machine']['load_average_at_start']} -> {report['load_average_at_end']}")
    print(f"saved {out}")


if __name__ == "__main__":
    main()
