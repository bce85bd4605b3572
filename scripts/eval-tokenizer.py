#!/usr/bin/env python3
"""Token-level agreement of dyad's tokenizer with a UD treebank (EWT).

Usage:
  scripts/eval-tokenizer.py BUILD/dyad ../shared/data/ud/en_ewt-ud-dev.conllu [more.conllu]
      [--errors N]    print the first N sentences where tokens differ

Each sentence's `# text` is fed to `dyad parse` (one JSON Lines article per
sentence); the tokens it writes, with their TokenRange byte offsets, are
compared with the gold tokens: the word lines of the treebank, so that a
multi-word token such as `don't` counts as its words `do` `n't`. A token is
correct when its byte span matches a gold token's span exactly.
Precision, recall and F1 are over tokens. The treebank is evaluation data
only: nothing is learned from it.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def read_conllu(path):
    """Yields (sent_id, text, gold_forms) per sentence."""
    sent_id, text, forms, mwt_end = None, None, [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):]
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif line.startswith("#"):
                continue
            elif not line:
                if forms and text is not None:
                    yield sent_id, text, forms
                sent_id, text, forms, mwt_end = None, None, [], 0
            else:
                cols = line.split("\t")
                if "." in cols[0]:
                    continue  # Empty node.
                if "-" in cols[0]:
                    continue  # The range line; its words follow.
                forms.append(cols[1])
    if forms and text is not None:
        yield sent_id, text, forms


def gold_spans(text_bytes, forms):
    """Byte spans of the gold forms in the text, aligned left to right."""
    spans, pos = [], 0
    for form in forms:
        fb = form.encode("utf-8")
        while pos < len(text_bytes) and text_bytes[pos:pos + 1].isspace():
            pos += 1
        if text_bytes.startswith(fb, pos):
            spans.append((pos, pos + len(fb)))
            pos += len(fb)
        else:
            found = text_bytes.find(fb, pos)
            if found < 0:
                spans.append(None)  # Unalignable: counts as a miss.
                continue
            spans.append((found, found + len(fb)))
            pos = found + len(fb)
    return spans


def run_dyad(dyad, sentences):
    """Returns {index: [(begin, end, form), ...]} from `dyad parse`."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, (_, text, _) in enumerate(sentences):
            f.write(json.dumps({"id": f"s{i}", "date": "2020-01-01", "text": text}) + "\n")
        path = f.name
    try:
        out = subprocess.run([dyad, "parse", "--input", "jsonl", path], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
    finally:
        os.unlink(path)
    tokens, cur = {}, None
    for line in out.decode("utf-8", "surrogateescape").split("\n"):
        if line.startswith("# newdoc id = s"):
            cur = tokens.setdefault(int(line[len("# newdoc id = s"):]), [])
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            rng = [m for m in cols[9].split("|") if m.startswith("TokenRange=")][0]
            b, e = rng[len("TokenRange="):].split(":")
            cur.append((int(b), int(e), cols[1]))
    return tokens


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dyad")
    ap.add_argument("conllu", nargs="+")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    for path in args.conllu:
        sentences = list(read_conllu(path))
        system = run_dyad(args.dyad, sentences)
        n_gold = n_sys = n_ok = 0
        shown = 0
        for i, (sent_id, text, forms) in enumerate(sentences):
            tb = text.encode("utf-8")
            gold = [s for s in gold_spans(tb, forms)]
            sys_spans = [(b, e) for b, e, _ in system.get(i, [])]
            gold_set = set(s for s in gold if s is not None)
            ok = len(gold_set & set(sys_spans))
            n_gold += len(gold)
            n_sys += len(sys_spans)
            n_ok += ok
            if ok != len(gold) or ok != len(sys_spans):
                if shown < args.errors:
                    shown += 1
                    g = [tb[s[0]:s[1]].decode() if s else "?" for s in gold]
                    sy = [tb[b:e].decode("utf-8", "replace") for b, e in sys_spans]
                    print(f"{sent_id}: {text}\n  gold: {' '.join(g)}\n  dyad: {' '.join(sy)}")
        p = n_ok / n_sys if n_sys else 0.0
        r = n_ok / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{os.path.basename(path)}: sentences {len(sentences)}  gold tokens {n_gold}  "
              f"dyad tokens {n_sys}  correct {n_ok}  P {100 * p:.2f}  R {100 * r:.2f}  F1 {100 * f1:.2f}")


if __name__ == "__main__":
    sys.exit(main())
