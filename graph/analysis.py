"""Measures on the actor network: centrality, communities, ego networks, paths with evidence, dyads, timeline.

Every function takes the MultiDiGraph of graph.network.to_networkx and returns a pandas DataFrame (or a dict),
so the CLI prints them with format_table and the notebook shows them as they are.
"""
from __future__ import annotations

import difflib
import logging
import math

import networkx as nx
import pandas as pd

from graph.network import collapse
from loaders.errors import NewsgraphError
from loaders.relations import relation_types

__all__ = ["centrality", "communities", "ego", "path_with_evidence", "dyads", "timeline", "summary",
           "format_table", "resolve_actor", "EXACT_BETWEENNESS_MAX_NODES"]

log = logging.getLogger(__name__)

#: Above this many actors betweenness is estimated from k sampled sources; exact betweenness is O(n·m) and a
#: 500-actor corpus graph still takes well under a second, while 5,000 would take tens of seconds.
EXACT_BETWEENNESS_MAX_NODES = 500
#: Sampled sources when betweenness is approximate and no k is given.
DEFAULT_K = 200
#: GDELT's QuadClass: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.
_COOPERATION, _CONFLICT = {1, 2}, {3, 4}
_MODALITY_RANK = {"asserted": 0, "planned": 1, "hypothetical": 2, "negated": 3}


def _label(mg: nx.Graph, node: str) -> str:
    return mg.nodes[node].get("label") or node


