#!/usr/bin/env python3
"""Jackknifed tags for training the parser: the parser must learn from tags as wrong as the
tagger's are on text it has not seen, not from gold tags (nor from tags predicted on the
tagger's own training data, which are nearly perfect).

  python3 scripts/jackknife-tags.py TRAIN.conllu DEV.conllu OUT.conllu [--folds 5] [--dyad build/dyad]
      [-- extra flags for 'dyad train tagger' ...]
  python3 scripts/jackknife-tags.py IN.conllu - OUT.conllu --tagger-model models/tagger.model
      (no folds: IN tagged by that model, e.g. the dev file that picks the parser's epoch)

Splits TRAIN's sentences into FOLDS interleaved folds (sentence i goes to fold i % FOLDS), trains a
tagger on the other folds with `dyad train tagger` (epoch chosen on DEV), tags the held-out fold
with `dyad parse --input conllu --no-parse`, and writes TRAIN with each word's LEMMA, UPOS, XPOS and
FEATS replaced by those predictions; IDs, forms, HEAD, DEPREL, comments and multi-word token lines
stay as they were. Deterministic for the same inputs and flags.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def read_sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        if line.strip() == "":
            if sent:
                yield sent
            sent = []
        else:
            sent.append(line.rstrip("\n"))
    if sent:
        yield sent


def words(sent):
    for line in sent:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) == 10 and "-" not in cols[0] and "." not in cols[0]:
            yield cols


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("dev")
    ap.add_argument("out")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--tagger-model", help="tag with this model instead of jackknifing")
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    a = ap.parse_args(argv)
    a.tagger_flags = extra
    sents = list(read_sentences(a.train))
    predicted = [None] * len(sents)
    with tempfile.TemporaryDirectory() as tmp:
        if a.tagger_model:
            home = os.path.join(tmp, "home")
            os.makedirs(os.path.join(home, "models"))
            os.makedirs(os.path.join(home, "data"))
            shutil.copy(a.tagger_model, os.path.join(home, "models", "tagger.model"))
            predicted = tag(a.dyad, home, a.train, len(sents))
        for k in range(0 if a.tagger_model else a.folds):
            held = [i for i in range(len(sents)) if i % a.folds == k]
            rest = [i for i in range(len(sents)) if i % a.folds != k]
            train_k = os.path.join(tmp, f"train{k}.conllu")
            held_k = os.path.join(tmp, f"held{k}.conllu")
            with open(train_k, "w", encoding="utf-8") as f:
                for i in rest:
                    f.write("\n".join(sents[i]) + "\n\n")
            with open(held_k, "w", encoding="utf-8") as f:
                for i in held:
                    f.write("\n".join(sents[i]) + "\n\n")
            home = os.path.join(tmp, f"home{k}")
            os.makedirs(os.path.join(home, "models"))
            os.makedirs(os.path.join(home, "data"))
            model = os.path.join(home, "models", "tagger.model")
            print(f"jackknife: fold {k + 1}/{a.folds}: training on {len(rest)} sentences",
                  file=sys.stderr, flush=True)
            subprocess.run([a.dyad, "train", "tagger", "--train", train_k, "--dev", a.dev,
                            "--out", model] + a.tagger_flags, check=True,
                           stderr=subprocess.DEVNULL)
            tagged = tag(a.dyad, home, held_k, len(held))
            for i, t in zip(held, tagged):
                predicted[i] = t
    with open(a.out, "w", encoding="utf-8") as f:
        for sent, pred in zip(sents, predicted):
            it = iter(pred)
            for line in sent:
                cols = line.split("\t")
                if not line.startswith("#") and len(cols) == 10 and "-" not in cols[0] \
                        and "." not in cols[0]:
                    p = next(it)
                    if p[1] != cols[1]:
                        sys.exit(f"jackknife: word mismatch {p[1]!r} vs {cols[1]!r}")
                    cols[2:6] = p[2:6]
                    line = "\t".join(cols)
                f.write(line + "\n")
            f.write("\n")


def tag(dyad, home, path, expected):
    """The words of each sentence of `path` as tagged by DYAD_HOME's tagger."""
    env = dict(os.environ, DYAD_HOME=home)
    out = subprocess.run([dyad, "parse", "--input", "conllu", "--no-parse", path],
                         check=True, capture_output=True, text=True, env=env).stdout
    tagged = [list(words(s)) for s in read_sentences_text(out)]
    if len(tagged) != expected:
        sys.exit(f"jackknife: {path}: {len(tagged)} tagged sentences for {expected}")
    return tagged


def read_sentences_text(text):
    sent = []
    for line in text.split("\n"):
        if line.strip() == "":
            if sent:
                yield sent
            sent = []
        else:
            sent.append(line)
    if sent:
        yield sent


if __name__ == "__main__":
    main()
