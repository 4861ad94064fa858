"""The interactive network page: one self-contained HTML file built with pyvis, vis-network inlined, no requests.

pyvis's own templates fetch Bootstrap and tom-select from CDNs even in "in_line" mode, so the page uses pyvis to
hold nodes, edges and options and renders them through the template below, with vis-network's JS and CSS (shipped
inside the pyvis package) inlined. Article text only ever reaches the page as JSON data or escaped HTML text, and
vis-network shows string tooltips as text (innerText), so names like "<script>" stay inert.
"""
from __future__ import annotations

import logging
import math
import os
from importlib import resources

import networkx as nx
from jinja2 import DictLoader, Environment
from pyvis.network import Network
from rdflib import Graph

from graph.store import atomic_write
from graph.network import to_networkx
from loaders.errors import NewsgraphError
from loaders.relations import relation_types

__all__ = ["render_html", "write_html", "NODE_COLORS", "EDGE_COLORS", "select_actors", "drawn_edges"]

log = logging.getLogger(__name__)

#: Actor type -> node colour.
NODE_COLORS = {"Person": "#4e79a7", "Organization": "#f28e2b", "Country": "#59a14f", "Place": "#b07aa1",
               "Actor": "#9c9c9c"}
#: Interaction type -> edge colour (one per row of loaders/data/relations.tsv).
EDGE_COLORS = {"visit": "#1f77b4", "meet": "#2ca02c", "greet": "#17becf", "support": "#8c564b",
               "oppose": "#d62728", "request": "#bcbd22", "promise": "#9467bd", "condole": "#7f7f7f",
               "cooperate": "#e377c2", "accuse": "#ff7f0e", "sanction": "#000000"}