def _linked(mg: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph without negated events: "X did not meet Y" is shown in drawings but never links X and Y."""
    return nx.subgraph_view(mg, filter_edge=lambda u, v, k: mg.edges[u, v, k].get("modality") != "negated")


def _undirected(mg: nx.MultiDiGraph) -> nx.Graph:
    """The collapsed, undirected actor graph without negated events: weight = interactions in either direction."""
    ug = nx.Graph()
    ug.add_nodes_from(mg.nodes(data=True))
    for u, v, modality in mg.edges(data="modality"):
        if u == v or modality == "negated":
            continue
        if ug.has_edge(u, v):
            ug.edges[u, v]["weight"] += 1
        else:
            ug.add_edge(u, v, weight=1)
    return ug


def resolve_actor(mg: nx.MultiDiGraph, name: str) -> str:
    """The node for an actor given by IRI, label (any case) or id slug; unknown names list close matches."""
    if name in mg:
        return name
    wanted = name.strip().casefold()
    hits = sorted(n for n, label in mg.nodes(data="label")
                  if (label or "").casefold() == wanted or n.rsplit("/", 1)[-1].casefold() == wanted)
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise NewsgraphError(f"actor {name!r} is ambiguous: {', '.join(hits)}; give the IRI")
    labels = sorted({label for _, label in mg.nodes(data="label") if label})
    by_fold = {label.casefold(): label for label in labels}
    close = difflib.get_close_matches(wanted, list(by_fold), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(by_fold[c] for c in close)}?" if close else ""
    raise NewsgraphError(f"unknown actor {name!r}: not in the graph ({mg.number_of_nodes()} actors){hint}")


def centrality(mg: nx.MultiDiGraph, *, k: int | None = None, seed: int = 42) -> pd.DataFrame:
    """Degree (distinct partners; in/out), weighted degree (interactions), betweenness and PageRank per actor.

    Negated events do not count. Betweenness and degree use the undirected view, PageRank the directed one.

    Betweenness is exact up to EXACT_BETWEENNESS_MAX_NODES actors (or when k >= actors), else estimated from k
    sampled sources with a fixed seed; df.attrs["betweenness"] says which.
    """
    linked = _linked(mg)
    dg = collapse(linked)
    ug = _undirected(mg)
    n = ug.number_of_nodes()
    if k is None and n > EXACT_BETWEENNESS_MAX_NODES:
        k = DEFAULT_K
    if k is not None and k < n:
        betweenness = nx.betweenness_centrality(ug, k=k, seed=seed)
        method = f"approximate (k={k})"
    else:
        betweenness = nx.betweenness_centrality(ug)
        method = "exact"
    pagerank = nx.pagerank(dg, weight="weight") if n else {}
    rows = [{
        "actor": _label(mg, node),
        "type": mg.nodes[node].get("type", ""),
        "degree": ug.degree(node),
        "in_degree": dg.in_degree(node),
        "out_degree": dg.out_degree(node),
        "weighted_degree": linked.degree(node),
        "betweenness": betweenness.get(node, 0.0),
        "pagerank": pagerank.get(node, 0.0),
        "id": node,
    } for node in mg.nodes]
    columns = ["actor", "type", "degree", "in_degree", "out_degree", "weighted_degree", "betweenness", "pagerank",
               "id"]
    df = pd.DataFrame(rows, columns=columns)
    if len(df):
        df = df.sort_values(["degree", "actor", "id"], ascending=[False, True, True],
                            key=lambda col: col.str.casefold() if col.dtype == object else col)
    df = df.reset_index(drop=True)
    df.attrs["betweenness"] = method
    return df


def communities(mg: nx.MultiDiGraph, seed: int = 42) -> pd.DataFrame:
    """Louvain communities of the undirected weighted actor graph (negated events left out), numbered from 0 by
    size (largest first); an actor without links is a community of its own."""
    ug = _undirected(mg)
    groups = nx.community.louvain_communities(ug, weight="weight", seed=seed) if ug.number_of_nodes() else []
    ordered = sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g[0]))
    rows = []
    for number, members in enumerate(ordered):
        for node in sorted(members, key=lambda m: (_label(mg, m).casefold(), m)):
            rows.append({"community": number, "size": len(members), "actor": _label(mg, node),
                         "type": mg.nodes[node].get("type", ""), "id": node})
    return pd.DataFrame(rows, columns=["community", "size", "actor", "type", "id"])


def ego(mg: nx.MultiDiGraph, actor: str, radius: int = 1) -> nx.MultiDiGraph:
    """The actors within `radius` interactions of `actor` (either direction) and every event among them."""
    node = resolve_actor(mg, actor)
    return nx.ego_graph(mg, node, radius=radius, undirected=True).copy()


def _evidence_key(data: dict) -> tuple:
    """Best evidence first: asserted before planned/hypothetical/negated, dated first, then by sentence."""
    return (_MODALITY_RANK.get(data.get("modality"), 9), data.get("date") is None, data.get("sentence") or "")


def path_with_evidence(mg: nx.MultiDiGraph, source: str, target: str) -> pd.DataFrame:
    """The shortest chain of interactions linking two actors, one row per hop with its evidence sentence.

    Direction is ignored to find the chain; `direction` says whether the hop's event runs from -> to ("->") or
    the other way ("<-"). Negated events ("did not meet") never link actors. No chain gives an empty frame.
    """
    columns = ["hop", "from", "direction", "relation", "to", "modality", "date", "sentence", "title", "article"]
    start, end = resolve_actor(mg, source), resolve_actor(mg, target)
    linked = nx.Graph()
    linked.add_nodes_from(mg.nodes)
    linked.add_edges_from((u, v) for u, v, m in mg.edges(data="modality") if m != "negated" and u != v)
    try:
        nodes = nx.shortest_path(linked, start, end)
    except nx.NetworkXNoPath:
        log.info("no path between %s and %s", start, end)
        return pd.DataFrame([], columns=columns)
    rows = []
    for hop, (u, v) in enumerate(zip(nodes, nodes[1:]), 1):
        candidates = [("->", key, data) for key, data in (mg.get_edge_data(u, v) or {}).items()]
        candidates += [("<-", key, data) for key, data in (mg.get_edge_data(v, u) or {}).items()]
        candidates = [c for c in candidates if c[2].get("modality") != "negated"]
        direction, key, data = min(candidates, key=lambda c: (_evidence_key(c[2]), c[0], c[1]))
        rows.append({"hop": hop, "from": _label(mg, u), "direction": direction, "relation": data["relation"],
                     "to": _label(mg, v), "modality": data.get("modality"), "date": data.get("date"),
                     "sentence": data.get("sentence"), "title": data.get("title"), "article": data.get("article")})
    return pd.DataFrame(rows, columns=columns)


def dyads(mg: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per unordered actor pair: interactions by type, cooperation, conflict and their balance.

    Cooperation counts QuadClass 1-2 types, conflict 3-4 (loaders/data/relations.tsv); balance is
    (cooperation - conflict) / (cooperation + conflict), from -1 (all conflict) to +1. Negated events are left out.
    """
    types = relation_types()
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for u, v, data in mg.edges(data=True):
        if data.get("modality") == "negated":
            continue
        a, b = sorted((u, v), key=lambda n: (_label(mg, n).casefold(), n))
        counts = pairs.setdefault((a, b), {})
        counts[data["relation"]] = counts.get(data["relation"], 0) + 1
    present = [r for r in types if any(r in c for c in pairs.values())]
    rows = []
    for (a, b), counts in pairs.items():
        coop = sum(c for r, c in counts.items() if types[r].quad_class in _COOPERATION)
        conflict = sum(c for r, c in counts.items() if types[r].quad_class in _CONFLICT)
        row = {"actor_a": _label(mg, a), "actor_b": _label(mg, b), "total": sum(counts.values())}
        row.update({r: counts.get(r, 0) for r in present})
        row.update({"cooperation": coop, "conflict": conflict,
                    "balance": (coop - conflict) / (coop + conflict) if coop + conflict else math.nan,
                    "id_a": a, "id_b": b})
        rows.append(row)
    columns = ["actor_a", "actor_b", "total", *present, "cooperation", "conflict", "balance", "id_a", "id_b"]
    df = pd.DataFrame(rows, columns=columns)
    if len(df):
        df["_a"], df["_b"] = df["actor_a"].str.casefold(), df["actor_b"].str.casefold()
        df = df.sort_values(["total", "_a", "_b"], ascending=[False, True, True]).drop(columns=["_a", "_b"])
    return df.reset_index(drop=True)


def timeline(mg: nx.MultiDiGraph) -> pd.DataFrame:
    """Every interaction in date order (partial dates sort before full ones of the same period; undated last)."""
    rows = [{"date": data.get("date"), "date_text": data.get("date_text"), "from": _label(mg, u),
             "relation": data["relation"], "to": _label(mg, v), "modality": data.get("modality"),
             "place": data.get("place"), "sentence": data.get("sentence"), "event": key}
            for u, v, key, data in mg.edges(keys=True, data=True)]
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["event"]))
    return pd.DataFrame(rows, columns=["date", "date_text", "from", "relation", "to", "modality", "place",
                                       "sentence", "event"])


