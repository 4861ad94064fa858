"""graph/html.py in a real headless Chromium (Debian's package) with every network request blocked.

The page must load without console errors or requests, draw as many nodes and lines as the graph has, settle and
switch physics off, keep script-injection text inert, and filter interaction types from its checkboxes.
"""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import rdf_fixtures as fx  # noqa: E402

from graph.html import drawn_edges, select_actors, write_html  # noqa: E402
from graph.network import to_networkx  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SETTLE_MS = 120_000  # a generous ceiling for slow CI machines, not a performance assertion


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's package (apt-get install chromium), "
                    "as .ci/run does; the browser test never downloads a browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                                     args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


class Visit:
    """A loaded page plus what it tried to do: requests, console errors, dialogs."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.newsgraphStable === true", timeout=SETTLE_MS)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def close(self):
        self.context.close()


def _visit(browser, kg, tmp_path: Path, name: str, **kwargs) -> Visit:
    path = tmp_path / f"{name}.html"
    write_html(kg, path, **kwargs)
    return Visit(browser, path)


def _assert_clean(visit: Visit):
    assert visit.requests == [], f"the page tried to reach the network: {visit.requests}"
    assert visit.errors == [], f"console errors: {visit.errors}"
    assert visit.dialogs == []


def test_seed_like_graph_draws_every_actor_and_interaction(browser, tmp_path):
    kg = fx.korea_kg()
    mg = to_networkx(kg)
    visit = _visit(browser, kg, tmp_path, "korea")
    try:
        _assert_clean(visit)
        assert visit.js("network.body.data.nodes.length") == mg.number_of_nodes() == 8
        assert visit.js("network.body.data.edges.length") == len(drawn_edges(mg))
        assert visit.js("edges.get().reduce((s, e) => s + e.count, 0)") == mg.number_of_edges()
        assert visit.js("network.physics.options.enabled") is False  # settled, then switched off
        assert visit.js("Object.keys(network.body.nodes).filter(k => !k.startsWith('edgeId:')).length") == 8
        status = visit.page.inner_text("#status")
        assert status.startswith("showing 8 of 8 actors")
        legend = visit.page.inner_text("#legend")
        assert "negated (did not happen)" in legend and "Person" in legend
        shot = tmp_path / "out" / "korea.png"
        shot.parent.mkdir()
        visit.page.screenshot(path=str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    finally:
        visit.close()


def test_checkbox_hides_and_shows_an_interaction_type(browser, tmp_path):
    kg = fx.korea_kg()
    visit = _visit(browser, kg, tmp_path, "filter")
    try:
        visible = "edges.get({filter: e => !e.hidden}).length"
        before = visit.js(visible)
        box = visit.page.locator("#relation-filter input[data-relation='meet']")
        box.uncheck()
        assert visit.js(visible) == before - 3  # asserted, planned and negated meetings are three lines
        assert visit.js("edges.get({filter: e => e.hidden}).every(e => e.relation === 'meet')")
        box.check()
        assert visit.js(visible) == before
        _assert_clean(visit)
    finally:
        visit.close()


def test_injection_article_stays_inert(browser, tmp_path):
    kg = fx.injection_kg()
    visit = _visit(browser, kg, tmp_path, "inject")
    try:
        _assert_clean(visit)
        assert visit.js("document.querySelectorAll('img').length") == 0
        assert visit.js("document.querySelectorAll('[onerror]').length") == 0
        assert visit.js("document.querySelectorAll('script').length") == 2  # vis-network and the page's own
        assert visit.js("document.querySelectorAll('b').length") == 0
        labels = visit.js("nodes.get().map(n => n.label).sort()")
        assert labels == sorted([fx.INJECTION_IMG, fx.INJECTION_SCRIPT, "Alice Example"])
        # hover the <img ...> actor: its tooltip must show the name as text, with no element inside
        node = str(fx.actor_iri("img-actor"))
        point = visit.js(f"network.canvasToDOM(network.getPositions(['{node}'])['{node}'])")
        box = visit.page.locator("#mynetwork").bounding_box()
        visit.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        tooltip = visit.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=SETTLE_MS)
        assert fx.INJECTION_IMG in tooltip.inner_text()
        # innerText turns each newline into a <br>; nothing else may appear inside the tooltip
        tags = visit.js("Array.from(document.querySelectorAll('div.vis-tooltip *')).map(e => e.tagName)")
        assert set(tags) <= {"BR"}
        assert visit.js("document.querySelectorAll('img').length") == 0
        assert visit.dialogs == []
    finally:
        visit.close()


@pytest.fixture(scope="module")
def large_kg():
    return fx.large_kg(n_actors=1000, n_events=2500)


def test_large_graph_keeps_the_most_central_actors_and_settles(browser, tmp_path, large_kg):
    kg = large_kg
    mg = to_networkx(kg)
    shown = select_actors(mg, 300)
    visit = _visit(browser, kg, tmp_path, "large", max_nodes=300)
    try:
        _assert_clean(visit)
        assert visit.page.inner_text("#status").startswith("showing 300 of 1000 actors")
        assert visit.js("network.body.data.nodes.length") == 300
        assert visit.js("network.body.data.edges.length") == len(drawn_edges(shown))
        assert visit.js("network.physics.options.enabled") is False
    finally:
        visit.close()


def test_thousand_actor_page_settles_with_physics_off(browser, tmp_path, large_kg):
    kg = large_kg
    visit = _visit(browser, kg, tmp_path, "thousand", max_nodes=1000)
    try:
        _assert_clean(visit)
        assert visit.js("network.body.data.nodes.length") == 1000
        assert visit.js("network.physics.options.enabled") is False
    finally:
        visit.close()


def _check_real_page(browser, kg, tmp_path, name, max_nodes):
    mg = to_networkx(kg)
    shown = select_actors(mg, max_nodes) if mg.number_of_nodes() > max_nodes else mg
    visit = _visit(browser, kg, tmp_path, name, max_nodes=max_nodes)
    try:
        _assert_clean(visit)
        assert visit.js("network.body.data.nodes.length") == shown.number_of_nodes() > 0
        assert visit.js("network.body.data.edges.length") == len(drawn_edges(shown)) > 0
        assert visit.js("edges.get().reduce((s, e) => s + e.count, 0)") == shown.number_of_edges()
        assert visit.js("network.physics.options.enabled") is False
        status = visit.page.inner_text("#status")
        assert status.startswith(f"showing {shown.number_of_nodes()} of {mg.number_of_nodes()} actors")
        # what the page says it keeps is what it draws
        said = re.match(r"showing (\d+) of (\d+) actors.*?(\d+) links drawn for (\d+) interactions", status)
        assert said, status
        kept, total, links, events = map(int, said.groups())
        assert visit.js("network.body.data.nodes.length") == kept
        assert visit.js("network.body.data.edges.length") == links
        assert visit.js("edges.get().reduce((s, e) => s + e.count, 0)") == events
        assert total == mg.number_of_nodes() and (kept < total) == (max_nodes < total)
        drawn_labels = set(visit.js("nodes.get().map(n => n.label)"))
        shot = tmp_path / "out" / f"{name}.png"
        shot.parent.mkdir(exist_ok=True)
        visit.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        visit.close()
    return mg, drawn_labels


def test_seed_graph_page(browser, tmp_path, seed_graph):
    mg, drawn = _check_real_page(browser, seed_graph, tmp_path, "seed", max_nodes=300)
    assert "Kim Jong Un" in drawn and len(drawn) == mg.number_of_nodes()


def test_whole_bbc_corpus_page_with_max_nodes(browser, tmp_path, bbc_graph):
    """All 2,095 BBC articles (tests/conftest.py builds them once per session), cut to the 150 most central."""
    mg, drawn = _check_real_page(browser, bbc_graph, tmp_path, "bbc", max_nodes=150)
    assert mg.number_of_nodes() > 2 * 150  # so that --max-nodes really cuts (606 actors interact at the time of writing)
    assert len(drawn) == 150 and "Tony Blair" in drawn  # the corpus's most connected actor is kept
