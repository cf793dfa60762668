// The chronology page: reads its filters from the address bar, renders /v1/timeline grouped under date
// headings, loads the next page as the end of the list scrolls into view, and posts articles.

import { eventLabel, headingOf, locate, machineDate, precision } from "./labels.js";

const PAGE_PARAMS = ["from", "to", "q", "source", "coarsest", "order", "limit"];
const KEY_STORAGE = "chronicle-api-key";

const filters = document.getElementById("filters");
const eventsBox = document.getElementById("events");
const statusLine = document.getElementById("timeline-status");
const moreButton = document.getElementById("load-more");
const filtersError = document.getElementById("filters-error");
const postForm = document.getElementById("post-article");
const postResult = document.getElementById("post-result");
const keyInput = document.getElementById("p-key");

const state = { cursor: null, loading: false, generation: 0, shown: 0, lastHeading: null, list: null };
const sources = new Set();

// --- the address bar ---------------------------------------------------------------------------------

function pageParams() {
  const url = new URLSearchParams(window.location.search);
  const params = {};
  for (const name of PAGE_PARAMS) {
    const value = url.get(name);
    if (value) params[name] = value;
  }
  return params;
}

function nextDay(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The API's query for the page's filters: "to" is inclusive on the page, `end` exclusive in the API. */
function apiParams(params) {
  const api = new URLSearchParams();
  if (params.from) api.set("start", params.from);
  if (params.to) api.set("end", nextDay(params.to));
  for (const name of ["q", "source", "coarsest", "order", "limit"]) if (params[name]) api.set(name, params[name]);
  return api;
}

function fillFilters(params) {
  filters.elements.from.value = params.from || "";
  filters.elements.to.value = params.to || "";
  filters.elements.q.value = params.q || "";
  filters.elements.source.value = params.source || "";
  filters.elements.coarsest.value = params.coarsest || "";
  for (const radio of filters.querySelectorAll('input[name="order"]')) {
    radio.checked = radio.value === (params.order || "asc");
  }
}

function readFilters() {
  const params = {};
  const form = new FormData(filters);
  for (const name of ["from", "to", "q", "source", "coarsest", "order"]) {
    const value = String(form.get(name) || "").trim();
    if (value && !(name === "order" && value === "asc")) params[name] = value;
  }
  const limit = pageParams().limit;
  if (limit) params.limit = limit;
  return params;
}

function updateExportLinks(params) {
  for (const format of ["csv", "ics", "timelinejs"]) {
    const api = apiParams(params);
    api.delete("limit");
    api.set("format", format);
    document.getElementById(`export-${format}`).href = `/v1/timeline?${api}`;
  }
}

// --- talking to the API ------------------------------------------------------------------------------

function authHeaders() {
  const key = keyInput.value.trim();
  return key ? { Authorization: `Bearer ${key}` } : {};
}

async function readProblem(response) {
  const type = response.headers.get("content-type") || "";
  if (type.includes("json")) {
    try {
      return await response.json();
    } catch {
      // fall through to the status line
    }
  }
  return { title: `${response.status} ${response.statusText}`, detail: "", errors: [] };
}

// --- rendering ---------------------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "className") node.className = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function safeHref(url) {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function sentenceWithMark(event) {
  const p = el("p", { className: "sentence" });
  const at = locate(event.sentence, event.expression.text, event.expression.start);
  if (!at) {
    p.append(event.sentence);
    return p;
  }
  p.append(
    event.sentence.slice(0, at.start),
    el("mark", {}, event.sentence.slice(at.start, at.end)),
    event.sentence.slice(at.end),
  );
  return p;
}

function articleLine(article) {
  if (!article) return null;
  const href = safeHref(article.url);
  const title = href ? el("a", { href, rel: "noopener" }, article.title) : el("span", {}, article.title);
  const line = el("p", { className: "article" }, title);
  if (article.source) line.append(" · ", el("span", { className: "source" }, article.source));
  return line;
}

function eventItem(event, article) {
  const level = precision(event.granularity);
  const label = eventLabel(event);
  const when = el(
    "p",
    { className: "when" },
    el("time", { datetime: machineDate(event.timex.value) }, label),
    " ",
    el("span", { className: "granularity" }, event.granularity.replace(/_/g, " ")),
  );
  return el(
    "li",
    { className: `event precision-${level}`, "data-event-id": event.id, "data-granularity": event.granularity },
    el("article", { "aria-label": label }, when, sentenceWithMark(event), articleLine(article)),
  );
}

function appendEvents(events) {
  for (const event of events) {
    const heading = headingOf(event);
    if (!state.list || state.lastHeading !== heading.key) {
      const level = precision(event.granularity) === "fine" ? "fine" : precision(event.granularity);
      eventsBox.append(el("h3", { className: `date-heading precision-${level}` }, heading.label));
      state.list = el("ol", { className: "events" });
      eventsBox.append(state.list);
      state.lastHeading = heading.key;
    }
    state.list.append(eventItem(event, event.article));
    if (event.article && event.article.source && !sources.has(event.article.source)) {
      sources.add(event.article.source);
      document.getElementById("known-sources").append(el("option", { value: event.article.source }));
    }
  }
  state.shown += events.length;
}

function showFilterProblem(problem) {
  filtersError.hidden = false;
  const fields = (problem.errors || []).map((e) => e.field);
  filtersError.textContent = `${problem.title}: ${problem.detail || ""}`;
  const map = { start: "from", end: "to" };
  for (const field of fields) {
    const input = filters.elements[map[field] || field];
    if (input && input.setAttribute) input.setAttribute("aria-invalid", "true");
  }
}

