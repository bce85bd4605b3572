#!/usr/bin/env python3
"""Checks the dependency trees of a CoNLL-U file: every word has a head (0..n, a number),
exactly one word hangs from the root, and following heads from any word reaches the root
without a cycle. Multi-word token lines and empty nodes are ignored.

  python3 scripts/check-trees.py pred.conllu      # prints a summary; exits 1 on any violation
"""
import sys


def sentences(path):
    sent, start, line_no = [], 0, 0
    for line_no, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield start, sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
            continue
        if not sent:
            start = line_no
        sent.append(cols)
    if sent:
        yield start, sent


def problems(sent):
    n = len(sent)
    heads = []
    for cols in sent:
        if not cols[6].isdigit() or int(cols[6]) > n:
            return [f"word {cols[0]} has head {cols[6]!r}"]
        heads.append(int(cols[6]))
    out = []
    roots = [i + 1 for i, h in enumerate(heads) if h == 0]
    if len(roots) != 1:
        out.append(f"{len(roots)} words hang from the root")
    for i in range(1, n + 1):
        seen, j = set(), i
        while j != 0:
            if j in seen:
                out.append(f"cycle through word {i}")
                break
            seen.add(j)
            j = heads[j - 1]
        if out and out[-1].startswith("cycle"):
            break
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check-trees.py FILE.conllu")
    bad = total = words = 0
    for start, sent in sentences(sys.argv[1]):
        total += 1
        words += len(sent)
        for p in problems(sent):
            bad += 1
            print(f"{sys.argv[1]}:{start}: {p}")
    print(f"trees={total} words={words} violations={bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
