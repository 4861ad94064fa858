"""Throughput and peak memory of extraction and graph building on the seed, BBC politics, all of BBC and VOA.

Each corpus runs in a fresh child process, so its peak RSS (resource.getrusage ru_maxrss) is its own.
Stages are timed apart: loading the spaCy pipeline, extraction (read, clean, parse, actors, interactions,
through graph.pipeline.extract), the RDF build (graph.rdf.to_graph, the second half of
graph.pipeline.build) and Turtle serialisation.

    .venv/bin/python benchmarks/throughput.py                  # all four corpora
    .venv/bin/python benchmarks/throughput.py seed voa         # some of them
    .venv/bin/python benchmarks/throughput.py --json           # one JSON object per corpus

articles/s is wall-clock over extraction + build, not the one-off model load; cpu_s is this process's CPU time
over the same span (less sensitive to other load on the machine).
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: name -> (paths, description)
CORPORA: dict[str, tuple[list[Path], str]] = {
    "seed": ([SHARED / "seeds" / "000_daf806983e2d4952.txt"], "the seed article"),
    "bbc-politics": ([SHARED / "corpus" / "bbc" / "politics"], "BBC politics folder (397 files)"),
    "bbc": ([SHARED / "corpus" / "bbc"], "whole BBC corpus (2,095 files)"),
    "voa": ([SHARED / "corpus" / "voa" / "voa_stories.jsonl"], "VOA dump (89 stories, one JSONL file)"),
}

_COLUMNS = (
    ("corpus", "{}"), ("articles", "{}"), ("errors", "{}"), ("interactions", "{}"), ("roles", "{}"),
    ("actors", "{}"), ("triples", "{}"), ("load_s", "{:.1f}"), ("extract_s", "{:.1f}"), ("build_s", "{:.1f}"),
    ("turtle_s", "{:.1f}"), ("articles_per_s", "{:.2f}"), ("cpu_s", "{:.1f}"), ("peak_rss_mb", "{:.0f}"),
)


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(name: str, model: str | None = None) -> dict:
    """Run one corpus through the library API in this process and return its figures."""
    sys.path.insert(0, str(ROOT))
    from rdflib import RDF

    from graph.pipeline import extract
    from graph.rdf import ACTOR_CLASSES, to_graph
    from graph.serialize import serialize
    from loaders.nlp import load_pipeline, model_id

    paths, _ = CORPORA[name]
    t0 = time.perf_counter()
    nlp = load_pipeline(model)  # cached: extract() below reuses it
    t1 = time.perf_counter()
    cpu1 = time.process_time()
    errors: list = []
    extractions = list(extract(paths, model=model, errors=errors))
    t2 = time.perf_counter()
    kg = to_graph(extractions)
    t3 = time.perf_counter()
    cpu3 = time.process_time()
    turtle = serialize(kg, "turtle")
    t4 = time.perf_counter()
    actors = {s for cls in ACTOR_CLASSES.values() for s in kg.subjects(RDF.type, cls)}
    return {
        "corpus": name,
        "model": model_id(nlp),
        "articles": len(extractions),
        "errors": len(errors),
        "interactions": sum(len(e.interactions) for e in extractions),
        "roles": sum(len(e.roles) for e in extractions),
        "actors": len(actors),
        "triples": len(kg),
        "turtle_bytes": len(turtle.encode("utf-8")),
        "load_s": t1 - t0,
        "extract_s": t2 - t1,
        "build_s": t3 - t2,
        "turtle_s": t4 - t3,
        "articles_per_s": len(extractions) / (t3 - t1) if t3 > t1 else 0.0,
        "cpu_s": cpu3 - cpu1,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _child(name: str, model: str | None) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"throughput: {name} failed:\n{done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _table(rows: list[dict]) -> str:
    cells = [[name for name, _ in _COLUMNS]]
    cells += [[fmt.format(row[name]) for name, fmt in _COLUMNS] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(_COLUMNS))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths))) for line in cells]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", metavar="CORPUS",
                        help=f"any of {', '.join(CORPORA)} (default: all)")
    parser.add_argument("--model", help="installed spaCy English pipeline (default: newsgraph's)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per corpus")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.model)))
        return 0
    names = args.corpora or list(CORPORA)
    unknown = [n for n in names if n not in CORPORA]
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)} (choose from {', '.join(CORPORA)})")
    missing = [str(p) for n in names for p in CORPORA[n][0] if not p.exists()]
    if missing:
        raise SystemExit(f"throughput: not found: {', '.join(missing)}")
    rows = []
    for name in names:
        print(f"running {name}: {CORPORA[name][1]} ...", file=sys.stderr, flush=True)
        row = _child(name, args.model)
        rows.append(row)
        if args.json:
            print(json.dumps(row), flush=True)
    if not args.json:
        print(f"# {platform.node() or 'host'}: {platform.processor() or platform.machine()}, "
              f"Python {platform.python_version()}, {rows[0]['model']}")
        print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
