"""The chronology page in Chromium against a real server: order, labels, search, scrolling, posting."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.exports.samples import council_article
from tests.factories import bridge_article, storm_article
from tests.web.conftest import API_KEY, ARTIFACTS, Server

pytestmark = pytest.mark.slow

# The page's words for TIMEX3 values of the sample articles (and a few more for the label function).
LABELS = {
    ("193X", None, "decade"): "the 1990s".replace("199", "193"),
    ("199X", None, "decade"): "the 1990s",
    ("199X", "END", "decade"): "the late 1990s",
    ("19", None, "century"): "the 20th century",
    ("2009", None, "year"): "2009",
    ("2021", "START", "year"): "Early 2021",
    ("2021-10", None, "month"): "Oct 2021",
    ("2021-08", None, "month"): "Aug 2021",
    ("2021-SU", None, "season"): "Summer 2021",
    ("2024-Q1", None, "quarter"): "Q1 2024",
    ("2021-W35", None, "week"): "Week of 30 Aug 2021",
    ("2022-W19-WE", None, "day"): "Weekend of Sat 14 May 2022",
    ("2022-05-10", None, "day"): "Tue 10 May 2022",
    ("2021-08-31TNI", None, "part_of_day"): "Night of Tue 31 Aug 2021",
    ("2021-09-01T15:00", None, "hour"): "3:00 PM Wed 1 Sep 2021",
    ("2021-09-01T00:30", None, "minute"): "12:30 AM Wed 1 Sep 2021",
}


@pytest.fixture(scope="module")
def articles(server: Server) -> list[dict[str, Any]]:
    return [server.post(a) for a in (bridge_article(), storm_article(), council_article())]


def shown_ids(page: Any) -> list[int]:
    return [int(i) for i in page.locator("li.event").evaluate_all("els => els.map(e => e.dataset.eventId)")]


def scroll_to_the_end(page: Any) -> None:
    """Scroll down until the page has no next page to load (the button hides when next_cursor is null)."""
    for _ in range(100):
        page.wait_for_function(
            "() => !document.querySelector('#timeline-status').textContent.includes('Loading')"
        )
        if page.locator("#load-more").is_hidden():
            return
        before = len(shown_ids(page))
        page.locator("#load-more").scroll_into_view_if_needed()
        page.wait_for_function(f"() => document.querySelectorAll('li.event').length > {before}")
    raise AssertionError("the list never ended")


def test_labels_in_words_for_each_granularity(server: Server, page: Any) -> None:
    page.goto(server.url + "/")

    labels = page.evaluate(
        """async (cases) => {
            const { eventLabel } = await import('/labels.js');
            return cases.map(([value, mod, granularity]) =>
                eventLabel({ timex: { value, mod }, granularity, start: '2021-01-01T00:00:00Z' }));
        }""",
        [list(k) for k in LABELS],
    )

    assert dict(zip(LABELS, labels, strict=True)) == LABELS
    assert page.errors == []


def test_the_expression_is_found_in_its_sentence(server: Server, page: Any) -> None:
    page.goto(server.url + "/")

    found = page.evaluate(
        """async (cases) => {
            const { locate } = await import('/labels.js');
            return cases.map(([sentence, text, offset]) => locate(sentence, text, offset));
        }""",
        [
            ["The Mayor met in May.", "May", 40],  # whole words only: not inside "Mayor"
            ["May said he left in May.", "May", 20],  # two words: the one nearest the offset
            ["May said he left in May.", "May", 3],  # the expression is at most `offset` characters in
            ["It rained on MONDAY.", "Monday", 13],  # case-insensitive when nothing else matches
            ["Nothing here.", "Tuesday", 5],
        ],
    )

    assert found == [
        {"start": 17, "end": 20},
        {"start": 20, "end": 23},
        {"start": 0, "end": 3},
        {"start": 13, "end": 19},
        None,
    ]


def test_events_in_chronological_order_with_labels_highlights_and_links(
    server: Server, articles: list[dict[str, Any]], page: Any
) -> None:
    page.goto(server.url + "/?limit=5")
    page.wait_for_selector("li.event")
    first_page = shown_ids(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)

    scroll_to_the_end(page)

    page.screenshot(path=str(ARTIFACTS / "timeline-all.png"), full_page=True)
    expected = server.timeline()
    assert len(first_page) == 5
    assert shown_ids(page) == [e["id"] for e in expected]  # scrolling loaded every page, in order
    for event in expected:
        item = page.locator(f'li.event[data-event-id="{event["id"]}"]')
        key = (event["timex"]["value"], event["timex"]["mod"], event["granularity"])
        if key in LABELS:
            assert item.locator(".when time").inner_text() == LABELS[key]
        assert item.locator("mark").inner_text() == event["expression"]["text"]
        assert item.locator(".sentence").inner_text() == event["sentence"]
        link = item.locator(".article a")
        assert link.inner_text() == event["article"]["title"]
        assert link.get_attribute("href") == event["article"]["url"]
        coarse = event["granularity"] in ("century", "decade", "year")
        assert ("precision-coarse" in (item.get_attribute("class") or "")) == coarse
    headings = page.locator("h3.date-heading").all_inner_texts()
    assert headings[0] == "the 1930s"
    assert "Tue 10 May 2022" in headings
    assert page.errors == []


def test_search_narrows_the_list_and_lives_in_the_address(
    server: Server, articles: list[dict[str, Any]], page: Any
) -> None:
    page.goto(server.url + "/")
    page.wait_for_selector("li.event")

    page.get_by_label("Search the sentences").fill("bridge")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url(re.compile(r"\?q=bridge$"))
    page.wait_for_function("() => document.querySelector('#timeline-status').textContent.endsWith('.')")

    expected = [e["id"] for e in server.timeline(q="bridge")]
    assert 0 < len(expected) < len(server.timeline())
    assert shown_ids(page) == expected
    assert "q=bridge" in (page.locator("#export-csv").get_attribute("href") or "")
    # The shared address restores the same view.
    page.goto(server.url + "/?q=bridge&order=desc")
    page.wait_for_selector("li.event")
    assert page.get_by_label("Search the sentences").input_value() == "bridge"
    assert page.get_by_label("Newest first").is_checked()
    assert shown_ids(page) == list(reversed(expected))
    assert page.errors == []


def test_precision_switch_hides_coarse_events(
    server: Server, articles: list[dict[str, Any]], page: Any
) -> None:
    page.goto(server.url + "/")
    page.wait_for_selector("li.event")

    page.get_by_label("Precision").select_option("day")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url(re.compile(r"coarsest=day"))
    page.wait_for_function("() => document.querySelector('#timeline-status').textContent.endsWith('.')")

    assert shown_ids(page) == [e["id"] for e in server.timeline(coarsest="day")]
    assert page.locator("li.precision-coarse").count() == 0
    assert page.errors == []


def test_date_range_keeps_events_overlapping_the_days(
    server: Server, articles: list[dict[str, Any]], page: Any
) -> None:
    page.goto(server.url + "/")
    page.wait_for_selector("li.event")

    page.get_by_label("From").fill("2021-08-30")
    page.get_by_label("To (inclusive)").fill("2021-08-31")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url(re.compile(r"from=2021-08-30&to=2021-08-31"))
    page.wait_for_function("() => document.querySelector('#timeline-status').textContent.endsWith('.')")

    expected = server.timeline(start="2021-08-30", end="2021-09-01")
    assert shown_ids(page) == [e["id"] for e in expected]
    # Sunday 29 Aug in New York runs to 04:00 UTC on the 30th, so it overlaps; August 31 lies inside.
    assert {e["timex"]["value"] for e in expected} >= {"2021-08-29", "2021-08-31"}
    assert "end=2021-09-01" in (page.locator("#export-ics").get_attribute("href") or "")
    assert page.errors == []


def test_posting_an_article_shows_its_events_and_adds_them_to_the_timeline(
    server: Server, articles: list[dict[str, Any]], page: Any
) -> None:
    page.goto(server.url + "/")
    page.wait_for_selector("li.event")
    page.locator("#post-panel summary").click()

    page.get_by_label("Title").fill("Harbour festival")
    page.get_by_label("Text of the article").fill(
        "The harbour festival opened on Saturday and closes in June."
    )
    page.get_by_label("Published at").fill("2024-03-06T08:15:00")
    page.get_by_label("Timezone (IANA name)").fill("Europe/Lisbon")
    page.get_by_label("Link to the article").fill("https://port.example/festival")
    page.get_by_label("Source", exact=True).last.fill("port-news")
    page.get_by_role("button", name="Post the article").click()
    page.wait_for_selector("#post-result .posted")

    stored = server.timeline(source="port-news")
    assert len(stored) == 2
    assert "Stored" in page.locator("#post-result").inner_text()
    posted = page.locator("#post-result li.event").evaluate_all("els => els.map(e => +e.dataset.eventId)")
    assert sorted(posted) == sorted(e["id"] for e in stored)
    page.wait_for_function(
        f"() => document.querySelector('li.event[data-event-id=\"{stored[0]['id']}\"]') !== null"
        " || document.querySelector('#load-more').hidden === false"
    )
    scroll_to_the_end(page)
    assert set(shown_ids(page)) >= {e["id"] for e in stored}
    assert page.errors == []


def test_a_rejected_article_shows_the_fields_at_fault(server: Server, page: Any) -> None:
    page.goto(server.url + "/")
    page.locator("#post-panel summary").click()

    page.get_by_label("Title").fill("Bad zone")
    page.get_by_label("Text of the article").fill("It happened on Monday.")
    page.get_by_label("Published at").fill("2024-03-06T08:15:00")
    page.get_by_label("Timezone (IANA name)").fill("Mars/Olympus")
    page.get_by_role("button", name="Post the article").click()
    page.wait_for_selector("#post-result .problem")

    zone = page.get_by_label("Timezone (IANA name)")
    assert zone.get_attribute("aria-invalid") == "true"
    assert "Mars/Olympus" in page.locator("#p-timezone-error").inner_text()
    assert "Validation error" in page.locator("#post-result").inner_text()
    # A 422 is an answer the page expected: Chromium logs the failed fetch, nothing else.
    assert [e for e in page.errors if "422" not in e] == []


def test_readable_at_phone_width_and_every_control_labelled(
    server: Server, articles: list[dict[str, Any]], browser: Any
) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2)
    page = context.new_page()
    page.goto(server.url + "/")
    page.wait_for_selector("li.event")

    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
            .filter(el => el.type !== 'hidden' && el.labels.length === 0 && !el.closest('label'))
            .map(el => el.name)"""
    )
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent")
    page.screenshot(path=str(ARTIFACTS / "timeline-phone.png"), full_page=False)
    page.locator("#timeline").screenshot(path=str(ARTIFACTS / "timeline-phone-events.png"))
    context.close()

    assert overflow <= 0
    assert unlabelled == []
    assert focused == "Skip to the timeline"


def test_the_api_key_field_is_sent_as_a_bearer_token(keyed_server: Server, page: Any) -> None:
    page.goto(keyed_server.url + "/")
    page.locator("#post-panel summary").click()
    page.get_by_label("Title").fill("Keyed")
    page.get_by_label("Text of the article").fill("The vote took place on Monday.")
    page.get_by_label("Published at").fill("2024-03-06T08:15:00")
    page.get_by_label("Timezone (IANA name)").fill("UTC")

    page.get_by_role("button", name="Post the article").click()
    page.wait_for_selector("#post-result .problem")
    refused = page.locator("#post-result").inner_text()
    page.get_by_label("API key (if writes need one)").fill(API_KEY)
    page.get_by_role("button", name="Post the article").click()
    page.wait_for_selector("#post-result .posted")

    assert "Unauthorized" in refused
    assert [e["article"]["title"] for e in keyed_server.timeline()] == ["Keyed"]
    assert [e for e in page.errors if "401" not in e] == []
