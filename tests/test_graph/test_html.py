"""graph/html.py without a browser: the page is self-contained, deterministic, escaped and carries the drawing data."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import rdf_fixtures as fx  # noqa: E402

from graph.html import EDGE_COLORS, NODE_COLORS, drawn_edges, render_html, write_html  # noqa: E402
from graph.network import to_networkx  # noqa: E402
from loaders.errors import NewsgraphError  # noqa: E402


def _dataset(html: str, name: str) -> list[dict]:
    match = re.search(rf"var {name} = new vis\.DataSet\((\[.*?\])\);\n", html)
    assert match, f"no {name} DataSet in the page"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def korea_html() -> str:
    return render_html(fx.korea_kg(), title="Korea <test>")


def test_page_is_self_contained(korea_html):
    for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", korea_html):
        assert not re.search(r"\b(?:src|href)\s*=", tag), tag
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", korea_html)
    assert "cdnjs" not in korea_html and "jsdelivr" not in korea_html
    assert "bootstrap" not in korea_html.lower() and "tom-select" not in korea_html.lower()
    vis_js = (Path(__import__("pyvis").__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text()
    assert vis_js in korea_html  # vis-network inlined from the pyvis package
    outside_vis = korea_html.replace(vis_js, "")
    assert outside_vis.count("<script") == 2  # the inlined library and the page's own code


def test_page_is_deterministic(korea_html):
    assert render_html(fx.korea_kg(), title="Korea <test>") == korea_html
    big = fx.large_kg(n_actors=120, n_events=200)
    assert render_html(big, max_nodes=50) == render_html(fx.large_kg(n_actors=120, n_events=200), max_nodes=50)


def test_nodes_carry_label_colour_size_and_text_tooltip(korea_html):
    nodes = {n["label"]: n for n in _dataset(korea_html, "nodes")}
    assert len(nodes) == 8
    kim, china = nodes["Kim Jong Un"], nodes["China"]
    assert kim["color"] == NODE_COLORS["Person"] and china["color"] == NODE_COLORS["Country"]
    assert kim["size"] > nodes["Xi Jinping"]["size"] > china["size"]  # degree 4 > 2 > 1
    assert kim["title"].startswith("Kim Jong Un\nPerson\n4 interactions")
    assert kim["id"] == str(fx.actor_iri("kim-jong-un"))


def test_edges_coloured_by_type_dashed_by_modality_and_sized_by_count(korea_html):
    edges = _dataset(korea_html, "edges")
    assert len(edges) == len(drawn_edges(to_networkx(fx.korea_kg()))) == 8
    by = {(e["relation"], e["modality"]): e for e in edges}
    visit = by[("visit", "asserted")]
    assert visit["color"]["color"] == EDGE_COLORS["visit"] and visit["dashes"] is False
    assert visit["arrows"] == "to" and visit["label"] == "visit"
    assert "on Monday" in visit["title"] and "Pyongyang and Beijing mend ties" in visit["title"]
    assert "went to the Chinese embassy" in visit["title"]
    assert by[("meet", "planned")]["dashes"] == [10, 6]
    negated = by[("meet", "negated")]
    assert negated["color"]["color"] == "#b0b0b0" and negated["dashes"] == [2, 6]
    assert len({e["id"] for e in edges}) == len(edges)


def test_repeated_interactions_make_one_wider_line_and_parallel_lines_bend():
    kg = fx.new_kg()
    fx.add_actor(kg, "a", "A", "Country")
    fx.add_actor(kg, "b", "B", "Country")
    lines = ["A backed B.", "A backed B again.", "A backed B a third time.", "A backed B a fourth time.", "A met B."]
    art = fx.add_article(kg, " ".join(lines), "t", "t.txt")
    for line in lines[:4]:
        fx.add_event(kg, art, "a", "support", "b", line, "backed")
    fx.add_event(kg, art, "a", "meet", "b", lines[4], "met")
    edges = _dataset(render_html(kg), "edges")
    support, meet = sorted(edges, key=lambda e: e["relation"], reverse=True)
    assert (support["relation"], support["count"], meet["count"]) == ("support", 4, 1)
    assert support["width"] > meet["width"]
    assert [("smooth" in e) for e in edges] == [False, True]  # the second line between A and B bends
    assert edges[1]["smooth"]["type"] == "curvedCW"
    assert support["title"].count("\u201c") == 4


def test_physics_stabilises_then_stops(korea_html):
    options = json.loads(re.search(r"var options = (\{.*?\});\n", korea_html).group(1))
    stabilization = options["physics"]["stabilization"]
    assert stabilization["enabled"] is True and 0 < stabilization["iterations"] <= 300
    assert options["layout"]["randomSeed"] == 42
    assert 'network.once("stabilizationIterationsDone", newsgraphSettled)' in korea_html
    assert "network.setOptions({physics: false})" in korea_html


def test_legend_filter_and_status(korea_html):
    assert 'data-relation="meet"' in korea_html and 'data-relation="greet"' not in korea_html
    assert "negated (did not happen)" in korea_html
    assert "showing 8 of 8 actors" in korea_html
    assert "<h1>Korea &lt;test&gt;</h1>" in korea_html and "<title>Korea &lt;test&gt;</title>" in korea_html


def test_max_nodes_keeps_the_most_central_and_says_so():
    html = render_html(fx.korea_kg(), max_nodes=3)
    nodes = {n["label"] for n in _dataset(html, "nodes")}
    assert nodes == {"Kim Jong Un", "North Korea", "Donald Trump"}  # partners: 4, 3, 2 (Trump before Moon by name)
    assert "showing 3 of 8 actors (the 3 most central by degree)" in html
    assert all(e["from"] in {n["id"] for n in _dataset(html, "nodes")} for e in _dataset(html, "edges"))
    with pytest.raises(NewsgraphError, match="at least 1"):
        render_html(fx.korea_kg(), max_nodes=0)


def test_article_text_never_becomes_markup():
    html = render_html(fx.injection_kg())
    assert fx.INJECTION_SCRIPT not in html
    assert fx.INJECTION_IMG not in html
    assert "</script><b>" not in html
    nodes = {n["label"] for n in _dataset(html, "nodes")}
    assert nodes == {fx.INJECTION_SCRIPT, fx.INJECTION_IMG, "Alice Example"}  # intact as data
    titles = " ".join(e["title"] for e in _dataset(html, "edges"))
    assert '"</script><b>bold</b>"' in titles and f"Title {fx.INJECTION_IMG}" in titles


def test_empty_graph_renders_a_page():
    html = render_html(fx.new_kg())
    assert "showing 0 of 0 actors" in html and _dataset(html, "nodes") == []


def test_write_html_writes_the_page(tmp_path):
    path = tmp_path / "g.html"
    write_html(fx.korea_kg(), path, max_nodes=5)
    assert path.read_text(encoding="utf-8") == render_html(fx.korea_kg(), max_nodes=5)
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]
