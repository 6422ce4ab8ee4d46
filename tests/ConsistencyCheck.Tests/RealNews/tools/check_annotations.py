#!/usr/bin/env python3
"""Checks real-news annotation files against the articles (docs/evaluation.md, section 4).

Usage: check_annotations.py FILE.json [FILE.json ...]
Reads the articles from ../shared/real-news/basil-dev/ beside the repository. Prints one line per problem and
exits 1 when there is any; prints a short count per file otherwise.
"""
import json
import os
import sys

KINDS = {"count", "amount", "share", "measure", "date", "year", "ordinal"}
HEDGES = {"exact", "approximate", "atLeast", "atMost", "range", "vague"}
RELATIONS = {"agree", "contradict", "changed", "trap"}


def repo_root():
    here = os.path.dirname(os.path.abspath(__file__))
    while here != "/" and not os.path.exists(os.path.join(here, "ConsistencyCheck.sln")):
        here = os.path.dirname(here)
    return here


def load_story(story):
    folder = os.path.join(repo_root(), "..", "shared", "real-news", "basil-dev")
    for name in os.listdir(folder):
        if name.startswith(story):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                return {d["id"]: d["text"] for d in map(json.loads, f)}
    raise SystemExit(f"no story {story} in {folder}")


def utf16_slice(text, start, end):
    encoded = text.encode("utf-16-le")
    return encoded[start * 2:end * 2].decode("utf-16-le", errors="replace")


def check(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    story = data.get("story", "")
    texts = load_story(story)
    if os.path.basename(path) != f"{story}.json":
        problems.append(f"file name should be {story}.json")
    figures = {}
    for fig in data.get("figures", []):
        fid = fig.get("id")
        where = f"figure {fid}"
        if not fid or fid in figures:
            problems.append(f"{where}: missing or repeated id")
            continue
        figures[fid] = fig
        if fig.get("doc") not in texts:
            problems.append(f"{where}: doc {fig.get('doc')} is not an article of story {story}")
            continue
        quote = utf16_slice(texts[fig["doc"]], fig.get("start", -1), fig.get("end", -1))
        if quote != fig.get("quote"):
            problems.append(f"{where}: text[{fig.get('start')}:{fig.get('end')}] is {quote!r}, quote is {fig.get('quote')!r}")
        if fig.get("kind") not in KINDS:
            problems.append(f"{where}: kind {fig.get('kind')!r} not one of {sorted(KINDS)}")
        if fig.get("hedge") not in HEDGES:
            problems.append(f"{where}: hedge {fig.get('hedge')!r} not one of {sorted(HEDGES)}")
        heads = fig.get("heads")
        if not isinstance(heads, list) or not 1 <= len(heads) <= 3 or any(h != h.lower() or " " in h for h in heads):
            problems.append(f"{where}: heads must be 1-3 lower-case single words")
        if not fig.get("thing"):
            problems.append(f"{where}: thing is empty")
    for fid, fig in figures.items():
        same = fig.get("sameAs")
        if same is not None and (same not in figures or figures[same]["doc"] != fig["doc"] or figures[same].get("sameAs")):
            problems.append(f"figure {fid}: sameAs must name a first mention in the same article")
    seen = set()
    for i, pair in enumerate(data.get("pairs", [])):
        where = f"pair {i} ({pair.get('a')}, {pair.get('b')})"
        a, b = figures.get(pair.get("a")), figures.get(pair.get("b"))
        if a is None or b is None:
            problems.append(f"{where}: unknown figure id")
            continue
        if a["doc"].split("-")[0] == b["doc"].split("-")[0]:
            problems.append(f"{where}: both figures are from one outlet")
        if a.get("sameAs") or b.get("sameAs"):
            problems.append(f"{where}: pairs use first mentions, not repeats")
        if pair.get("relation") not in RELATIONS:
            problems.append(f"{where}: relation {pair.get('relation')!r} not one of {sorted(RELATIONS)}")
        key = frozenset((pair["a"], pair["b"]))
        if key in seen:
            problems.append(f"{where}: pair written twice")
        seen.add(key)
    return problems, len(figures), len(data.get("pairs", []))


def main(paths):
    bad = False
    for path in paths:
        problems, nfig, npair = check(path)
        for p in problems:
            print(f"{path}: {p}")
        bad |= bool(problems)
        if not problems:
            print(f"{path}: ok, {nfig} figures, {npair} pairs")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
