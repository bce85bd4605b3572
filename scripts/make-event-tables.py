#!/usr/bin/env python3
"""Writes the events stage's reference tables:

  data/cameo/events.tsv         code, root, quad_class, goldstein, name for
                                every CAMEO event code (2, 3 and 4 digits)
  data/plover/cameo_plover.tsv  cameo, plover_type, plover_mode, plover_context
                                (the CAMEO->PLOVER map; CC BY-SA 4.0)

usage (from the repository root):
  python3 scripts/make-event-tables.py ../shared/data
  python3 scripts/make-event-tables.py --cameo DIR --plover DIR [--out DIR]

Sources, in ../shared/data (see its README for their origin):
  cameo/CAMEO.eventcodes.txt     GDELT's lookup of CAMEO event codes and names
  cameo/CAMEO.goldsteinscale.txt GDELT's Goldstein value per code
  cameo/cameo_events_merged.tsv  the same codes with the CAMEO 1.1b3 manual's
                                 names beside GDELT's, and the manual's codes
                                 that GDELT lacks
  plover/cameo2plover.tsv        the CAMEO->PLOVER map (openeventdata/PLOVER)
  plover/plover_ontology_v2.0.json  PLOVER 2.0 types, modes and contexts, used
                                 only to warn about map values it lacks

Decisions (also in data/cameo/README.md and data/plover/README.md):
  * Names are GDELT's, whitespace tidied, except in NAME_FROM_MANUAL below,
    where GDELT's name is garbled or belongs to an older CAMEO numbering.
  * GDELT's eventcodes file runs 1056 and 106 together on one line
    ("...engagement106:[-5.0] Demand withdrawal"); it is split here.
  * Codes of the CAMEO 1.1b3 manual that GDELT lacks (155, 176, 1834, 1951,
    1952) are kept. "1883" is not: its parent 188 does not exist and its name
    is 183's (a text-extraction slip in the merged table).
  * Goldstein: GDELT's value. A code without one takes the value of its
    nearest parent that has one (4-digit -> 3-digit -> root); the header of
    events.tsv lists the codes that did.
  * QuadClass by root code, as GDELT: 01-05 -> 1 (verbal cooperation),
    06-09 -> 2 (material cooperation), 10-14 -> 3 (verbal conflict),
    15-20 -> 4 (material conflict).
  * PLOVER: what the map gives. Several contexts ("crime; corruption") are
    joined with ",". A code the map lists twice keeps its first row (08:
    CONCEDE, as 080; not RETREAT); rows for codes not in events.tsv (1213,
    1214) are dropped. Both are listed in the file's header.
"""
import argparse
import json
import os
import re
import sys

# Codes whose name comes from the CAMEO 1.1b3 manual rather than GDELT's
# lookup, and why.
NAME_FROM_MANUAL = {
    "033": "GDELT's name has a typo (matyerial)",
    "0355": "GDELT's name lacks a word (intent allow)",
    "044": "GDELT's name is mis-encoded (Meet at a \\xd2hird\\xd3location)",
    "101": "GDELT's name is from an older numbering; 1011-1014 are demands for material cooperation",
    "105": "GDELT's name is from an older numbering; 1051-1056 are demands that the target yield",
    "106": "GDELT's name is from an older numbering (manual and PLOVER map agree)",
    "107": "GDELT's name is from an older numbering (manual and PLOVER map agree)",
    "108": "GDELT's name is from an older numbering (manual and PLOVER map agree)",
    "2041": "GDELT's name lacks a space (radiologicalweapons)",
}

# Codes of the merged table that are not CAMEO codes, and why.
NOT_CODES = {
    "1883": "parent 188 does not exist; the row carries 183's manual name",
}

MERGED_LINE = re.compile(r"^(.*?)(\d{3,4}):\[(-?[0-9.]+)\]\s*(.*)$")


def tidy(s):
    return " ".join(s.split())


