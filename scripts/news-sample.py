#!/usr/bin/env python3
"""Print a reproducible random sample of dyad events for reading (issue 7).

    scripts/news-sample.py EVENTS.jsonl PARSE.conllu SEED [N]

EVENTS.jsonl is `dyad code --input jsonl FILE` output, PARSE.conllu is
`dyad parse --input jsonl FILE` (for the sentence text). Takes N events
(default 50; all if fewer) with random.Random(SEED).sample, in file order,
and prints one block per event: article, sentence, source, target, code,
verb and pattern.
"""
import json
import random
import sys


def sentences(path):
    text = {}
    sid = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# sent_id = "):
                sid = line[len("# sent_id = "):].strip()
            elif line.startswith("# text = ") and sid:
                text[sid] = line[len("# text = "):].strip()
    return text


def main():
    events_path, parse_path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    events = [json.loads(l) for l in open(events_path, encoding="utf-8") if l.strip()]
    text = sentences(parse_path)
    idx = list(range(len(events)))
    if len(idx) > n:
        idx = sorted(random.Random(seed).sample(idx, n))
    for k, i in enumerate(idx, 1):
        e = events[i]
        sid = f"{e['article_id']}-{e['sentence']}"
        ev = e["evidence"]
        print(f"[{k}] #{i} {sid} {e['code']} {e['source']['code']}({e['source']['text']}) -> "
              f"{e['target']['code']}({e['target']['text']}) verb={ev.get('verb')} pat={ev.get('pattern')}")
        print("    " + text.get(sid, "?"))


if __name__ == "__main__":
    main()
