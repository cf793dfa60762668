"""format=ics: all-day events on the article's calendar, timed ones in UTC, read back with icalendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from fastapi.testclient import TestClient
from icalendar import Calendar

from tests.exports.samples import council_article, walk_json
from tests.factories import bridge_article, storm_article


def read_calendar(client: TestClient, **params) -> tuple[Calendar, dict[str, dict]]:
    response = client.get("/v1/timeline", params=params | {"format": "ics"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(v["uid"]): v for v in calendar.walk("VEVENT")}


def test_every_event_is_a_vevent_with_a_stable_uid_and_its_sentence(client: TestClient) -> None:
    for article in (bridge_article(), storm_article(), council_article()):
        client.post("/v1/articles", json=article)

    calendar, vevents = read_calendar(client)

    assert str(calendar["version"]) == "2.0" and "Chronicle" in str(calendar["prodid"])
    events = walk_json(client)
    assert list(vevents) == [f"event-{e['id']}@chronicle" for e in events]
    for event in events:
        vevent = vevents[f"event-{event['id']}@chronicle"]
        assert str(vevent["description"]) == event["sentence"]
        assert str(vevent["url"]) == event["article"]["url"]
        assert str(vevent["summary"]) == f"{event['expression']['text']} — {event['article']['title']}"
    _, again = read_calendar(client)
    assert list(again) == list(vevents)


def test_days_and_coarser_are_all_day_dates_on_the_articles_own_calendar(client: TestClient) -> None:
    bridge = client.post("/v1/articles", json=bridge_article()).json()
    by_value = {e["timex"]["value"]: e for e in bridge["events"]}

    _, vevents = read_calendar(client)

    def dates(value: str) -> tuple[date, date]:
        vevent = vevents[f"event-{by_value[value]['id']}@chronicle"]
        assert vevent["dtstart"].params.get("VALUE") == "DATE"
        return vevent.decoded("dtstart"), vevent.decoded("dtend")

    # Tuesday 10 May in Paris starts at 22:00 UTC on the 9th; the calendar says the 10th.
    assert by_value["2022-05-10"]["start"] == "2022-05-09T22:00:00Z"
    assert dates("2022-05-10") == (date(2022, 5, 10), date(2022, 5, 11))
    assert dates("193X") == (date(1930, 1, 1), date(1940, 1, 1))
    assert dates("2021-10") == (date(2021, 10, 1), date(2021, 11, 1))
    paris = timezone(timedelta(hours=2))  # the article gave an offset and no zone name
    for event in bridge["events"]:  # the weekend, whichever the engine takes it to be, included
        start, end = (datetime.fromisoformat(event[k]).astimezone(paris) for k in ("start", "end"))
        assert dates(event["timex"]["value"]) == (start.date(), end.date())


def test_parts_of_day_and_hours_are_timed_events_in_utc(client: TestClient) -> None:
    council = client.post("/v1/articles", json=council_article()).json()
    by_value = {e["timex"]["value"]: e for e in council["events"]}

    _, vevents = read_calendar(client)

    night = vevents[f"event-{by_value['2021-08-31TNI']['id']}@chronicle"]
    vote = vevents[f"event-{by_value['2021-09-01T15:00']['id']}@chronicle"]
    assert night.decoded("dtstart") == datetime(2021, 9, 1, 0, 0, tzinfo=UTC)
    assert night.decoded("dtend") == datetime(2021, 9, 1, 8, 0, tzinfo=UTC)
    assert vote.decoded("dtstart") == datetime(2021, 9, 1, 19, 0, tzinfo=UTC)
    assert vote.decoded("dtend") == datetime(2021, 9, 1, 20, 0, tzinfo=UTC)
    season = vevents[f"event-{by_value['2021-SU']['id']}@chronicle"]
    assert season.decoded("dtstart") == date(2021, 6, 1)


def test_an_article_without_url_has_no_url_property(client: TestClient) -> None:
    client.post("/v1/articles", json=storm_article(url=None))

    _, vevents = read_calendar(client)

    assert vevents and all("url" not in v for v in vevents.values())


def test_accept_text_calendar_picks_ics_and_filters_apply(client: TestClient) -> None:
    client.post("/v1/articles", json=bridge_article())
    client.post("/v1/articles", json=storm_article())

    response = client.get(
        "/v1/timeline", params={"source": "example-wire"}, headers={"Accept": "text/calendar"}
    )

    vevents = Calendar.from_ical(response.content).walk("VEVENT")
    expected = walk_json(client, source="example-wire")
    assert [str(v["uid"]) for v in vevents] == [f"event-{e['id']}@chronicle" for e in expected]
    assert {str(v["categories"].cats[0]) for v in vevents} == {"example-wire"}