def read_tsv(path):
    """Rows of a headed TSV file as lists of fields (header skipped)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


def quad_class(root):
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    raise ValueError("root code out of range: " + root)


def is_event_code(code):
    return code.isdigit() and 2 <= len(code) <= 4


def read_gdelt_names(path):
    names = {}
    for fields in read_tsv(path):
        code, name = fields[0].strip(), fields[1]
        if not is_event_code(code):
            continue  # "1".."4": QuadClass headings, not codes.
        m = MERGED_LINE.match(name)
        if m:  # "1056 ...engagement106:[-5.0] Demand withdrawal"
            name = m.group(1)
            names[m.group(2)] = tidy(m.group(4))
        names[code] = tidy(name)
    return names


def read_goldstein(path):
    return {f[0].strip(): float(f[1]) for f in read_tsv(path) if is_event_code(f[0].strip())}


def read_manual_names(path):
    # code level root base name_gdelt name_manual quad goldstein
    return {f[0].strip(): tidy(f[5]) for f in read_tsv(path) if len(f) > 5}


def parent_goldstein(code, goldstein):
    """The value of the nearest parent that has one, and that parent."""
    for n in range(len(code) - 1, 1, -1):
        parent = code[:n]
        if parent in goldstein:
            return goldstein[parent], parent
    raise ValueError("no Goldstein value for " + code + " or any parent")


def build_events(cameo_dir):
    names = read_gdelt_names(os.path.join(cameo_dir, "CAMEO.eventcodes.txt"))
    goldstein = read_goldstein(os.path.join(cameo_dir, "CAMEO.goldsteinscale.txt"))
    manual = read_manual_names(os.path.join(cameo_dir, "cameo_events_merged.tsv"))
    for code, name in manual.items():
        if code not in names and code not in NOT_CODES and name:
            names[code] = name
    for code in NAME_FROM_MANUAL:
        names[code] = manual[code]
    rows, fallbacks = [], []
    for code in sorted(names):
        if len(code) > 2 and code[:-1] not in names and code[:2] not in names:
            raise ValueError("code without a parent: " + code)
        if code in goldstein:
            value = goldstein[code]
        else:
            value, parent = parent_goldstein(code, goldstein)
            fallbacks.append(f"{code}<-{parent}")
        if not -10 <= value <= 10 or not names[code]:
            raise ValueError("bad row for " + code)
        rows.append((code, code[:2], quad_class(code[:2]), value, names[code]))
    return rows, fallbacks


def write_events(path, rows, fallbacks):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# GENERATED BY scripts/make-event-tables.py; DO NOT EDIT (see data/cameo/README.md).\n")
        f.write("# CAMEO event codes: names from GDELT's CAMEO.eventcodes.txt and the CAMEO 1.1b3\n")
        f.write("# codebook (Schrodt et al.); Goldstein values from GDELT's CAMEO.goldsteinscale.txt;\n")
        f.write("# QuadClass by root code (01-05:1, 06-09:2, 10-14:3, 15-20:4).\n")
        f.write("# Goldstein taken from the nearest parent (no GDELT value): " +
                " ".join(fallbacks) + "\n")
        f.write("code\troot\tquad_class\tgoldstein\tname\n")
        for code, root, quad, value, name in rows:
            f.write(f"{code}\t{root}\t{quad}\t{value:.1f}\t{name}\n")


def read_ontology(path):
    with open(path, encoding="utf-8") as f:
        onto = json.load(f)
    modes = {t["event_type"]: {m["mode"] for m in t["modes"]} for t in onto["event_types"]}
    contexts = {c["context"] for c in onto["contexts"]}
    return modes, contexts


def build_plover(plover_dir, event_codes):
    modes, contexts = read_ontology(os.path.join(plover_dir, "plover_ontology_v2.0.json"))
    rows, dropped, warnings = {}, [], []
    for fields in read_tsv(os.path.join(plover_dir, "cameo2plover.tsv")):
        fields += [""] * (4 - len(fields))
        code, ptype, mode = fields[0].strip(), fields[1].strip(), fields[2].strip()
        ctx = [c.strip() for c in fields[3].split(";") if c.strip()]
        row = (ptype, mode, ",".join(ctx))
        if code not in event_codes:
            dropped.append(f"{code} (not a CAMEO code of events.tsv)")
            continue
        if code in rows:
            if rows[code] != row:
                dropped.append(f"{code} {ptype} (second row; kept {rows[code][0]})")
            continue
        rows[code] = row
        if ptype not in modes:
            warnings.append(f"{code}: type {ptype} not in PLOVER 2.0")
        elif mode and mode not in modes[ptype]:
            warnings.append(f"{code}: mode {mode} not a PLOVER 2.0 mode of {ptype}")
        for c in ctx:
            if c not in contexts:
                warnings.append(f"{code}: context {c} not in PLOVER 2.0")
    return sorted(rows.items()), dropped, warnings


def write_plover(path, rows, dropped):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# GENERATED BY scripts/make-event-tables.py; DO NOT EDIT (see data/plover/README.md).\n")
        f.write("# Derived from the CAMEO->PLOVER map of openeventdata/PLOVER; licensed CC BY-SA 4.0\n")
        f.write("# (https://creativecommons.org/licenses/by-sa/4.0/), and so is this file.\n")
        f.write("# Rows of the map left out: " + "; ".join(dropped) + "\n")
        f.write("cameo\tplover_type\tplover_mode\tplover_context\n")
        for code, (ptype, mode, ctx) in rows:
            f.write(f"{code}\t{ptype}\t{mode}\t{ctx}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", help="the shared data folder (has cameo/ and plover/)")
    ap.add_argument("--cameo", help="folder of the CAMEO sources")
    ap.add_argument("--plover", help="folder of the PLOVER sources")
    ap.add_argument("--out", default=".", help="repository root to write data/ under")
    args = ap.parse_args()
    cameo = args.cameo or (args.data and os.path.join(args.data, "cameo"))
    plover = args.plover or (args.data and os.path.join(args.data, "plover"))
    if not cameo or not plover:
        ap.error("give the data folder, or --cameo and --plover")

    rows, fallbacks = build_events(cameo)
    os.makedirs(os.path.join(args.out, "data/cameo"), exist_ok=True)
    write_events(os.path.join(args.out, "data/cameo/events.tsv"), rows, fallbacks)
    prows, dropped, warnings = build_plover(plover, {r[0] for r in rows})
    os.makedirs(os.path.join(args.out, "data/plover"), exist_ok=True)
    write_plover(os.path.join(args.out, "data/plover/cameo_plover.tsv"), prows, dropped)
    print(f"events.tsv: {len(rows)} codes; Goldstein from a parent: {' '.join(fallbacks)}",
          file=sys.stderr)
    print(f"cameo_plover.tsv: {len(prows)} codes; left out: {'; '.join(dropped)}", file=sys.stderr)
    for w in warnings:
        print("note: " + w, file=sys.stderr)


if __name__ == "__main__":
    main()
