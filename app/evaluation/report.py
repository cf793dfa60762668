"""Plain-text rendering of scores and error groups for the terminal, and their JSON form."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.evaluation.errors import ErrorGroup, ErrorKind
from app.evaluation.scoring import Counts, Scores

_HEADER = (
    f"{'corpus':<12} {'docs':>5} {'gold':>5} {'sys':>5} │ {'strict P':>8} {'R':>5} {'F1':>5} │"
    f" {'relaxed P':>9} {'R':>5} {'F1':>5} │ {'type F1':>7} {'value F1':>8} │ {'mod acc':>7} │ {'KB/s':>6}"
)
LENIENT_NOTE = (
    "value F1 lenient (ours, not TempEval-3): 199≡199X, 19≡19XX, TEV≡TNI, 1968-XX≡1968, W6≡W06;"
    " gold values null/empty left out"
)


def _percent(value: float) -> str:
    return f"{100 * value:.1f}"


def score_row(name: str, counts: Counts) -> str:
    s = Scores.from_counts(counts)
    mod = _percent(s.mod_accuracy) if counts.mod_judged else "-"
    return (
        f"{name:<12} {counts.docs:>5} {counts.gold:>5} {counts.system:>5} │ {_percent(s.strict_precision):>8}"
        f" {_percent(s.strict_recall):>5} {_percent(s.strict_f1):>5} │ {_percent(s.relaxed_precision):>9}"
        f" {_percent(s.relaxed_recall):>5} {_percent(s.relaxed_f1):>5} │ {_percent(s.type_f1):>7}"
        f" {_percent(s.value_f1):>8} │ {mod:>7} │ {s.kilobytes_per_second:>6.0f}"
    )


def score_table(rows: Sequence[tuple[str, Counts]]) -> str:
    lines = [_HEADER, "─" * len(_HEADER)]
    lines += [score_row(name, counts) for name, counts in rows]
    lines.append("")
    lines.append(
        "mod acc: over relaxed matches where the gold or the system has a mod (not part of TempEval-3)"
    )
    lines.append(LENIENT_NOTE + ":")
    lines.append(
        "  "
        + ", ".join(
            f"{name} {_percent(Scores.from_counts(counts).lenient_value_f1)}" for name, counts in rows
        )
    )
    problems = [
        f"{name}: {c.rejected} mentions dropped (bad or overlapping spans)" for name, c in rows if c.rejected
    ] + [
        f"{name}: {c.failures} documents not annotated (engine error or bad creation time)"
        for name, c in rows
        if c.failures
    ]
    if problems:
        lines.append("")
        lines += [f"warning: {problem}" for problem in problems]
    return "\n".join(lines)


def _show(value: str | None) -> str:
    return "-" if value is None else repr(value)


def error_listing(
    groups: Mapping[ErrorKind, Sequence[ErrorGroup]],
    limit: int,
    examples: int,
    kinds: Sequence[ErrorKind] = tuple(ErrorKind),
) -> str:
    lines: list[str] = []
    for kind in kinds:
        kind_groups = groups.get(kind, [])
        errors = sum(g.count for g in kind_groups)
        lines.append(
            f"\n== {kind}: {errors} in {len(kind_groups)} groups" + (f", top {limit}" if limit else "")
        )
        for group in kind_groups[:limit]:
            lines.append(f"{group.count:>6}  {group.key}")
            for e in group.examples[:examples]:
                if kind is ErrorKind.MISSED:
                    detail = f"gold {e.gold_type} {_show(e.gold_value)}"
                elif kind is ErrorKind.SPURIOUS:
                    detail = f"system {e.system_type} {_show(e.system_value)}"
                elif kind is ErrorKind.SPAN:
                    detail = f"gold {_show(e.gold_text)} system {_show(e.system_text)}"
                elif kind is ErrorKind.TYPE:
                    detail = f"gold {e.gold_type} system {e.system_type} ({_show(e.gold_value)})"
                else:
                    detail = f"gold {_show(e.gold_value)} system {_show(e.system_value)}"
                lines.append(f"          {e.doc}: {detail}  …{e.context}…")
    return "\n".join(lines)


def json_report(
    rows: Sequence[tuple[str, Counts]],
    groups: Mapping[ErrorKind, Sequence[ErrorGroup]],
    settings: Mapping[str, Any],
    documents: Mapping[str, Sequence[tuple[str, Counts]]] | None = None,
) -> dict[str, Any]:
    """Scores per corpus (and total), every error group with all its occurrences, and counts per document."""
    documents = documents or {}
    corpora = {
        name: {
            "counts": _counts_dict(counts),
            "scores": Scores.from_counts(counts).as_dict(),
            "documents": {doc: _counts_dict(c) for doc, c in documents.get(name, [])},
        }
        for name, counts in rows
    }
    return {
        "settings": dict(settings),
        "corpora": corpora,
        "errors": {str(kind): [g.as_dict() for g in groups.get(kind, [])] for kind in ErrorKind},
    }


def _counts_dict(counts: Counts) -> dict[str, Any]:
    return {name: getattr(counts, name) for name in Counts.__dataclass_fields__}
