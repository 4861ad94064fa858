"""Make the README's screenshot: build the seed's graph, draw the page, photograph it in headless Chromium offline.

Usage: .venv/bin/python scripts/screenshot.py [ARTICLE ...] [-o docs/graph.png]
Without articles it uses the seed (../shared/seeds/) or, when that is absent, the bundled sample.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_daf806983e2d4952.txt"
SAMPLES = ROOT / "loaders" / "samples"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", help="article files or folders (default: the seed)")
    parser.add_argument("-o", "--out", default=str(ROOT / "docs" / "graph.png"), help="PNG to write")
    parser.add_argument("--max-nodes", type=int, default=300)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from graph.html import write_html
    from graph.pipeline import build

    paths = args.articles or [str(SEED if SEED.exists() else SAMPLES)]
    kg = build(paths)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        write_html(kg, page_path, max_nodes=args.max_nodes)
        blocked: list[str] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 760}, device_scale_factor=1)
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                       else (blocked.append(route.request.url), route.abort()))
            page.goto(page_path.as_uri())
            page.wait_for_function("window.newsgraphStable === true", timeout=120_000)
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            browser.close()
    if blocked:
        print(f"warning: the page tried to fetch {blocked}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
