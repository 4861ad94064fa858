"""Exports for other tools: GraphML and GEXF (Gephi, Cytoscape) and a GDELT/PLOVER-like event table (CSV/Parquet).

All writes are atomic (a temp file in the same folder, then os.replace) and byte-identical for the same input.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import networkx as nx
import pandas as pd
from rdflib import Graph

from graph.network import read_actors, read_events
from graph.store import atomic_write
from loaders.errors import NewsgraphError
from loaders.relations import relation_types

__all__ = ["write_graphml", "write_gexf", "event_table", "write_event_table", "EVENT_COLUMNS"]

log = logging.getLogger(__name__)

#: Columns of the event table, in order: one row per interaction event.
EVENT_COLUMNS = ("event_id", "date", "date_text", "source_actor", "source_type", "event_type", "plover_category",
                 "plover_mode", "cameo", "quad_class", "target_actor", "target_type", "modality", "place", "trigger",
                 "article", "title", "source", "sentence", "start", "end", "source_actor_id", "target_actor_id")


def _plain(value):
    """GraphML/GEXF take strings, numbers and booleans only: containers become text, None is dropped."""
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return " | ".join(map(str, value))
    return str(value)


def _legal(g: nx.Graph) -> nx.Graph:
    """A copy of the graph whose attribute values are all legal in GraphML and GEXF."""
    out = g.__class__()
    for n, attrs in g.nodes(data=True):
        out.add_node(n, **{k: _plain(v) for k, v in attrs.items() if v is not None})
    if g.is_multigraph():
        for u, v, key, attrs in g.edges(keys=True, data=True):
            out.add_edge(u, v, key=key, **{k: _plain(v) for k, v in attrs.items() if v is not None})
    else:
        for u, v, attrs in g.edges(data=True):
            out.add_edge(u, v, **{k: _plain(v) for k, v in attrs.items() if v is not None})
    return out


def write_graphml(mg: nx.Graph, path: str | os.PathLike) -> None:
    """The network (as from to_networkx or collapse) as GraphML; edge ids are the event IRIs."""
    legal = _legal(mg)
    atomic_write(path, lambda f: nx.write_graphml(legal, f, encoding="utf-8", prettyprint=True))


def write_gexf(mg: nx.Graph, path: str | os.PathLike) -> None:
    """The network as GEXF 1.2 for Gephi (without the writer's "last modified" date, so output is reproducible)."""
    legal = _legal(mg)
    text = "\n".join(nx.generate_gexf(legal, encoding="utf-8", prettyprint=True)) + "\n"
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    atomic_write(path, lambda f: f.write(text.encode("utf-8")))


def event_table(kg: Graph) -> pd.DataFrame:
    """One row per interaction event in a GDELT/PLOVER-like layout (EVENT_COLUMNS), ordered by date then id."""
    actors = read_actors(kg)
    types = relation_types()
    rows = []
    for e in read_events(kg):
        rtype = types.get(e["relation"])
        agent, target = actors.get(e["agent"], {}), actors.get(e["target"], {})
        place = actors.get(e["place"], {}).get("label") if e["place"] else None
        rows.append({
            "event_id": e["event"], "date": e["date"], "date_text": e["date_text"],
            "source_actor": agent.get("label") or e["agent"].rsplit("/", 1)[-1], "source_type": agent.get("type"),
            "event_type": e["relation"],
            "plover_category": rtype.plover_category if rtype else None,
            "plover_mode": (rtype.plover_mode or None) if rtype else None,
            "cameo": rtype.cameo if rtype else None,
            "quad_class": rtype.quad_class if rtype else None,
            "target_actor": target.get("label") or e["target"].rsplit("/", 1)[-1], "target_type": target.get("type"),
            "modality": e["modality"], "place": place or (e["place"].rsplit("/", 1)[-1] if e["place"] else None),
            "trigger": e["trigger"], "article": e["article"], "title": e["title"], "source": e["source"],
            "sentence": e["sentence"], "start": e["start"], "end": e["end"],
            "source_actor_id": e["agent"], "target_actor_id": e["target"],
        })
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["event_id"]))
    df = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for column in ("start", "end", "quad_class"):
        df[column] = df[column].astype("Int64")
    text_columns = [c for c in EVENT_COLUMNS if c not in ("start", "end", "quad_class")]
    df[text_columns] = df[text_columns].astype("string")
    return df


def write_event_table(kg: Graph, path: str | os.PathLike) -> None:
    """The event table as .csv (UTF-8, with header) or .parquet, chosen by the file suffix."""
    suffix = Path(path).suffix.lower()
    df = event_table(kg)
    if suffix == ".csv":
        data = df.to_csv(index=False, lineterminator="\n").encode("utf-8")
        atomic_write(path, lambda f: f.write(data))
    elif suffix == ".parquet":
        atomic_write(path, lambda f: df.to_parquet(f, engine="pyarrow", index=False))
    else:
        raise NewsgraphError(f"cannot write event table {path}: use a .csv or .parquet file name")
    log.info("wrote %d events to %s", len(df), path)