def summary(mg: nx.MultiDiGraph, top: int = 5) -> dict:
    """Headline numbers: actors, interactions (total, by type, by modality), articles and the top actors
    (by interactions, negated ones left out)."""
    by_type: dict[str, int] = {}
    by_modality: dict[str, int] = {}
    articles = set()
    for _, _, data in mg.edges(data=True):
        by_type[data["relation"]] = by_type.get(data["relation"], 0) + 1
        by_modality[data.get("modality")] = by_modality.get(data.get("modality"), 0) + 1
        if data.get("article"):
            articles.add(data["article"])
    order = list(relation_types())
    linked = _linked(mg)
    top_actors = sorted(mg.nodes, key=lambda n: (-linked.degree(n), _label(mg, n).casefold(), n))[:top]
    return {
        "actors": mg.number_of_nodes(),
        "interactions": mg.number_of_edges(),
        "articles": len(articles),
        "by_type": {r: by_type[r] for r in sorted(by_type, key=lambda r: (order.index(r) if r in order else 99, r))},
        "by_modality": {m: by_modality[m] for m in sorted(by_modality, key=lambda m: _MODALITY_RANK.get(m, 9))},
        "top_actors": [(_label(mg, n), linked.degree(n)) for n in top_actors],
    }


def _cell(value, width: int) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        text = ""
    elif isinstance(value, float):
        text = f"{value:.4f}"
    else:
        text = " ".join(str(value).split())  # one line per row, whatever the sentence held
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(df: pd.DataFrame, max_rows: int = 20, max_width: int = 60) -> str:
    """The frame as aligned plain text for the terminal: numbers right-aligned, long cells cut, extra rows counted."""
    if df is None or not len(df.columns):
        return "(no columns)"
    shown = df.head(max_rows) if max_rows and max_rows > 0 else df
    numeric = [pd.api.types.is_numeric_dtype(df[c]) for c in df.columns]
    cells = [[_cell(v, max_width) for v in row] for row in shown.itertuples(index=False, name=None)]
    header = [str(c) for c in df.columns]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    if not len(df):
        out.append("(no rows)")
    elif len(df) > len(shown):
        out.append(f"… {len(df) - len(shown)} more rows")
    return "\n".join(out)
