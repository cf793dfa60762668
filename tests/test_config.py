"""Settings: a bad value is refused at start-up with the setting named, not at the first connection."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config import Settings


@pytest.mark.parametrize("url", ["", "not a url", "sqlite//chronicle.db"])
def test_an_unparseable_database_url_names_the_setting(url):
    with pytest.raises(ValidationError, match="DATABASE_URL") as raised:
        Settings(database_url=url)
    assert "not a database URL" in str(raised.value)


@pytest.mark.parametrize("url", ["sqlite:///./chronicle.db", "postgresql://postgres@127.0.0.1/test"])
def test_database_urls_are_accepted(url):
    assert Settings(database_url=url).database_url == url
