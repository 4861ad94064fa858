"""graph/analysis.py: measures checked against values computed by hand on tiny graphs."""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import rdf_fixtures as fx  # noqa: E402

from graph.analysis import (  # noqa: E402
    centrality, communities, dyads, ego, format_table, path_with_evidence, summary, timeline,
)
from graph.network import to_networkx  # noqa: E402
from loaders.errors import NewsgraphError  # noqa: E402


@pytest.fixture(scope="module")
def korea():
    return to_networkx(fx.korea_kg())


def test_star_degree_and_betweenness_by_hand():
    # hub with 3 leaves: hub lies on all 3 leaf-leaf shortest paths -> normalised betweenness 3/3 = 1
    df = centrality(to_networkx(fx.star_kg(3)))
    assert list(df["actor"]) == ["Hub", "Leaf 1", "Leaf 2", "Leaf 3"]
    hub = df.iloc[0]
    assert (hub["degree"], hub["in_degree"], hub["out_degree"], hub["weighted_degree"]) == (3, 0, 3, 3)
    assert hub["betweenness"] == pytest.approx(1.0)
    leaf = df.iloc[1]
    assert (leaf["degree"], leaf["in_degree"], leaf["out_degree"], leaf["betweenness"]) == (1, 1, 0, 0.0)
    assert df.attrs["betweenness"] == "exact"
    assert df["pagerank"].sum() == pytest.approx(1.0)
    # every leaf points nowhere, so the hub (no in-links) has the smallest PageRank
    assert hub["pagerank"] < leaf["pagerank"]


def test_path_graph_betweenness_by_hand():
    # A - B - C - D as a chain of meetings: B and C each lie on 2 of the 3 pairs' paths -> 2/3
    kg = fx.new_kg()
    lines = ["A met B.", "B met C.", "C met D."]
    art = fx.add_article(kg, " ".join(lines), "chain", "c.txt")
    for name in "ABCD":
        fx.add_actor(kg, name.lower(), name, "Person")
    for line in lines:
        fx.add_event(kg, art, line[0].lower(), "meet", line[6].lower(), line, "met")
    df = centrality(to_networkx(kg)).set_index("actor")
    assert df.loc["B", "betweenness"] == pytest.approx(2 / 3)
    assert df.loc["A", "betweenness"] == 0.0
    assert df.loc["B", "degree"] == 2


def test_weighted_degree_counts_repeats_and_ignores_negated():
    kg = fx.new_kg()
    fx.add_actor(kg, "a", "A", "Person")
    fx.add_actor(kg, "b", "B", "Person")
    fx.add_actor(kg, "c", "C", "Person")
    text = "A met B. A met B once more. A did not meet C."
    art = fx.add_article(kg, text, "t", "t.txt")
    fx.add_event(kg, art, "a", "meet", "b", "A met B.", "met")
    fx.add_event(kg, art, "a", "meet", "b", "A met B once more.", "met")
    fx.add_event(kg, art, "a", "meet", "c", "A did not meet C.", "meet", modality="negated")
    df = centrality(to_networkx(kg)).set_index("actor")
    assert df.loc["A", "degree"] == 1 and df.loc["A", "weighted_degree"] == 2
    assert df.loc["C", "degree"] == 0


def test_korea_kim_is_most_central(korea):
    df = centrality(korea)
    assert df.iloc[0]["actor"] == "Kim Jong Un"
    assert list(df["degree"]) == sorted(df["degree"], reverse=True)


def test_large_graph_betweenness_is_approximate_with_fixed_seed():
    mg = to_networkx(fx.large_kg(n_actors=600, n_events=900))
    one = centrality(mg)
    assert one.attrs["betweenness"] == "approximate (k=200)"
    two = centrality(mg)
    assert list(one["betweenness"]) == list(two["betweenness"])
    small_k = centrality(mg, k=50, seed=1)
    assert small_k.attrs["betweenness"] == "approximate (k=50)"


def test_communities_split_two_cliques_joined_by_one_bridge():
    kg = fx.new_kg()
    names = ["a1", "a2", "a3", "b1", "b2", "b3"]
    for name in names:
        fx.add_actor(kg, name, name.upper(), "Country")
    pairs = [("a1", "a2"), ("a1", "a3"), ("a2", "a3"), ("b1", "b2"), ("b1", "b3"), ("b2", "b3"), ("a1", "b1")]
    lines = [f"{x} backed {y}." for x, y in pairs]
    art = fx.add_article(kg, " ".join(lines), "t", "t.txt")
    for (x, y), line in zip(pairs, lines):
        fx.add_event(kg, art, x, "support", y, line, "backed")
    df = communities(to_networkx(kg))
    groups = df.groupby("community")["actor"].apply(frozenset).tolist()
    assert sorted(groups, key=sorted) == [frozenset({"A1", "A2", "A3"}), frozenset({"B1", "B2", "B3"})]
    assert df.equals(communities(to_networkx(kg)))


def test_ego_network_of_kim(korea):
    sub = ego(korea, "kim jong un")
    labels = {d["label"] for _, d in sub.nodes(data=True)}
    assert labels == {"Kim Jong Un", "Xi Jinping", "Moon Jae-in", "Donald Trump", "Chinese embassy in Pyongyang"}
    # the Moon -> Xi meeting lies between two of Kim's partners, so it is in the ego network too
    assert sub.number_of_edges() == 5
    # two steps out, through the (negated) Trump meeting, North Korea joins; China and the US are three away
    assert set(ego(korea, "Kim Jong Un", radius=2)) == set(sub) | {str(fx.actor_iri("north-korea"))}
    assert len(ego(korea, "Kim Jong Un", radius=3)) == 8


