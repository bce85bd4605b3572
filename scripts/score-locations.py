#!/usr/bin/env python3
"""Scores event locations against hand-annotated gold (tests/data/geo/README.md).

  build/dyad code tests/data/geo/articles.jsonl > /tmp/geo-events.jsonl
  scripts/score-locations.py tests/data/geo/locations.jsonl /tmp/geo-events.jsonl [-v]

Each gold line is one event dyad codes, keyed by article_id, sentence, verb and
verb_start (as `dyad code` writes them), with the country (ISO 3166-1 alpha-3)
and city where it happened, or null. Figures:
  country accuracy: of gold events with a country, those whose predicted
                    location lies in that country (no location counts as wrong);
  country precision: of the events dyad locates, those whose location lies in
                    the gold country (a location for an event the annotator
                    placed nowhere counts as wrong); coverage: how many of the
                    gold events with a country dyad locates at all;
  city accuracy:    of gold events with a city, those whose predicted location
                    is a city of that name (or one of city_alt), accents aside;
  false locations:  of gold events without a place, those given one.
Events of the gold that dyad no longer codes are counted and left out.
"""
import argparse
import collections
import json
import sys
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s.replace("'", "").replace("’", "")).split())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("events")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()

    predicted = collections.defaultdict(list)
    with open(args.events, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            key = (e["article_id"], e["sentence"], e["evidence"]["verb"], e["evidence"]["start"])
            predicted[key].append(e.get("location"))
    taken = collections.Counter()
    n_country = ok_country = n_city = ok_city = n_none = false_loc = missing = 0
    located = located_ok = covered = 0
    n_city_located = ok_city_located = 0
    by_basis = collections.defaultdict(lambda: [0, 0])
    misses = []
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            key = (g["article_id"], g["sentence"], g["verb"], g["verb_start"])
            if taken[key] >= len(predicted.get(key, [])):
                missing += 1
                continue
            loc = predicted[key][taken[key]]
            taken[key] += 1
            got_country = loc["country_iso3"] if loc else None
            if loc:
                located += 1
                located_ok += bool(g["country"]) and got_country == g["country"]
                covered += bool(g["country"])
            if g["country"]:
                n_country += 1
                hit = got_country == g["country"]
                ok_country += hit
                by_basis[g["basis"]][0] += 1
                by_basis[g["basis"]][1] += hit
                if not hit:
                    misses.append(("country", g, loc))
            else:
                n_none += 1
                if loc:
                    false_loc += 1
                    misses.append(("false", g, loc))
            if g["city"]:
                n_city += 1
                names = {fold(g["city"])} | {fold(a) for a in g.get("city_alt") or []}
                hit = bool(loc) and loc["type"] == "city" and fold(loc["name"]) in names
                ok_city += hit
                if loc and loc["type"] == "city":
                    n_city_located += 1
                    ok_city_located += hit
                if not hit:
                    misses.append(("city", g, loc))

    def pct(a, b):
        return f"{100.0 * a / b:.1f}% ({a}/{b})" if b else "n/a"

    print(f"country accuracy: {pct(ok_country, n_country)}")
    print(f"city accuracy:    {pct(ok_city, n_city)}")
    print(f"false locations:  {pct(false_loc, n_none)} of events the annotator placed nowhere")
    print(f"country precision: {pct(located_ok, located)} of the events dyad locates")
    print(f"coverage:         {pct(covered, n_country)} of gold events with a country are located")
    print(f"city precision:   {pct(ok_city_located, n_city_located)} of dyad's city locations for gold cities")
    for basis in sorted(by_basis):
        print(f"  country by gold basis {basis:9s} {pct(by_basis[basis][1], by_basis[basis][0])}")
    if missing:
        print(f"gold events not coded now: {missing}")
    if args.verbose:
        for kind, g, loc in misses:
            got = f"{loc['name']} ({loc['type']}, {loc['country_iso3']}, {loc['from']})" if loc else "none"
            want = f"{g['city'] or g['adm1'] or ''} {g['country']}"
            print(f"{kind:7s} {g['article_id']} s{g['sentence']} {g['verb']!r}: want {want} [{g['basis']}], "
                  f"got {got}  -- {g['note']}", file=sys.stderr)


if __name__ == "__main__":
    main()