_NEGATED_COLOR = "#b0b0b0"
_DASHES = {"asserted": False, "planned": [10, 6], "hypothetical": [10, 6], "negated": [2, 6]}
#: Sentences listed in one edge tooltip; the rest are counted.
_TOOLTIP_EVENTS = 5
#: Edge labels (the interaction type) are drawn only up to this many edges; beyond, they are unreadable clutter.
_MAX_EDGE_LABELS = 150

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsgraph (pyvis {{ page.pyvis_version }}, vis-network {{ page.vis_version }})">
<title>{{ page.title }}</title>
<style>{{ page.vis_css|safe }}</style>
<style>
html, body { margin: 0; padding: 0; height: 100%; font-family: system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #222; background: #fafafa; }
header { padding: 8px 16px; border-bottom: 1px solid #ddd; background: #fff; }
header h1 { font-size: 18px; margin: 0 0 2px 0; }
header p { margin: 0; font-size: 13px; color: #555; }
#layout { display: flex; height: calc(100% - 58px); min-height: 420px; }
#mynetwork { flex: 1 1 auto; background: #fff; position: relative; }
#legend { flex: 0 0 230px; overflow-y: auto; padding: 8px 12px; font-size: 13px; border-left: 1px solid #ddd;
  background: #fff; }
#legend h2 { font-size: 13px; margin: 10px 0 4px 0; text-transform: uppercase; letter-spacing: .04em; color: #666; }
#legend ul { list-style: none; margin: 0; padding: 0; }
#legend li { margin: 2px 0; display: flex; align-items: center; gap: 6px; }
#legend label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
.dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; }
.line { display: inline-block; width: 28px; height: 0; border-top-width: 3px; border-top-style: solid; }
.note { color: #666; font-size: 12px; margin-top: 8px; }
div.vis-tooltip { white-space: pre-wrap; max-width: 420px; font-size: 12px; line-height: 1.35; }
</style>
<script>{{ page.vis_js|safe }}</script>
</head>
<body>
<header>
<h1>{{ page.title }}</h1>
<p id="status">showing {{ page.shown }} of {{ page.total }} actors{% if page.shown < page.total %} (the {{ page.shown }} most central by degree){% endif %} &middot; {{ page.drawn_edges }} links drawn for {{ page.events }} interactions</p>
</header>
<div id="layout">
<div id="mynetwork"></div>
<aside id="legend">
<h2>Actors</h2>
<ul>
{% for name, color in page.node_legend %}<li><span class="dot" style="background: {{ color }}"></span>{{ name }}</li>
{% endfor %}</ul>
<p class="note">Size: degree centrality (number of partners).</p>
<h2>Interactions</h2>
<ul id="relation-filter">
{% for rel in page.relations %}<li><label><input type="checkbox" checked data-relation="{{ rel.name }}"><span class="line" style="border-top-color: {{ rel.color }}"></span>{{ rel.name }} ({{ rel.count }})</label></li>
{% endfor %}</ul>
<h2>Lines</h2>
<ul>
<li><span class="line" style="border-top-color: #555"></span>asserted</li>
<li><span class="line" style="border-top-color: #555; border-top-style: dashed"></span>planned or hypothetical</li>
<li><span class="line" style="border-top-color: {{ page.negated_color }}; border-top-style: dotted"></span>negated (did not happen)</li>
</ul>
<p class="note">Arrows point from the actor who acts to the one acted on. Width: number of interactions.
Hover a node or a line for the evidence sentences; untick a type to hide it.</p>
</aside>
</div>
<script>
var nodes = new vis.DataSet({{ nodes|tojson }});
var edges = new vis.DataSet({{ edges|tojson }});
var options = {{ options|safe }};
var container = document.getElementById("mynetwork");
var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
window.newsgraphStable = false;
function newsgraphSettled() {
  network.setOptions({physics: false});
  window.newsgraphStable = true;
}
if (nodes.length === 0) {
  newsgraphSettled();
} else {
  network.once("stabilizationIterationsDone", newsgraphSettled);
}
document.querySelectorAll("#relation-filter input[type=checkbox]").forEach(function (box) {
  box.addEventListener("change", function () {
    var relation = box.getAttribute("data-relation");
    var changes = edges.get({filter: function (e) { return e.relation === relation; }})
      .map(function (e) { return {id: e.id, hidden: !box.checked}; });
    edges.update(changes);
  });
});
</script>
</body>
</html>
"""


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _ranked(mg: nx.MultiDiGraph) -> list[tuple[str, float]]:
    """Actors with their degree centrality (distinct partners / (n - 1)), most central first."""
    ug = nx.Graph()
    ug.add_nodes_from(mg.nodes)
    ug.add_edges_from((u, v) for u, v in mg.edges() if u != v)
    centrality = nx.degree_centrality(ug) if len(ug) > 1 else {n: 0.0 for n in ug}
    order = sorted(mg.nodes, key=lambda n: (-centrality[n], -mg.degree(n), mg.nodes[n]["label"].casefold(), n))
    return [(n, centrality[n]) for n in order]


def select_actors(mg: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The subgraph of the `max_nodes` most central actors (degree centrality, then interactions, then label)."""
    keep = [n for n, _ in _ranked(mg)[:max_nodes]]
    return mg.subgraph(sorted(keep)).copy()


def _lines(events: list[dict]) -> list[str]:
    out = []
    for data in events[:_TOOLTIP_EVENTS]:
        when = data.get("date") or ""
        if data.get("date_text"):
            when = f"{when} ({data['date_text']})".strip()
        where = f"at {data['place']}" if data.get("place") else ""
        head = ", ".join(x for x in (when, where) if x)
        out.append("")
        if head:
            out.append(head)
        out.append(f"\u201c{data.get('sentence') or ''}\u201d")
        if data.get("title"):
            out.append(f"  \u2014 {data['title']}")
    if len(events) > _TOOLTIP_EVENTS:
        out.append(f"\n\u2026 and {len(events) - _TOOLTIP_EVENTS} more")
    return out


def drawn_edges(mg: nx.MultiDiGraph) -> list[dict]:
    """The lines the page draws: one per (agent, target, interaction type, modality), with its events."""
    groups: dict[tuple[str, str, str, str], list[dict]] = {}
    for u, v, key, data in mg.edges(keys=True, data=True):
        groups.setdefault((u, v, data["relation"], data.get("modality") or "asserted"), []).append(
            dict(data, event=key))
    order = list(relation_types())
    modality_order = list(_DASHES)

    def sort_key(item):
        (u, v, rel, mod), _ = item
        return (u, v, order.index(rel) if rel in order else 99, rel,
                modality_order.index(mod) if mod in modality_order else 9)

    result = []
    for (u, v, rel, mod), events in sorted(groups.items(), key=sort_key):
        events.sort(key=lambda d: (d.get("date") is None, d.get("date") or "", d["event"]))
        result.append({"from": u, "to": v, "relation": rel, "modality": mod, "events": events})
    return result


def _network(mg: nx.MultiDiGraph, shown: nx.MultiDiGraph, title: str) -> tuple[Network, dict]:
    """A pyvis Network holding the drawn nodes and edges, and the page variables for the template."""
    net = Network(height="100%", width="100%", directed=True, heading="", cdn_resources="in_line")
    centrality = dict(_ranked(shown))
    top = max(centrality.values(), default=0.0) or 1.0
    for node in shown.nodes:
        attrs = shown.nodes[node]
        partners = len(set(shown.predecessors(node)) | set(shown.successors(node)) - {node})
        count = mg.nodes[node]["count"]
        tooltip = "\n".join([attrs["label"], attrs["type"],
                             f"{count} interaction{'s' * (count != 1)}, {partners} partner{'s' * (partners != 1)}"
                             " on this page", node])
        net.add_node(node, label=attrs["label"], title=tooltip, shape="dot",
                     color=NODE_COLORS.get(attrs["type"], NODE_COLORS["Actor"]),
                     size=round(10 + 30 * centrality[node] / top, 2))
    lines = drawn_edges(shown)
    pair_index: dict[frozenset, int] = {}
    relation_counts: dict[str, int] = {}
    for i, line in enumerate(lines):
        u, v, rel, mod, events = line["from"], line["to"], line["relation"], line["modality"], line["events"]
        relation_counts[rel] = relation_counts.get(rel, 0) + len(events)
        pair = frozenset((u, v))
        nth = pair_index[pair] = pair_index.get(pair, -1) + 1
        count = len(events)
        noun = "interaction" if count == 1 else "interactions"
        tooltip = "\n".join([f"{shown.nodes[u]['label']} \u2192 {shown.nodes[v]['label']}",
                             f"{rel} \u00b7 {mod} \u00b7 {count} {noun}", *_lines(events)])
        options = {
            "id": f"e{i}", "relation": rel, "modality": mod, "count": count, "title": tooltip, "arrows": "to",
            "color": {"color": _NEGATED_COLOR if mod == "negated" else EDGE_COLORS.get(rel, "#555555"),
                      "highlight": "#000000", "hover": "#000000", "inherit": False},
            "dashes": _DASHES.get(mod, False),
            "width": round(1.5 + 2 * math.log2(count), 2),
        }
        if nth:  # parallel lines between the same two actors bend apart instead of overlapping
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * nth, 2)}
        if len(lines) <= _MAX_EDGE_LABELS:
            options["label"] = rel
        net.add_edge(u, v, **options)
    n = shown.number_of_nodes()
    net.options = {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": n <= 100},
        "nodes": {"shape": "dot", "borderWidth": 1, "font": {"size": 14, "face": "system-ui, sans-serif"}},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle", "color": "#444"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "selectionWidth": 2},
        "physics": {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01, "springLength": 110,
                                 "springConstant": 0.08, "avoidOverlap": 0.3},
            "maxVelocity": 50, "minVelocity": 1, "timestep": 0.5,
            # bounded so a 1,000-actor page settles in seconds; then the page switches physics off
            "stabilization": {"enabled": True, "iterations": 300 if n <= 300 else 150, "updateInterval": 50,
                              "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > 300, "keyboard": False},
    }
    import pyvis

    page = {
        "title": title, "shown": n, "total": mg.number_of_nodes(), "events": shown.number_of_edges(),
        "drawn_edges": len(lines),
        "node_legend": [(t, NODE_COLORS[t]) for t in NODE_COLORS
                        if any(d == t for _, d in shown.nodes(data="type"))],
        "relations": [{"name": r, "color": EDGE_COLORS.get(r, "#555555"), "count": relation_counts[r]}
                      for r in relation_types() if r in relation_counts]
                     + [{"name": r, "color": "#555555", "count": c} for r, c in sorted(relation_counts.items())
                        if r not in relation_types()],
        "negated_color": _NEGATED_COLOR,
        "vis_css": _asset("vis-network.css"), "vis_js": _asset("vis-network.min.js"),
        "vis_version": "9.1.2", "pyvis_version": getattr(pyvis, "__version__", "0.3.2"),
    }
    return net, page


def render_html(kg: Graph, *, max_nodes: int = 300, title: str = "newsgraph") -> str:
    """The whole page as a string: the `max_nodes` most central actors of the graph and their interactions."""
    if max_nodes < 1:
        raise NewsgraphError(f"--max-nodes must be at least 1, not {max_nodes}")
    mg = to_networkx(kg)
    shown = select_actors(mg, max_nodes) if mg.number_of_nodes() > max_nodes else mg
    net, page = _network(mg, shown, title)
    env = Environment(loader=DictLoader({"newsgraph.html": _TEMPLATE}), autoescape=True)
    env.globals["page"] = page
    net.templateEnv, net.path = env, "newsgraph.html"
    html = net.generate_html(name="newsgraph.html")
    log.debug("page: %d of %d actors, %d lines", page["shown"], page["total"], page["drawn_edges"])
    return html


def write_html(kg: Graph, path: str | os.PathLike, *, max_nodes: int = 300, title: str = "newsgraph") -> None:
    """Write render_html's page to `path` atomically."""
    data = render_html(kg, max_nodes=max_nodes, title=title).encode("utf-8")
    atomic_write(path, lambda f: f.write(data))
