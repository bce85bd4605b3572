#!/usr/bin/env python3
"""Markdown table of a judged event sample (issue 7 news reading).

    scripts/news-reading-table.py EVENTS.jsonl PARSE.conllu SEED VERDICTS.tsv [N]

Draws the same sample as news-sample.py (random.Random(SEED), N=50) and
looks each event up in VERDICTS.tsv (key, C or I, reason; the key is
"ARTICLE-SENTENCE|code|source code|target code|source text|target text").
Prints one table row per event and a closing "k of n correct (m of them
with a known country on both sides)" line; exits
1 if an event has no verdict.
"""
import json
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from importlib import import_module

sample_mod = import_module("news-sample")


def key(e):
    return (f"{e['article_id']}-{e['sentence']}|{e['code']}|{e['source']['code']}|"
            f"{e['target']['code']}|{e['source']['text']}|{e['target']['text']}")


def main():
    events_path, parse_path, seed, verdicts_path = sys.argv[1:5]
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 50
    events = [json.loads(l) for l in open(events_path, encoding="utf-8") if l.strip()]
    text = sample_mod.sentences(parse_path)
    verdicts = {}
    for line in open(verdicts_path, encoding="utf-8"):
        k, v, r = line.rstrip("\n").split("\t")
        verdicts[k] = (v, r)
    idx = list(range(len(events)))
    if len(idx) > n:
        idx = sorted(random.Random(int(seed)).sample(idx, n))
    print("| # | sentence (shortened) | source | target | code | verdict | reason |")
    print("|---|---|---|---|---|---|---|")
    correct = missing = with_countries = 0
    for k, i in enumerate(idx, 1):
        e = events[i]
        sid = f"{e['article_id']}-{e['sentence']}"
        s = text.get(sid, "?").replace("|", "/")
        if len(s) > 110:
            s = s[:107] + "..."
        v = verdicts.get(key(e))
        if v is None:
            missing += 1
            v = ("?", "NOT JUDGED")
        correct += v[0] == "C"
        with_countries += (v[0] == "C" and e["source"]["country"] != "---"
                           and e["target"]["country"] != "---")
        src = f"{e['source']['code']} ({e['source']['text'][:30]})".replace("|", "/")
        tgt = f"{e['target']['code']} ({e['target']['text'][:30]})".replace("|", "/")
        print(f"| {k} | {sid}: {s} | {src} | {tgt} | {e['code']} | "
              f"{'correct' if v[0] == 'C' else 'incorrect' if v[0] == 'I' else '?'} | {v[1]} |")
    print()
    print(f"{correct} of {len(idx)} correct ({with_countries} of them with a known "
          f"country on both sides)")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
