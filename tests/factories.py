"""Small articles written for the tests, with what a careful reader takes their dates to be."""

from __future__ import annotations

from typing import Any

# Wednesday 11 May 2022, 09:30 in Paris.
BRIDGE_PUBLISHED = "2022-05-11T09:30:00+02:00"
BRIDGE_BODY = (
    "The river bridge reopened on Tuesday after engineers finished repairs that began last October. "
    "The city said yesterday that traffic would return to normal by the weekend. "
    "The bridge, built in the 1930s, was last closed from 2009 to 2011."
)

# Friday 3 September 2021, 10:00 in New York.
STORM_PUBLISHED = "2021-09-03T10:00:00-04:00"
STORM_BODY = (
    "The storm made landfall on Sunday. Power was restored to most homes on August 31. "
    "Schools will reopen on Monday, officials said."
)


def bridge_article(**overrides: Any) -> dict[str, Any]:
    return {
        "title": "Bridge reopens",
        "body": BRIDGE_BODY,
        "published_at": BRIDGE_PUBLISHED,
        "url": "https://news.example/bridge",
        "source": "example-news",
    } | overrides


def storm_article(**overrides: Any) -> dict[str, Any]:
    return {
        "title": "Storm clean-up",
        "body": STORM_BODY,
        "published_at": STORM_PUBLISHED,
        "timezone": "America/New_York",
        "url": "https://wire.example/storm",
        "source": "example-wire",
    } | overrides