def test_path_with_evidence_moon_to_china(korea):
    df = path_with_evidence(korea, "Moon Jae-in", "Chinese embassy in Pyongyang")
    assert list(df["from"]) == ["Moon Jae-in", "Kim Jong Un"]
    assert list(df["to"]) == ["Kim Jong Un", "Chinese embassy in Pyongyang"]
    assert list(df["relation"]) == ["meet", "visit"]
    assert list(df["direction"]) == ["<-", "->"]  # Kim met Moon (recorded Kim -> Moon)
    assert df.iloc[0]["sentence"] == "Kim met South Korean President Moon Jae-in at the border village."
    assert df.iloc[1]["article"].startswith("https://w3id.org/newsgraph/id/article/")


def test_path_never_crosses_a_negated_event(korea):
    # Kim did not meet Trump: Trump's only other link is his criticism of North Korea
    df = path_with_evidence(korea, "Kim Jong Un", "Donald Trump")
    assert df.empty


def test_path_accepts_iris_and_unknown_actor_lists_close_matches(korea):
    kim, xi = str(fx.actor_iri("kim-jong-un")), str(fx.actor_iri("xi-jinping"))
    assert len(path_with_evidence(korea, kim, xi)) == 1
    with pytest.raises(NewsgraphError, match="Kim Jong On.*did you mean Kim Jong Un"):
        path_with_evidence(korea, "Kim Jong On", "Xi Jinping")
    with pytest.raises(NewsgraphError, match="unknown actor 'Nobody At All'"):
        ego(korea, "Nobody At All")


def test_dyads_counts_and_balance():
    kg = fx.new_kg()
    for slug, label in (("china", "China"), ("north-korea", "North Korea")):
        fx.add_actor(kg, slug, label, "Country")
    lines = ["China backed North Korea.", "North Korea thanked and backed China.", "China met North Korea.",
             "China criticised North Korea.", "China did not sanction North Korea."]
    art = fx.add_article(kg, " ".join(lines), "t", "t.txt")
    fx.add_event(kg, art, "china", "support", "north-korea", lines[0], "backed")
    fx.add_event(kg, art, "north-korea", "support", "china", lines[1], "backed")
    fx.add_event(kg, art, "china", "meet", "north-korea", lines[2], "met")
    fx.add_event(kg, art, "china", "oppose", "north-korea", lines[3], "criticised")
    fx.add_event(kg, art, "china", "sanction", "north-korea", lines[4], "sanction", modality="negated")
    df = dyads(to_networkx(kg))
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["actor_a"], row["actor_b"]) == ("China", "North Korea")
    assert (row["support"], row["meet"], row["oppose"], row["total"]) == (2, 1, 1, 4)
    assert "sanction" not in df.columns  # the negated sanction is left out
    assert (row["cooperation"], row["conflict"]) == (3, 1)
    assert row["balance"] == pytest.approx((3 - 1) / (3 + 1))


def test_korea_dyads_have_china_north_korea_support(korea):
    df = dyads(korea)
    row = df[(df["actor_a"] == "China") & (df["actor_b"] == "North Korea")].iloc[0]
    assert row["support"] == 1 and row["balance"] == 1.0
    sanction = df[df["sanction"] == 1].iloc[0]
    assert sanction["balance"] == -1.0


def test_timeline_orders_by_date_undated_last(korea):
    df = timeline(korea)
    dates = list(df["date"])
    assert dates[:6] == ["2017", "2018", "2018-04", "2018-04-23", "2018-04-23", "2018-05"]
    assert df["date"].iloc[6:].isna().all()
    assert len(df) == korea.number_of_edges()


def test_summary(korea):
    s = summary(korea)
    assert s["actors"] == 8 and s["interactions"] == 8 and s["articles"] == 1
    assert s["by_type"] == {"visit": 1, "meet": 3, "support": 1, "oppose": 1, "condole": 1, "sanction": 1}
    assert s["by_modality"] == {"asserted": 6, "planned": 1, "negated": 1}
    assert s["top_actors"][0] == ("Kim Jong Un", 3)


def test_format_table_aligns_cuts_and_counts_rows(korea):
    df = centrality(korea)
    text = format_table(df[["actor", "degree", "betweenness"]], max_rows=3)
    lines = text.splitlines()
    assert lines[0].split() == ["actor", "degree", "betweenness"]
    assert lines[2].startswith("Kim Jong Un")
    assert len({len(line) for line in lines[1:5]}) == 1 or all(line.rstrip() == line for line in lines)
    assert lines[-1] == "… 5 more rows"
    # numbers right-aligned under their header
    assert lines[2].index("3") == lines[0].index("degree") + len("degree") - 1
    long = format_table(timeline(korea)[["sentence"]], max_width=20)
    assert all(len(line) <= 20 for line in long.splitlines()[2:])
    assert format_table(timeline(korea).iloc[0:0]).endswith("(no rows)")
    assert not math.isnan(df["betweenness"].iloc[0])
