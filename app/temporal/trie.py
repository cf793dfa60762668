"""Word lists as regex alternations factored into a trie, so the regex engine tests few characters per
position instead of trying every word in turn (about 3x faster scans on news text)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the given words (longest first at each branch point)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")"


def by_first_letter(pattern: str) -> str:
    """The same alternation with its top-level branches that start with a letter grouped under that letter
    ("will|would|shall" as "(?:w(?:ill|ould)|s(?:hall))"), so the regex engine tries one group per position
    instead of every branch. Branches that start otherwise (a group, a class) come first, in their order."""
    branches: list[str] = []
    depth, begin, escaped = 0, 0, False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[begin:i])
            begin = i + 1
    branches.append(pattern[begin:])
    branches = [spread for branch in branches for spread in _spread_leading_words(branch)]
    others = [b for b in branches if not b[:1].isalpha()]
    grouped: dict[str, list[str]] = {}
    for branch in branches:
        if branch[:1].isalpha():
            grouped.setdefault(branch[0], []).append(branch[1:])
    letters = [f"{letter}(?:{'|'.join(rests)})" for letter, rests in grouped.items()]
    return "(?:" + "|".join(others + letters) + ")"


_LEADING_WORDS = re.compile(r"\(\?:([a-z' ]+(?:\|[a-z' ]+)*)\)")


def _spread_leading_words(branch: str) -> list[str]:
    """ "(?:set|planned)\\s+to" as "set\\s+to" and "planned\\s+to", so each can be grouped by its letter."""
    leading = _LEADING_WORDS.match(branch)
    if leading is None:
        return [branch]
    rest = branch[leading.end() :]
    return [word + rest for word in leading[1].split("|")]
