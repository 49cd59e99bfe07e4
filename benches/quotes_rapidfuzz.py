#!/usr/bin/env python3
"""Quote claims: factcheck against a rapidfuzz baseline, on the benchmark's large suite.

Run by hand (Python is not a dependency of the build):

    cargo bench --bench check -- --write /tmp/suite   # the large suite: 10,000 articles
    cargo build --release
    python3 -m venv /tmp/rf && /tmp/rf/bin/pip install rapidfuzz
    /tmp/rf/bin/python benches/quotes_rapidfuzz.py /tmp/suite target/release/factcheck

The baseline is the short script a user might write instead: for each quote claim, read
its articles and call `rapidfuzz.fuzz.partial_ratio(quote, article)`; a score of at least
THRESHOLD (90) counts as "stated". factcheck runs on a copy of the suite holding only the
quote claims (same articles), cold (`--no-cache`), the best of three runs.

Both are scored on the claims the generator meant to be stated (`expect = "supported"`,
also `"refuted"`: a near quotation, one word changed, which a fuzzy match also finds):
recall is the share of them each one finds; false finds are claims meant to be absent
that it finds. factcheck also tells supported from refuted and checks the speaker; the
baseline does neither, so it is the cheaper task.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

THRESHOLD = 90


def quote_claims(suite: Path):
    """Every quote claim of the suite, by claim file: (file name, claim table)."""
    claims = []
    for path in sorted((suite / "claims").glob("*.toml")):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        for claim in data.get("claim", []):
            if "quote" in claim:
                claims.append((path.name, claim))
    return claims


def articles_of(claim):
    names = claim.get("article")
    return [names] if isinstance(names, str) else list(names)


def quotes_only_suite(suite: Path, claims, folder: Path):
    """A suite in `folder` with the same articles (linked) and only the quote claims."""
    (folder / "claims").mkdir()
    os.symlink(suite / "articles", folder / "articles")
    (folder / "factcheck.toml").write_text((suite / "factcheck.toml").read_text())
    by_file = {}
    for name, claim in claims:
        by_file.setdefault(name, []).append(claim)
    for name, tables in by_file.items():
        lines = []
        for claim in tables:
            lines.append("[[claim]]")
            for key, value in claim.items():
                lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
            lines.append("")
        (folder / "claims" / name).write_text("\n".join(lines))


def time_factcheck(binary: str, folder: Path):
    best, report = float("inf"), None
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(
            [binary, "check", "--no-cache", "--format", "json"],
            cwd=folder,
            capture_output=True,
            check=False,
        )
        elapsed = time.perf_counter() - start
        if done.returncode > 1:
            sys.exit(done.stderr.decode())
        if elapsed < best:
            best, report = elapsed, json.loads(done.stdout)
    found = {r["id"]: r["verdict"] != "absent" for r in report["results"]}
    return best, found


def time_rapidfuzz(suite: Path, claims):
    """The time to score every (claim, article) pair, and each claim's scores."""
    from rapidfuzz import fuzz

    start = time.perf_counter()
    texts = {}
    scored = {}
    for _, claim in claims:
        pairs = []
        for name in articles_of(claim):
            if name not in texts:
                texts[name] = (suite / "articles" / f"{name}.txt").read_text()
            pairs.append(fuzz.partial_ratio(claim["quote"], texts[name]))
        scored[claim["id"]] = (claim.get("require") == "all", pairs)
    return time.perf_counter() - start, scored


def found_at(scored, threshold):
    found = {}
    for claim, (every, pairs) in scored.items():
        hits = [score >= threshold for score in pairs]
        found[claim] = all(hits) if every else any(hits)
    return found


def scores(claims, found):
    meant = [c["id"] for _, c in claims if c.get("expect", "supported") != "absent"]
    absent = [c["id"] for _, c in claims if c.get("expect") == "absent"]
    recall = sum(found[i] for i in meant) / max(len(meant), 1)
    false = sum(found[i] for i in absent) / max(len(absent), 1)
    return recall, false


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    suite, binary = Path(sys.argv[1]).resolve(), str(Path(sys.argv[2]).resolve())
    claims = quote_claims(suite)
    with tempfile.TemporaryDirectory() as folder:
        quotes_only_suite(suite, claims, Path(folder))
        ours, our_found = time_factcheck(binary, Path(folder))
    theirs, scored = time_rapidfuzz(suite, claims)
    articles = len({a for _, c in claims for a in articles_of(c)})
    print(f"{len(claims)} quote claims over {articles} articles")
    rows = [("factcheck", ours, our_found)]
    # The baseline at its usual threshold, and lower until its recall reaches factcheck's.
    our_recall, _ = scores(claims, our_found)
    for threshold in range(THRESHOLD, 49, -5):
        found = found_at(scored, threshold)
        rows.append((f"rapidfuzz partial_ratio >= {threshold}", theirs, found))
        if scores(claims, found)[0] >= our_recall:
            break
    for label, seconds, found in rows:
        recall, false = scores(claims, found)
        print(
            f"  {label:<32} {seconds:7.3f} s  recall {recall:6.1%}  false finds {false:6.1%}"
        )
    print(f"  factcheck takes {ours / theirs:.2f}x the baseline's time ({theirs / ours:.2f}x as fast)")


if __name__ == "__main__":
    main()
