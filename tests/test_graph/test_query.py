"""Named SPARQL queries, parameters and DataFrame results on a small hand-built graph."""
from __future__ import annotations

import pytest

from graph.query import NamedQuery, named_queries, resolve_query, run_query
from loaders.errors import InputError, NewsgraphError

EXPECTED = {"who-met-whom", "visits-by-actor", "actor-timeline", "interactions-by-modality", "roles",
            "all-interactions", "actors"}


def _rows(frame) -> list[dict]:
    return frame.to_dict(orient="records")


def test_named_queries_are_listed_with_descriptions():
    queries = named_queries()
    assert EXPECTED <= set(queries)
    for name, query in queries.items():
        assert isinstance(query, NamedQuery) and query.name == name
        assert query.description and not query.description.startswith("#")
    assert set(queries["visits-by-actor"].params) == {"actor_label"}
    assert set(queries["actor-timeline"].params) == {"actor_label"}


def test_who_met_whom(kg):
    rows = _rows(run_query(kg, resolve_query("who-met-whom")))
    # the negated meeting with France is not a meeting
    assert rows == [{"agent": "Mara Voss", "target": "Tomas Reyl", "meetings": "1",
                     "first_date": "2021-03-08", "last_date": "2021-03-08"}]


@pytest.mark.parametrize("who", ["Tomas Reyl", "reyl", "tomas-reyl", "https://w3id.org/newsgraph/id/actor/tomas-reyl"])
def test_visits_by_actor_accepts_label_alias_slug_or_iri(kg, who):
    frame = run_query(kg, resolve_query("visits-by-actor", {"actor_label": who}))
    rows = _rows(frame)
    assert len(rows) == 1
    row = rows[0]
    assert (row["agent"], row["target"], row["modality"], row["date"], row["trigger"]) == (
        "Tomas Reyl", "Eldoria", "planned", "2022", "visit")
    assert row["sentence"] == "Reyl said he would visit Eldoria next spring."


def test_visits_by_unknown_actor_is_empty_with_columns(kg):
    frame = run_query(kg, resolve_query("visits-by-actor", {"actor_label": "Nobody"}))
    assert frame.empty and "target" in frame.columns


def test_actor_timeline_is_in_date_order(kg):
    rows = _rows(run_query(kg, resolve_query("actor-timeline", {"actor_label": "Mara Voss"})))
    assert [(r["date"], r["relation"], r["target"], r["modality"]) for r in rows] == [
        ("2021-03-08", "visit", "Valdora", "asserted"),
        ("2021-03-08", "meet", "Tomas Reyl", "asserted"),
        ("", "meet", "France", "negated"),
    ]


def test_interactions_by_modality(kg):
    rows = {(r["relation"], r["modality"]): r["interactions"]
            for r in _rows(run_query(kg, resolve_query("interactions-by-modality")))}
    assert rows == {("meet", "asserted"): "1", ("meet", "negated"): "1", ("support", "asserted"): "1",
                    ("visit", "asserted"): "1", ("visit", "planned"): "1"}


def test_roles(kg):
    rows = {(r["person"], r["role"], r["of"], r["to"]) for r in _rows(run_query(kg, resolve_query("roles")))}
    assert rows == {("Ana Voss", "ambassador", "Eldoria", "Valdora"), ("Ana Voss", "sister", "Mara Voss", ""),
                    ("Mara Voss", "president", "Eldoria", "")}


def test_all_interactions_and_actors(kg):
    events = run_query(kg, resolve_query("all-interactions"))
    assert len(events) == 5 and set(events["modality"]) == {"asserted", "planned", "negated"}
    actors = {r["label"]: r for r in _rows(run_query(kg, resolve_query("actors")))}
    assert actors["Mara Voss"]["interactions"] == "3"
    assert actors["Tomas Reyl"]["interactions"] == "3"
    assert actors["United Nations"]["wikidata"] == "http://www.wikidata.org/entity/Q1065"
    assert actors["Port Sela"]["type"] == "Place"


def test_resolve_query_from_string_and_file(tmp_path, kg):
    text = "SELECT ?label WHERE { ?a rdfs:label ?label } ORDER BY ?label LIMIT 1"
    assert run_query(kg, resolve_query(text))["label"].tolist() == ["Ana Voss"]
    path = tmp_path / "mine.rq"
    path.write_text("# mine\nSELECT (COUNT(*) AS ?n) WHERE { ?e ng:relation ?r }\n", encoding="utf-8")
    assert run_query(kg, resolve_query(str(path)))["n"].tolist() == ["5"]


def test_params_bind_in_ad_hoc_queries(kg):
    text = "SELECT ?a WHERE { ?a rdfs:label ?l FILTER(STR(?l) = ?who) }"
    frame = run_query(kg, resolve_query(text, {"who": 'Eldoria'}))
    assert frame["a"].tolist() == ["https://w3id.org/newsgraph/id/actor/eldoria"]
    quoted = run_query(kg, resolve_query(text, {"who": 'He said "no" \\ twice'}))
    assert quoted.empty


def test_ask_returns_one_cell(kg):
    frame = run_query(kg, "ASK { ?a ng:visited ?b }")
    assert frame.shape == (1, 1) and frame.iloc[0, 0] == "true"


def test_errors_are_one_line_and_helpful(tmp_path, kg):
    with pytest.raises(NewsgraphError, match="unknown query 'who-visited'.*who-met-whom"):
        resolve_query("who-visited")
    with pytest.raises(NewsgraphError, match="SPARQL syntax error") as caught:
        resolve_query("SELECT ?a WHERE { ?a ?b }")
    assert "\n" not in str(caught.value)
    with pytest.raises(NewsgraphError, match="needs parameter actor_label"):
        resolve_query("visits-by-actor")
    with pytest.raises(InputError, match="no such query file"):
        resolve_query(str(tmp_path / "missing.rq"))
    with pytest.raises(NewsgraphError, match="SPARQL error"):
        run_query(kg, "SELEKT nothing")
    with pytest.raises(NewsgraphError, match="only SELECT and ASK"):
        run_query(kg, "CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c }")
