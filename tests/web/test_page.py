"""The chronology page's static files are served at / beside the API, which keeps its own errors."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_page_and_its_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    script = client.get("/app.js")
    labels = client.get("/labels.js")
    style = client.get("/style.css")

    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="app.js">' in page.text
    assert '<html lang="en">' in page.text
    assert script.status_code == labels.status_code == style.status_code == 200
    assert "javascript" in script.headers["content-type"]
    assert style.headers["content-type"].startswith("text/css")


def test_api_paths_keep_their_problem_responses(client: TestClient) -> None:
    unknown = client.get("/v1/no-such-thing")
    wrong_method = client.put("/v1/articles/1", json={})
    missing_file = client.get("/no-such-file.js")

    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
    assert wrong_method.status_code == 405
    assert wrong_method.headers["content-type"] == "application/problem+json"
    assert "HEAD" not in wrong_method.headers["allow"]  # the API route's answer, not the file server's
    assert missing_file.status_code == 404


def test_docs_and_openapi_are_not_shadowed_by_the_page(client: TestClient) -> None:
    assert client.get("/openapi.json").json()["info"]["title"] == "Chronicle"
    assert "swagger" in client.get("/docs").text.lower()