function clearFilterProblem() {
  filtersError.hidden = true;
  filtersError.textContent = "";
  for (const input of filters.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
}

// --- loading -----------------------------------------------------------------------------------------

async function loadPage() {
  if (state.loading) return;
  state.loading = true;
  const generation = state.generation;
  const api = apiParams(pageParams());
  if (state.cursor) api.set("cursor", state.cursor);
  statusLine.textContent = state.shown ? "Loading more events…" : "Loading…";
  try {
    const response = await fetch(`/v1/timeline?${api}`, { headers: { Accept: "application/json", ...authHeaders() } });
    if (generation !== state.generation) return;
    if (!response.ok) {
      const problem = await readProblem(response);
      showFilterProblem(problem);
      statusLine.textContent = "The timeline could not be loaded.";
      if (response.status === 401) {
        // Reads need a key on this server: the key field lives in the article form.
        statusLine.textContent = "This server needs an API key to read: enter it under “Add an article”.";
        document.getElementById("post-panel").open = true;
      }
      state.cursor = null;
      return;
    }
    const page = await response.json();
    if (generation !== state.generation) return;
    appendEvents(page.events);
    state.cursor = page.next_cursor;
    const count = `${state.shown} event${state.shown === 1 ? "" : "s"}`;
    statusLine.textContent = state.shown === 0 ? "No events match these filters." : state.cursor ? `${count} shown; more below.` : `${count}.`;
  } catch (error) {
    if (generation === state.generation) statusLine.textContent = `The timeline could not be loaded: ${error.message}`;
  } finally {
    if (generation === state.generation) {
      state.loading = false;
      moreButton.hidden = !state.cursor;
      watchEnd();
    }
  }
}

function restart() {
  state.generation += 1;
  state.cursor = null;
  state.loading = false;
  state.shown = 0;
  state.lastHeading = null;
  state.list = null;
  eventsBox.replaceChildren();
  moreButton.hidden = true;
  clearFilterProblem();
  const params = pageParams();
  fillFilters(params);
  updateExportLinks(params);
  loadPage();
}

// The "Load more" button doubles as the sentinel: when it scrolls into view, the next page loads.
const observer =
  "IntersectionObserver" in window
    ? new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting) && state.cursor && !state.loading) loadPage();
      }, { rootMargin: "200px" })
    : null;

function watchEnd() {
  if (!observer) return;
  observer.unobserve(moreButton);
  // Observing again reports the current state, so a page too short to scroll still loads the next one.
  if (state.cursor) observer.observe(moreButton);
}

moreButton.addEventListener("click", () => loadPage());

filters.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = new URLSearchParams(readFilters()).toString();
  window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
  restart();
});

document.getElementById("clear-filters").addEventListener("click", () => {
  const limit = pageParams().limit;
  window.history.pushState(null, "", limit ? `?limit=${limit}` : window.location.pathname);
  restart();
});

window.addEventListener("popstate", restart);

// --- posting an article ------------------------------------------------------------------------------

function clearPostErrors() {
  for (const input of postForm.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  for (const message of postForm.querySelectorAll(".field-error")) {
    message.hidden = true;
    message.textContent = "";
  }
}

function showPostProblem(problem) {
  const box = el("div", { className: "problem", role: "alert" }, el("p", {}, el("strong", {}, problem.title || "Error")));
  if (problem.detail) box.append(el("p", {}, problem.detail));
  const listed = el("ul");
  let first = null;
  for (const error of problem.errors || []) {
    const input = postForm.elements[error.field];
    if (input) {
      input.setAttribute("aria-invalid", "true");
      const message = document.getElementById(input.getAttribute("aria-describedby"));
      if (message) {
        message.textContent = error.message;
        message.hidden = false;
      }
      first = first || input;
    }
    listed.append(el("li", {}, el("code", {}, error.field), `: ${error.message}`));
  }
  if (listed.children.length) box.append(listed);
  postResult.replaceChildren(box);
  if (first) first.focus();
}

function showPosted(article, created) {
  const count = article.events.length;
  const summary = el(
    "p",
    {},
    el("strong", {}, created ? "Stored" : "Already stored"),
    ` “${article.title}” with ${count} event${count === 1 ? "" : "s"}${count ? ":" : "."}`,
  );
  const list = el("ol", { className: "events posted-events" });
  for (const event of article.events) list.append(eventItem(event, null));
  postResult.replaceChildren(el("div", { className: "posted" }, summary, count ? list : null));
}

postForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearPostErrors();
  const data = new FormData(postForm);
  const body = {};
  for (const name of ["title", "body", "published_at", "timezone", "url", "source"]) {
    const value = String(data.get(name) || "");
    if (value.trim() || name === "title" || name === "body" || name === "published_at") body[name] = value;
  }
  if (body.published_at === "") delete body.published_at; // let the API name the missing field
  const key = keyInput.value.trim();
  if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
  else window.sessionStorage.removeItem(KEY_STORAGE);
  postResult.replaceChildren(el("p", {}, "Posting…"));
  try {
    const response = await fetch("/v1/articles", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...authHeaders() },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      showPostProblem(await readProblem(response));
      return;
    }
    showPosted(await response.json(), response.status === 201);
    restart();
  } catch (error) {
    showPostProblem({ title: "The article could not be posted", detail: error.message });
  }
});

// --- start -------------------------------------------------------------------------------------------

keyInput.value = window.sessionStorage.getItem(KEY_STORAGE) || "";
const zoneInput = document.getElementById("p-timezone");
if (!zoneInput.value) zoneInput.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
restart();
