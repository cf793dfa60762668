"""The `timeml` and `eval` commands: annotate TimeML corpora with the engine, and score it TempEval-3 style.

`chronicle` registers `timeml_command` and `eval_command`; `python -m app.evaluation` runs the same two.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from app.evaluation.annotation import (
    DEFAULT_EXTRACTOR,
    AnnotatedDocument,
    EngineOptions,
    Extractor,
    annotate,
    load_extractor,
)
from app.evaluation.errors import ErrorKind, group_errors
from app.evaluation.report import error_listing, json_report, score_table
from app.evaluation.scoring import Alignment, Counts, align, count, total
from app.evaluation.timeml import TimeMLDocument, read_corpus, write_document

F = TypeVar("F", bound=Callable[..., Any])
_NARRATIVE: dict[str, bool | None] = {"narrative": True, "news": False, "auto": None}


def engine_options(command: F) -> F:
    """The options both commands pass on to `extract`."""
    decorators = [
        click.option(
            "--narrative",
            "mode",
            flag_value="narrative",
            help="Anchor relative expressions on the last date in the text (WikiWars): narrative=True.",
        ),
        click.option(
            "--news", "mode", flag_value="news", help="Anchor them on the creation time: narrative=False."
        ),
        click.option(
            "--auto", "mode", flag_value="auto", default=True, help="Let the engine decide (the default)."
        ),
        click.option(
            "--timezone",
            default="UTC",
            show_default=True,
            help="Zone passed to the engine. Creation times carry no zone, so the anchor is their wall-clock "
            "time (noon for a date alone) in UTC, and UTC keeps the engine's calendar on the document's.",
        ),
        click.option(
            "--date-order",
            type=click.Choice(["MDY", "DMY", "YMD"]),
            default="MDY",
            show_default=True,
            help="How to read all-numeric dates such as 01/02/1998.",
        ),
        click.option(
            "--extractor",
            "extractor_spec",
            default=DEFAULT_EXTRACTOR,
            show_default=True,
            help="The engine to evaluate, as module:function.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _load(spec: str) -> Extractor:
    try:
        return load_extractor(spec)
    except ImportError as error:
        raise click.ClickException(f"cannot load the engine {spec!r}: {error}") from error


def _read(directory: Path) -> list[TimeMLDocument]:
    try:
        documents = read_corpus(directory)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    if not documents:
        raise click.ClickException(f"no .tml files under {directory}")
    return documents


def _annotate_all(
    documents: Sequence[TimeMLDocument], extractor: Extractor, options: EngineOptions
) -> list[AnnotatedDocument]:
    return [annotate(document, extractor, options) for document in documents]


def _report_failures(annotated: Sequence[AnnotatedDocument]) -> None:
    failed = [a for a in annotated if a.failure]
    for a in failed[:5]:
        click.echo(f"warning: not annotated: {a.document.name}: {a.failure}", err=True)
    if len(failed) > 5:
        click.echo(f"warning: ... and {len(failed) - 5} more documents", err=True)


@click.command("timeml")
@click.argument("in_dir", type=click.Path(exists=True, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@engine_options
def timeml_command(
    in_dir: Path,
    out_dir: Path,
    mode: str,
    timezone: str | None,
    date_order: str,
    extractor_spec: str,
) -> None:
    """Annotate the TimeML documents under IN_DIR with the engine, writing them under OUT_DIR.

    Each output file has the same name, text, DOCID and creation time as its input, and the engine's TIMEX3
    tags in place of all other tags, ready for the TempEval-3 scorer.
    """
    documents = _read(in_dir)
    extractor = _load(extractor_spec)
    options = EngineOptions(narrative=_NARRATIVE[mode], timezone=timezone, date_order=date_order)
    annotated = _annotate_all(documents, extractor, options)
    for result in annotated:
        write_document(out_dir / result.document.name, result.document, result.system)
    _report_failures(annotated)
    counts = total(count(align(a)) for a in annotated)
    click.echo(
        f"{counts.docs} documents, {counts.system} TIMEX3 written to {out_dir}"
        f" ({counts.rejected} mentions dropped, {counts.failures} engine failures)"
    )


@click.command("eval")
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@engine_options
@click.option("--errors", "error_groups", default=10, show_default=True, help="Error groups shown per kind.")
@click.option("--examples", default=3, show_default=True, help="Examples shown per error group.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice([str(kind) for kind in ErrorKind]),
    help="Only list errors of this kind (repeatable). Default: all kinds.",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write scores and errors here.",
)
@click.option(
    "--write",
    "write_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write the engine's TimeML here (one subfolder per corpus).",
)
def eval_command(
    gold_dirs: tuple[Path, ...],
    mode: str,
    timezone: str | None,
    date_order: str,
    extractor_spec: str,
    error_groups: int,
    examples: int,
    kinds: tuple[str, ...],
    json_path: Path | None,
    write_dir: Path | None,
) -> None:
    """Annotate the gold TimeML corpora GOLD_DIRS with the engine and score it as TempEval-3 Task A does.

    Each directory is a corpus, searched recursively for .tml files; with several, a total row follows.
    """
    extractor = _load(extractor_spec)
    options = EngineOptions(narrative=_NARRATIVE[mode], timezone=timezone, date_order=date_order)
    names = _corpus_names(gold_dirs)
    rows: list[tuple[str, Counts]] = []
    alignments: list[Alignment] = []
    per_document: dict[str, list[tuple[str, Counts]]] = {}
    for name, directory in zip(names, gold_dirs, strict=True):
        documents = _read(directory)
        relative_names = [d.name for d in documents]
        if len(gold_dirs) > 1:  # error examples then say which corpus they come from
            documents = [dataclasses.replace(d, name=f"{name}/{d.name}") for d in documents]
        annotated = _annotate_all(documents, extractor, options)
        _report_failures(annotated)
        if write_dir is not None:
            for relative, result in zip(relative_names, annotated, strict=True):
                write_document(write_dir / name / relative, result.document, result.system)
        corpus_alignments = [align(a) for a in annotated]
        alignments += corpus_alignments
        per_document[name] = [(a.annotated.document.name, count(a)) for a in corpus_alignments]
        rows.append((name, total(c for _, c in per_document[name])))
    if len(rows) > 1:
        rows.append(("total", total(c for _, c in rows)))

    click.echo(score_table(rows))
    groups = group_errors(alignments, examples=None)
    if error_groups > 0:
        shown = [ErrorKind(kind) for kind in kinds] or list(ErrorKind)
        click.echo(error_listing(groups, limit=error_groups, examples=examples, kinds=shown))
    if json_path is not None:
        settings = {
            "gold_dirs": [str(d) for d in gold_dirs],
            "mode": mode,
            "timezone": timezone,
            "date_order": date_order,
            "extractor": extractor_spec,
        }
        report = json_report(rows, groups, settings, per_document)
        json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        click.echo(f"\nscores and errors written to {json_path}")


def _corpus_names(directories: Sequence[Path]) -> list[str]:
    """Each directory's own name ("timebank"), or the path as given when two names would clash."""
    names = [d.resolve().name or str(d) for d in directories]
    return [name if names.count(name) == 1 else str(d) for name, d in zip(names, directories, strict=True)]
