"""Tests for graph/cli.py: argument parsing, every subcommand end to end on the real seed (read from shared/),
and the error contract (one line on stderr, exit 2 for a user error, exit 1 when part of a batch failed)."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from graph.cli import main, parse_args

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seeds" / "000_daf806983e2d4952.txt"
#: The console script installed into the venv that runs these tests.
NEWSGRAPH = Path(sys.executable).parent / "newsgraph"
SUBCOMMANDS = ("extract", "build", "viz", "analyze", "summary", "query", "validate", "export")
RECORD_KEYS = {"doc", "subject", "relation", "object", "modality", "trigger", "date", "place", "sentence", "start",
               "end"}

# A short article of our own, for updates and batches.
OWN_ARTICLE = (
    "Rivers Meet in Oslo\n"
    "Norwegian Prime Minister Jonas Gahr Store met Justin Trudeau in Oslo on Tuesday.\n"
    "Trudeau praised Norway for its work on the Arctic council.\n"
)


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory) -> Path:
    """The seed's graph, built once through the CLI."""
    path = tmp_path_factory.mktemp("seed") / "seed.ttl"
    assert main(["build", str(SEED), "-o", str(path)]) == 0
    return path


@pytest.fixture()
def own_article(tmp_path) -> Path:
    path = tmp_path / "oslo.txt"
    path.write_text(OWN_ARTICLE, encoding="utf-8")
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---- parse_args ----------------------------------------------------------------------------
def test_parse_args_is_separate_from_main():
    args = parse_args(["extract", "a.txt", "b.txt", "--format", "csv", "--date", "2018-04-23"])
    assert args.command == "extract" and args.paths == ["a.txt", "b.txt"] and args.format == "csv"
    assert args.date.isoformat() == "2018-04-23" and args.model is None
    args = parse_args(["build", "a.txt", "-o", "out.ttl"])
    assert args.output == Path("out.ttl") and args.update is None


@pytest.mark.parametrize("argv", [[], ["extract"], ["extract", "a.txt", "--format", "xml"],
                                  ["extract", "a.txt", "--date", "23/04/2018"], ["frobnicate"]])
