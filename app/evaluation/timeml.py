"""TimeML documents: read the plain text inside <TEXT> with its TIMEX3 spans and creation time, write it back
with another set of TIMEX3 tags so that the TempEval-3 scorer can compare the two.

Offsets are code points into the plain text as an XML parser sees it: entities and CDATA resolved, all inner
tags removed, line ends normalised to "\\n" (XML 1.0 requires that of every parser, and the TempEval-3 scorer
parses the files too, so "\\r\\n" in a corpus file never reaches it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from xml.sax.saxutils import escape

CREATION_TIME = "CREATION_TIME"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

# Annotation tags dropped from the markup kept before <TEXT> (a few TITLEs carry EVENTs); the creation-time
# TIMEX3 is the one tag of these that stays.
_ANNOTATION_TAG = re.compile(r"</?(?:TIMEX3|EVENT|SIGNAL|MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*>")
_TEXT_START_TAG = re.compile(r"<TEXT\b[^>]*>")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*")
# A carriage return that came from "&#13;" must stay one; a raw one would be read back as "\n".
_TEXT_ENTITIES = {"\r": "&#13;"}
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}


@dataclass(frozen=True, slots=True)
class TimexAnnotation:
    """A TIMEX3 tag over text[start:end] of a document's plain text, from the gold or from the engine."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One .tml file: its plain text, gold TIMEX3s (creation time excluded) and creation time."""

    name: str  # path relative to the corpus directory, e.g. "trainingset/train_1.tml"
    doc_id: str
    text: str
    creation_value: str  # the creation-time TIMEX3's value, e.g. "1998-01-08" or "1998-11-20T19:30"
    creation_tid: str
    timexes: tuple[TimexAnnotation, ...]
    header: str  # the markup before and including <TEXT>, without the XML declaration and annotation tags

    @property
    def anchor(self) -> datetime:
        return creation_anchor(self.creation_value)


def creation_anchor(value: str) -> datetime:
    """The engine's anchor for a creation-time value, always an aware datetime.

    A date alone ("1998-01-08") becomes noon UTC of that day: the creation time says which day the text was
    written, not when, and noon keeps that calendar day in every zone from UTC-11 to UTC+11, whatever zone the
    engine reasons in. A date with a time and no offset ("1998-11-20T19:30") is taken as that wall-clock time
    in UTC, so the engine's clock reads what the document's does; an explicit offset ("Z", "+02:00") is kept.
    The commands pass timezone="UTC" along, so the engine's calendar is the document's wall clock.
    """
    text = value.strip()
    if re.fullmatch(r"\d{8}", text):  # 19980108, the compact form
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"creation time {value!r} is not an ISO 8601 date or datetime") from error
    if "T" not in text and " " not in text:
        parsed = datetime.combine(parsed.date(), time(12), tzinfo=UTC)
    elif parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def find_documents(root: Path) -> list[Path]:
    """The .tml files under root, recursively (tweets/ has trainingset/ and testset/), or root itself."""
    if root.is_file():
        return [root]
    return sorted(root.rglob("*.tml"))


def read_corpus(root: Path) -> list[TimeMLDocument]:
    base = root.parent if root.is_file() else root
    return [read_document(path, path.relative_to(base).as_posix()) for path in find_documents(root)]


def read_document(path: Path, name: str | None = None) -> TimeMLDocument:
    raw = path.read_bytes()
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        raise ValueError(f"{path}: not well-formed XML: {error}") from error
    return parse_document(root, raw.decode("utf-8-sig"), name or path.name, source=str(path))


def parse_document(root: ET.Element, markup: str, name: str, source: str = "<string>") -> TimeMLDocument:
    text_element = root if root.tag == "TEXT" else root.find(".//TEXT")
    if text_element is None:
        raise ValueError(f"{source}: no <TEXT> element")
    creation = next(
        (el for el in root.iter("TIMEX3") if el.get("functionInDocument") == CREATION_TIME),
        None,
    )
    if creation is None:
        raise ValueError(f"{source}: no TIMEX3 with functionInDocument={CREATION_TIME!r}")

    pieces: list[str] = []
    timexes: list[TimexAnnotation] = []
    _collect_text(text_element, pieces, 0, timexes, creation)
    text = "".join(pieces)
    timexes.sort(key=lambda t: (t.start, -t.end))
    for timex in timexes:  # cheap, and the whole scoring rests on it
        if text[timex.start : timex.end] != timex.text:
            raise ValueError(f"{source}: offsets of TIMEX3 {timex.tid} do not match its text")

    doc_id_element = root.find(".//DOCID")
    doc_id = (doc_id_element.text or "").strip() if doc_id_element is not None else name
    return TimeMLDocument(
        name=name,
        doc_id=doc_id,
        text=text,
        creation_value=creation.get("value", ""),
        creation_tid=creation.get("tid", "t0"),
        timexes=tuple(timexes),
        header=_header(markup),
    )


