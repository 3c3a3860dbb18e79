"""Screenshots of the dashboard for the docs: serve a store, open two pages in Debian's chromium, save PNGs.

usage: python scripts/dashboard_screenshot.py [--db sitroom.db] [--out docs/dashboard.png]
(``make demo`` builds sitroom.db; the claim page and the article opened at a mention go next to --out
as *-claim.png and *-article.png.)
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="sitroom.db")
    ap.add_argument("--out", default="docs/dashboard.png")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-c", "from sitroom.cli import main; main()", "serve", "--db", args.db,
                               "--port", str(port)])
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/v1/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        out = Path(args.out)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(base + "/")
            page.screenshot(path=str(out))
            with urllib.request.urlopen(base + "/api/v1/claims?limit=500") as r:
                listed = json.loads(r.read())["items"]
            shown = max(listed, key=lambda c: (len(c["numbers"]), c["n_sources"], c["n_mentions"]))
            page.goto(base + f"/claims/{shown['id']}")
            page.wait_for_selector("[data-drawn=true]" if shown["numbers"] else "body", timeout=30_000)
            page.screenshot(path=str(out.with_name(out.stem + "-claim.png")))
            page.locator("a.mention-link").first.click()
            page.wait_for_load_state("load")
            page.screenshot(path=str(out.with_name(out.stem + "-article.png")))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=15)


if __name__ == "__main__":
    main()