def test_bad_arguments_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        parse_args(argv)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--help"], *[[name, "--help"] for name in SUBCOMMANDS]])
def test_help_exits_0(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        parse_args(argv)
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("usage: newsgraph")


def test_the_installed_command_runs():
    done = subprocess.run([str(NEWSGRAPH), "--help"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert all(name in done.stdout for name in SUBCOMMANDS)


# ---- extract -------------------------------------------------------------------------------
def test_extract_jsonl_prints_records_with_the_stable_keys(capsys):
    code, out, err = _run(capsys, "extract", str(SEED), "--format", "jsonl")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    interactions = [r for r in records if "relation" in r]
    assert len(interactions) >= 11
    for record in interactions:
        assert RECORD_KEYS <= set(record)
        assert set(record["subject"]) == set(record["object"]) == {"id", "label", "type"}
        assert record["doc"] == str(SEED)
    assert any(r.get("record") == "role" for r in records)
    assert {(r["subject"]["label"], r["relation"]) for r in interactions} >= {("Kim Jong Un", "visit")}


def test_extract_no_roles_prints_interactions_only(capsys):
    code, out, _ = _run(capsys, "extract", str(SEED), "--no-roles")
    assert code == 0
    assert all("relation" in json.loads(line) for line in out.splitlines())


def test_extract_csv_prints_a_header_and_rows(capsys):
    code, out, _ = _run(capsys, "extract", str(SEED), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) >= 11
    assert {"doc", "subject_label", "relation", "object_label", "modality", "sentence", "start", "end"} <= set(rows[0])
    assert {row["relation"] for row in rows} >= {"visit", "meet"}


def test_extract_resolves_weekdays_against_date(capsys, own_article):
    code, out, _ = _run(capsys, "extract", str(own_article), "--date", "2023-06-08")
    assert code == 0
    meetings = [json.loads(line) for line in out.splitlines() if json.loads(line).get("relation") == "meet"]
    assert [(m["subject"]["label"], m["object"]["label"], m["date"]) for m in meetings] == [
        ("Jonas Gahr Store", "Justin Trudeau", "2023-06-06")]


def test_a_missing_file_is_one_line_and_exit_2(capsys, tmp_path):
    missing = tmp_path / "no-such-article.txt"
    code, out, err = _run(capsys, "extract", str(missing))
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]
    assert "Traceback" not in err


def test_the_installed_command_reports_a_missing_file_in_one_line(tmp_path):
    missing = tmp_path / "no-such-article.txt"
    done = subprocess.run([str(NEWSGRAPH), "extract", str(missing)], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and str(missing) in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_a_batch_with_one_bad_file_prints_the_good_one_and_exits_1(capsys, tmp_path, own_article):
    bad = tmp_path / "missing.txt"
    code, out, err = _run(capsys, "extract", str(own_article), str(bad))
    assert code == 1
    docs = {json.loads(line)["doc"] for line in out.splitlines()}
    assert docs == {str(own_article)}
    assert str(bad) in err and "Traceback" not in err


def test_an_unknown_model_is_one_line_and_exit_2(capsys, own_article):
    code, out, err = _run(capsys, "extract", str(own_article), "--model", "no_such_model_xyz")
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and "no_such_model_xyz" in lines[0]


# ---- build and update ----------------------------------------------------------------------
def test_build_writes_turtle_that_rdflib_parses(seed_ttl):
    kg = Graph().parse(seed_ttl, format="turtle")
    assert len(kg) > 100


def test_build_twice_gives_identical_bytes(seed_ttl, tmp_path):
    again = tmp_path / "again.ttl"
    assert main(["build", str(SEED), "-o", str(again)]) == 0
    assert again.read_bytes() == seed_ttl.read_bytes()


def test_build_without_output_is_a_user_error(capsys):
    code, _, err = _run(capsys, "build", str(SEED))
    assert code == 2 and len(err.splitlines()) == 1 and "-o" in err


def test_update_adds_a_new_article_once(seed_ttl, tmp_path, own_article, capsys):
    path = tmp_path / "kg.ttl"
    path.write_bytes(seed_ttl.read_bytes())
    code, _, err = _run(capsys, "build", str(own_article), "--update", str(path))
    assert code == 0 and "1 article(s) added" in err
    grown = path.read_bytes()
    assert grown != seed_ttl.read_bytes()
    labels = {str(o) for o in Graph().parse(path, format="turtle").objects()}
    assert "Justin Trudeau" in labels and "Kim Jong Un" in labels
    code, _, err = _run(capsys, "build", str(own_article), "--update", str(path))
    assert code == 0 and "0 article(s) added" in err
    assert path.read_bytes() == grown


def test_a_failing_update_leaves_the_graph_untouched(seed_ttl, tmp_path, capsys):
    path = tmp_path / "kg.ttl"
    path.write_bytes(seed_ttl.read_bytes())
    code, _, err = _run(capsys, "build", str(tmp_path / "missing.txt"), "--update", str(path))
    assert code == 2 and "missing.txt" in err
    assert path.read_bytes() == seed_ttl.read_bytes()


# ---- reading a graph -----------------------------------------------------------------------
def test_query_list_names_the_queries(capsys):
    code, out, _ = _run(capsys, "query", "--list")
    assert code == 0
    names = {line.split()[0] for line in out.splitlines() if line.strip()}
    assert {"who-met-whom", "all-interactions", "roles"} <= names


def test_query_who_met_whom_on_the_seed(seed_ttl, capsys):
    code, out, _ = _run(capsys, "query", str(seed_ttl), "who-met-whom", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {"agent", "target", "meetings"} <= set(rows[0])
    assert any("Kim Jong Un" in (row["agent"], row["target"]) for row in rows)


def test_validate_the_seed_graph(seed_ttl, capsys):
    code, out, _ = _run(capsys, "validate", str(seed_ttl))
    assert code == 0 and "conforms" in out


def test_viz_writes_a_self_contained_page(seed_ttl, tmp_path, capsys):
    page = tmp_path / "seed.html"
    code, _, _ = _run(capsys, "viz", str(seed_ttl), "-o", str(page))
    assert code == 0
    html = page.read_text(encoding="utf-8")
    assert "Kim Jong Un" in html
    assert not re.search(r"""src\s*=\s*["']?https?:""", html)


def test_analyze_puts_kim_jong_un_first(seed_ttl, capsys):
    code, out, _ = _run(capsys, "analyze", str(seed_ttl))
    assert code == 0
    table = out.split("== centrality", 1)[1].split("\n\n", 1)[0].splitlines()
    rows = [line for line in table[1:] if line.strip() and not set(line) <= {"-", " "}]
    assert rows[1].startswith("Kim Jong Un"), table  # rows[0] is the column header


def test_summary_counts_the_seed(seed_ttl, capsys):
    code, out, _ = _run(capsys, "summary", str(seed_ttl))
    assert code == 0 and "Kim Jong Un" in out


def test_export_graphml(seed_ttl, tmp_path, capsys):
    path = tmp_path / "seed.graphml"
    assert _run(capsys, "export", str(seed_ttl), "-o", str(path))[0] == 0
    mg = nx.read_graphml(path)
    assert mg.number_of_nodes() > 3 and mg.number_of_edges() > 3


def test_export_event_table_csv(seed_ttl, tmp_path, capsys):
    path = tmp_path / "events.csv"
    assert _run(capsys, "export", str(seed_ttl), "-o", str(path))[0] == 0
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) >= 11
    assert any("Kim Jong Un" in row.values() for row in rows)


def test_reading_a_missing_graph_is_one_line_and_exit_2(tmp_path, capsys):
    code, _, err = _run(capsys, "analyze", str(tmp_path / "none.ttl"))
    assert code == 2 and len(err.splitlines()) == 1 and "none.ttl" in err