def _collect_text(
    element: ET.Element,
    pieces: list[str],
    offset: int,
    timexes: list[TimexAnnotation],
    creation: ET.Element,
) -> int:
    """Append element's text, tail excluded, to pieces and record the TIMEX3s below it; returns the offset."""
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _collect_text(child, pieces, offset, timexes, creation)
        if child.tag == "TIMEX3" and child is not creation:
            timexes.append(
                TimexAnnotation(
                    tid=child.get("tid", ""),
                    start=start,
                    end=offset,
                    text="".join(child.itertext()),
                    type=child.get("type", ""),
                    value=child.get("value", ""),
                    mod=child.get("mod"),
                )
            )
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    return offset


def _header(markup: str) -> str:
    """The markup up to and including <TEXT>, keeping DOCID, DCT and the like, dropping annotation tags."""
    match = _TEXT_START_TAG.search(markup)
    if match is None:
        head = "<TimeML>\n<TEXT>"
    else:  # an empty <TEXT/> is opened here and closed after the text
        head = markup[: match.start()] + match.group(0).removesuffix("/>").removesuffix(">").rstrip() + ">"
    head = _XML_DECLARATION.sub("", head.replace("\r\n", "\n").replace("\r", "\n"))
    keep_close = False

    def filter_tag(tag: re.Match[str]) -> str:
        nonlocal keep_close
        markup = tag.group(0)
        if markup.startswith("<TIMEX3") and CREATION_TIME in markup:
            keep_close = not markup.endswith("/>")
            return markup
        if markup.startswith("</TIMEX3") and keep_close:
            keep_close = False
            return markup
        return ""

    return _ANNOTATION_TAG.sub(filter_tag, head)


def select_non_overlapping(timexes: Iterable[TimexAnnotation]) -> tuple[list[TimexAnnotation], int]:
    """TIMEX3 tags cannot overlap in XML: keep, from left to right, the longest of overlapping spans.

    Returns the kept annotations and how many were dropped.
    """
    kept: list[TimexAnnotation] = []
    dropped = 0
    for timex in sorted(timexes, key=lambda t: (t.start, -(t.end - t.start))):
        if kept and timex.start < kept[-1].end:
            dropped += 1
        else:
            kept.append(timex)
    return kept, dropped


def render_document(document: TimeMLDocument, timexes: Sequence[TimexAnnotation]) -> str:
    """The document as TimeML with `timexes` (non-overlapping, sorted) as its only tags inside <TEXT>."""
    return "".join(_render_parts(document, timexes))


def _render_parts(document: TimeMLDocument, timexes: Sequence[TimexAnnotation]) -> Iterator[str]:
    yield XML_DECLARATION
    yield document.header
    position = 0
    for timex in timexes:
        if timex.start < position:
            raise ValueError(f"{document.name}: TIMEX3 {timex.tid} overlaps the previous one")
        yield _escape_text(document.text[position : timex.start])
        attributes = {"tid": timex.tid, "type": timex.type, "value": timex.value}
        if timex.mod:
            attributes["mod"] = timex.mod
        yield "<TIMEX3" + "".join(
            f' {key}="{escape(val, _ATTRIBUTE_ENTITIES)}"' for key, val in attributes.items()
        )
        yield ">" + _escape_text(document.text[timex.start : timex.end])
        yield "</TIMEX3>"
        position = timex.end
    yield _escape_text(document.text[position:])
    yield "</TEXT>\n\n</TimeML>\n"


def _escape_text(text: str) -> str:
    return escape(text, _TEXT_ENTITIES)


def write_document(path: Path, document: TimeMLDocument, timexes: Sequence[TimexAnnotation]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_document(document, timexes), encoding="utf-8")


def new_document(text: str, creation_value: str, doc_id: str, title: str | None = None) -> TimeMLDocument:
    """A document that was not read from a file (a stored article), with a TempEval-3 style header.

    `creation_value` is the TIMEX3 value of its creation time: a date, or a wall-clock date and time.
    """
    creation_type = "TIME" if "T" in creation_value else "DATE"
    value = escape(creation_value, _ATTRIBUTE_ENTITIES)
    header = (
        f"<TimeML>\n\n<DOCID>{_escape_text(doc_id)}</DOCID>\n\n"
        f'<DCT><TIMEX3 tid="t0" type="{creation_type}" value="{value}" temporalFunction="false" '
        f'functionInDocument="{CREATION_TIME}">{_escape_text(creation_value)}</TIMEX3></DCT>\n\n'
        + (f"<TITLE>{_escape_text(title)}</TITLE>\n\n" if title is not None else "")
        + "<TEXT>"
    )
    return TimeMLDocument(
        name=f"{doc_id}.tml",
        doc_id=doc_id,
        text=text,
        creation_value=creation_value,
        creation_tid="t0",
        timexes=(),
        header=header,
    )
