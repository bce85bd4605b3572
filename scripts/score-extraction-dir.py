#!/usr/bin/env python3
"""Helpers of scripts/eval-extraction.sh: page sets in, dyad's input and gold out; per-page scores.

  score-extraction-dir.py pages SET DIR OUT.jsonl   {"id","html"} per page, for `dyad extract --input jsonl`
  score-extraction-dir.py gold SET DIR OUT.json     {id: {"articleBody": text}}, the shape of the
                                                    benchmark's ground-truth.json, for score_extraction.py
  score-extraction-dir.py worst N GOLD.json PRED.jsonl
                                                    the N pages with the lowest F1: id, P, R, F1

SET and DIR:
  benchmark    DIR/html/*.html.gz                   id = file name without .html.gz (gold: DIR/ground-truth.json)
  readability  DIR/*/source.html, DIR/*/expected.html   id = the page's folder name; gold = the text of
                                                    expected.html (html.parser; paragraphs joined by blank lines)
  newspaper    DIR/html/*.html, DIR/text/*.txt      id = base name; gold = the .txt of the same base name
                                                    (pages whose .txt is all upper case are left out:
                                                    newspaper's notes on its failures, not text)

Pages are decoded as UTF-8; if that fails, with the charset their <meta> declares, else windows-1252
(bad bytes become U+FFFD). Per-page figures use the scorer's tokenisation exactly (`\\w+`, lower-cased,
multiset overlap; a page without a prediction scores 0), so their mean is the scorer's summary.
"""
import glob
import gzip
import html.parser
import json
import os
import re
import sys
from collections import Counter

# As in ../shared/eval/score_extraction.py.
WORD = re.compile(r"\w+", re.UNICODE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def bag(text):
    return Counter(w.lower() for w in WORD.findall(text or ""))


def decode_page(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = META_CHARSET.search(raw[:65536])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii").lower(), errors="replace")
        except LookupError:
            pass
    return raw.decode("windows-1252", errors="replace")


def read_bytes(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        return f.read()


def page_files(kind, root):
    """(id, path) of every page of the set, sorted by id."""
    if kind == "benchmark":
        paths = glob.glob(os.path.join(root, "html", "*.html.gz"))
        pages = [(os.path.basename(p)[: -len(".html.gz")], p) for p in paths]
    elif kind == "readability":
        paths = glob.glob(os.path.join(root, "*", "source.html"))
        pages = [(os.path.basename(os.path.dirname(p)), p) for p in paths]
    elif kind == "newspaper":
        paths = glob.glob(os.path.join(root, "html", "*.html"))
        pages = [(os.path.splitext(os.path.basename(p))[0], p) for p in paths]
    else:
        sys.exit(f"score-extraction-dir: unknown set {kind!r} (benchmark, readability, newspaper)")
    if not pages:
        sys.exit(f"score-extraction-dir: no {kind} pages under {root}")
    return sorted(pages)


class TextOfHtml(html.parser.HTMLParser):
    """The text of an HTML fragment: block elements end paragraphs, white space collapses."""

    BLOCKS = {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
        "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.current, self.skipping = [], [], 0

    def end_paragraph(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.end_paragraph()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.end_paragraph()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def text(self):
        self.close()
        self.end_paragraph()
        return "\n\n".join(self.paragraphs)


def html_text(markup):
    parser = TextOfHtml()
    parser.feed(markup)
    return parser.text()


def write_pages(kind, root, out):
    with open(out, "w", encoding="utf-8") as f:
        for pid, path in page_files(kind, root):
            f.write(json.dumps({"id": pid, "html": decode_page(read_bytes(path))}, ensure_ascii=False))
            f.write("\n")


def write_gold(kind, root, out):
    gold = {}
    for pid, path in page_files(kind, root):
        if kind == "readability":
            expected = os.path.join(os.path.dirname(path), "expected.html")
            body = html_text(decode_page(read_bytes(expected)))
        elif kind == "newspaper":
            txt = os.path.join(root, "text", pid + ".txt")
            if not os.path.exists(txt):
                print(f"score-extraction-dir: {txt} missing; page {pid} left out", file=sys.stderr)
                continue
            body = decode_page(read_bytes(txt))
            if body.strip() == body.strip().upper():
                # newspaper keeps notes on its known failures where the text should be
                # ("MISSES SECOND HALF OF ARTICLE"): no gold to score against.
                print(f"score-extraction-dir: {pid}: {txt} is a note, not an article body "
                      f"({body.strip()[:40]!r}); page left out", file=sys.stderr)
                continue
        else:
            sys.exit("score-extraction-dir: the benchmark has its own ground-truth.json")
        gold[pid] = {"articleBody": body}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=0)


def page_scores(gold_path, pred_path):
    """[(id, P, R, F1)] for every gold page, as score_extraction.py computes them."""
    gold = json.load(open(gold_path, encoding="utf-8"))
    pred = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            pred[str(r["id"])] = r.get("text", "")
    scores = []
    for pid, g in gold.items():
        gb, pb = bag(g.get("articleBody", "")), bag(pred.get(pid, ""))
        common = sum((gb & pb).values())
        p = common / sum(pb.values()) if pb else 0.0
        r = common / sum(gb.values()) if gb else 0.0
        scores.append((pid, p, r, 2 * p * r / (p + r) if p + r else 0.0))
    return scores


def print_worst(n, gold_path, pred_path):
    scores = page_scores(gold_path, pred_path)
    print(f"  {'F1':>5} {'P':>5} {'R':>5}  id")
    for pid, p, r, f in sorted(scores, key=lambda s: (s[3], s[0]))[:n]:
        print(f"  {f:5.3f} {p:5.3f} {r:5.3f}  {pid}")


def main(argv):
    if len(argv) == 5 and argv[1] == "pages":
        write_pages(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "gold":
        write_gold(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "worst" and argv[2].isdigit():
        print_worst(int(argv[2]), argv[3], argv[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
