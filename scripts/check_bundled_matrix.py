#!/usr/bin/env python3
"""Validate the bundled BIG-MAP matrix in resources/matrix/.

Checks bigmap-matrix.tsv against docs/MATRIX_FORMAT.md and the observable
vocabulary, and partners.json, holders.json, cells.json and sites.json against
the matrix: every partner has a site with a public contact page, every row
that needs a large-scale source sits at a site that has one, campuses lie in
one city, and the techniques the seeds attribute to partners (D5.2 Figure 3
and the section 3 workflows) are present. PaNET and CHAMEO identifiers are checked against the ontology files
when their folder exists (default /work/shared/data/ontologies, or
--ontologies DIR, or the PROBEMATRIX_ONTOLOGIES environment variable); the
check is skipped otherwise. Python 3 standard library only.

Usage: scripts/check_bundled_matrix.py [--matrix-dir DIR] [--ontologies DIR] [--seed FILE]
Exit status 0 when every check passes, 1 otherwise.
"""
import argparse
import csv
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATRIX_DIR = os.path.join(ROOT, "resources", "matrix")
VOCAB = os.path.join(ROOT, "resources", "vocabulary", "observables.json")
DEFAULT_ONTOLOGIES = "/work/shared/data/ontologies"
DEFAULT_SEED = "/work/shared/seeds/000_b09d788f2e79172b.txt"

HEADER = [
    "Cluster", "Partner", "technique", "probed area", "probed area resolution",
    "penetration depth", "permenetration depth resolution", "detection limit",
    "detection limit Resolutio", "contrast", "observables", "Observables resolution",
    "characterization mode", "time scale", "Sample preparation", "Instrument", "Beam source",
    "Cell Availability", "Degree of fidelity", "Maturity", "Resources", "Planning time",
    "Post-processing time", "CRL by observable Acquisition", "CRL by observable analysis",
    "used in BIG-map", "Sample reuse", "Data analysis Software",
    "Contact", "Sample damage", "Availability", "Samples submitted", "Instrument quality",
    "Sample preparation complexity", "PaNET", "CHAMEO", "Source", "Curation",
]
N_REPORTED = 8
MIN_OFFERINGS = 148
MIN_PARTNERS = 25

ORDINALS = {
    "Observables resolution": ["High", "Medium", "Low"],
    "characterization mode": ["Ex-situ", "In-situ", "Operando"],
    "Cell Availability": ["Yes", "No"],
    "Degree of fidelity": ["Low", "Medium", "High", "Best"],
    "Maturity": ["Commercial", "Realistic", "Model"],
    "Resources": ["Cheap", "Medium", "Expensive"],
    "Planning time": ["Hours", "Days", "Weeks", "Months"],
    "Post-processing time": ["Hours", "Days", "Weeks", "Months"],
    "CRL by observable Acquisition": ["High", "Medium", "Low"],
    "CRL by observable analysis": ["High", "Medium", "Low"],
    "used in BIG-map": ["Yes", "No"],
    "Sample reuse": ["Yes", "No"],
    "Sample damage": ["Low", "Medium", "High"],
    "Availability": ["Low", "Medium", "High"],
    "Instrument quality": ["Low", "Medium", "High"],
    "Sample preparation complexity": ["Low", "Medium", "High"],
}
# D5.2 prints one filled-in range with a typo ("m-situ" for in-situ)
ORDINAL_ALIASES = {"m-situ": "in-situ"}
PER_OBSERVABLE = ["Observables resolution", "CRL by observable Acquisition",
                  "CRL by observable analysis"]
LEVELS = {"low", "medium", "high"}

UNIT = r"(?:nm|µm|μm|um|mm|cm|m)"
LENGTH_RE = re.compile(r"^(?:(?:up to |< |> )?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)? ?%s\b.*|%s\b.*)$" % (UNIT, UNIT))
TIME_UNIT = r"(?:ms|s|sec|min|mins|minutes?|h|hours?|days?|weeks?)"
TIME_RE = re.compile(r"^(?:\d+(?:\.\d+)? ?%s|%s|\d+(?:\.\d+)? ?< ?Δt ?< ?\d+(?:\.\d+)? ?%s)$"
                     % (TIME_UNIT, TIME_UNIT, TIME_UNIT))
CONTACT_RE = re.compile(r"^[^<>]+ <[^@<>\s]+@[^@<>\s]+\.[a-z]{2,}>$")

errors = []


def err(msg):
    errors.append(msg)


def raw(cell):
    """Cell text without its optional surrounding brackets."""
    c = cell.strip()
    if c.startswith("[") and c.endswith("]"):
        c = c[1:-1].strip()
    return c


def is_null(cell):
    return raw(cell).lower() in ("", "null")


def items(cell):
    return [x.strip() for x in raw(cell).split(",") if x.strip()]


def ordinal_ok(value, allowed):
    """Accepts one value, an abbreviation, alternatives (a/b) or the full range."""
    low = [a.lower() for a in allowed]
    for part in value.split("/"):
        p = ORDINAL_ALIASES.get(part.strip().lower(), part.strip().lower())
        if p in low:
            continue
        if len(p) == 1 and any(a.startswith(p) for a in low):
            continue
        return False
    return True


def load_ontology_ids(folder):
    panet, chameo = set(), set()
    with open(os.path.join(folder, "PaNET.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) > 1 and "/PaNET/" in row[1]:
                panet.add(row[1].rsplit("/", 1)[-1])
    pat = re.compile(r"^chameo:(\w+) rdf:type owl:Class")
    with open(os.path.join(folder, "chameo.ttl"), encoding="utf-8") as f:
        for line in f:
            m = pat.match(line)
            if m:
                chameo.add(m.group(1))
    return panet, chameo


def seed_rows(path):
    """The 8 rows of D5.2 Figures 1-2, joined column-wise (legend line skipped)."""
    lines = open(path, encoding="utf-8").read().split("\n")

    def block(start):
        i = next(k for k, l in enumerate(lines) if l.startswith(start))
        out = []
        for l in lines[i + 1:]:
            if not l.strip():
                break
            out.append(l.split("\t"))
        return out

    a = block("Cluster\tPartner\ttechnique")
    b = block("observables\tObservables resolution")
    c = [r for r in block("Resources\tPlanning time") if not r[0].startswith("Cheap/")]
    return [x + y + z for x, y, z in zip(a, b, c)]


LARGE_SCALE_SOURCES = {"synchrotron", "neutron", "muon"}
SITE_FIELDS = ["key", "partner", "name", "city", "country", "country_code", "latitude", "longitude", "contact", "source"]


def place(sites_doc, partner_entry, cells, c):
    """The site of a matrix row, as core/matrix/Site.cpp decides it (first matching placement, else home)."""
    names = {partner_entry["short_name"].lower()} | {a.lower() for a in partner_entry.get("aliases", [])}
    instruments = [] if is_null(c(cells, "Instrument")) else items(c(cells, "Instrument"))
    sources = [x.lower() for x in items(c(cells, "Beam source"))]
    for rule in sites_doc["placements"]:
        if rule["partner"].lower() not in names:
            continue
        hit = (rule.get("instrument") and any(rule["instrument"].lower() in i.lower() for i in instruments)) or \
              (rule.get("beam_source") and rule["beam_source"].lower() in sources)
        if hit:
            return next(s for s in sites_doc["sites"] if s["key"] == rule["site"])
    return next((s for s in sites_doc["sites"] if s["partner"].lower() in names), None)


def check_sites(mdir, partners, rows, c):
    doc = json.load(open(os.path.join(mdir, "sites.json"), encoding="utf-8"))
    keys = [s.get("key") for s in doc.get("sites", [])]
    if len(keys) != len(set(keys)):
        err("sites.json: duplicate site keys")
    for s in doc.get("sites", []):
        what = "sites.json %s" % s.get("key")
        for f in SITE_FIELDS:
            if s.get(f) in ("", None):
                err("%s: missing %s" % (what, f))
        contact = s.get("contact") or {}
        if not contact.get("label") or not str(contact.get("url", "")).startswith("https://"):
            err("%s: the contact needs a label and a public https page" % what)
        if "@" in json.dumps(contact):
            err("%s: contacts are public pages, not (personal) addresses" % what)
        if not re.match(r"^[A-Z]{2}$", str(s.get("country_code", ""))):
            err("%s: bad country_code" % what)
    # A campus lies in one city and country, so the distance classes nest (an ultrametric).
    campus_city = {}
    for s in doc.get("sites", []):
        if s.get("campus"):
            where = (s["city"], s["country_code"])
            if campus_city.setdefault(s["campus"], where) != where:
                err("sites.json: campus %r spans %r and %r" % (s["campus"], campus_city[s["campus"]], where))
    for i, rule in enumerate(doc.get("placements", [])):
        if rule.get("site") not in keys:
            err("sites.json placements[%d]: unknown site %r" % (i, rule.get("site")))
        if not (rule.get("instrument") or rule.get("beam_source")):
            err("sites.json placements[%d]: needs an instrument or a beam_source" % i)
        if not rule.get("reason") or not rule.get("source"):
            err("sites.json placements[%d]: needs a reason and a source" % i)
    by_name = {p["short_name"]: p for p in partners}
    for p in partners:
        if not any(s.get("partner") == p["short_name"] for s in doc.get("sites", [])):
            err("sites.json: partner %s has no site (and so no contact point)" % p["short_name"])
    facility_partners = {p["short_name"] for p in partners if p["kind"] == "large-scale facility"}
    for n, cells in rows:
        partner = by_name.get(raw(c(cells, "Partner")))
        if not partner:
            continue
        site = place(doc, partner, cells, c)
        if site is None:
            err("matrix line %d: no site for %s" % (n, partner["short_name"]))
            continue
        sources = {x.lower() for x in items(c(cells, "Beam source"))}
        if sources & LARGE_SCALE_SOURCES and not (site.get("facility") or site["partner"] in facility_partners):
            err("matrix line %d: %s needs a %s source but sits at %s, which has none"
                % (n, raw(c(cells, "technique")), "/".join(sorted(sources & LARGE_SCALE_SOURCES)), site["key"]))


# Techniques the seeds attribute to partners (partner, technique abbreviation, where said).
SEED_ATTRIBUTIONS = [
    ("CEA", "ND", "D5.2 Figure 3"), ("CEA", "lab XRD", "D5.2 Figure 3"), ("CEA", "SXRD", "D5.2 Figure 3"),
    ("CEA", "OEMS", "D5.2 3.2"), ("UCAM", "OEMS", "D5.2 3.2"), ("DTU", "XRD", "D5.2 3.2"),
    ("CEA", "OEMS-WAXS-SAXS", "D5.2 3.2"),
    ("UCAM", "ssNMR", "D5.2 3.3"), ("UCAM", "lab XRD", "D5.2 3.3"), ("CEA", "lab HAXPES", "D5.2 3.3"),
    ("SOLEIL", "HAXPES", "D5.2 3.3 (attribution estimated)"), ("ESRF", "XRS", "D5.2 3.3 (attribution estimated)"),
    ("ESRF", "RIXS", "D5.2 3.3 (attribution estimated)"), ("SOLEIL", "soft XAS", "D5.2 3.3 (attribution estimated)"),
    ("Chalmers", "Raman", "D5.2 3.3 (attribution estimated)"), ("CNR", "XAS", "D5.2 3.3"),
    ("CEA", "XPS", "D5.5 Table 1"), ("CEA", "SEM", "D5.5 Table 1"), ("CNRS", "XPS", "D5.5 2.5.2"),
]


def check_seed_attributions(rows, c, seed):
    have = {(raw(c(cells, "Partner")), items(c(cells, "technique"))[-1]) for _, cells in rows}
    for partner, abbr, where in SEED_ATTRIBUTIONS:
        if (partner, abbr) not in have:
            err("matrix: %s %s (%s) is missing" % (partner, abbr, where))
    # D5.2 Figure 3 as printed: the answer to "which techniques has the CEA partner made available".
    if os.path.isfile(seed):
        text = open(seed, encoding="utf-8").read()
        m = re.search(r"which techniques has the CEA partner made available in the consortium\?\s*\n\s*\n(.+)", text)
        if not m:
            err("seed: D5.2 Figure 3 answer not found")
        else:
            cea = {raw(c(cells, "technique")).split(",")[0].strip().lower() for _, cells in rows if raw(c(cells, "Partner")) == "CEA"}
            for answer in m.group(1).split(", "):
                name = answer.split(" and ")[0].strip().lower()
                if name not in cea:
                    err("matrix: D5.2 Figure 3 says CEA offers %r; no CEA row has that technique" % name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--matrix-dir", default=MATRIX_DIR, help="folder holding the four matrix files")
    ap.add_argument("--ontologies", default=os.environ.get("PROBEMATRIX_ONTOLOGIES", DEFAULT_ONTOLOGIES))
    ap.add_argument("--seed", default=DEFAULT_SEED, help="D5.2 text, to compare the reported rows (skipped if absent)")
    args = ap.parse_args()
    mdir = args.matrix_dir

    vocab = json.load(open(VOCAB, encoding="utf-8"))
    canonical = {o["name"] for o in vocab["observables"]}

    # ---- matrix -------------------------------------------------------
    path = os.path.join(mdir, "bigmap-matrix.tsv")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        err("matrix: CR characters found (expected LF line ends)")
    lines = text.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    if header != HEADER:
        err("matrix: header differs from the expected 38 names: %r" % header)
    col = {h: i for i, h in enumerate(HEADER)}
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            err("matrix line %d: %d cells, expected %d" % (n, len(cells), len(HEADER)))
            continue
        rows.append((n, cells))

    def c(cells, name):
        return cells[col[name]]

    partners = json.load(open(os.path.join(mdir, "partners.json"), encoding="utf-8"))
    partner_names = [p["short_name"] for p in partners]

    panet_ids = chameo_ids = None
    if os.path.isdir(args.ontologies):
        panet_ids, chameo_ids = load_ontology_ids(args.ontologies)
    else:
        print("note: ontology folder %s absent, PaNET/CHAMEO check skipped" % args.ontologies)

    keys = Counter()
    index = {}  # (partner, abbreviation) -> list of instrument lists
    for k, (n, cells) in enumerate(rows):
        reported = k < N_REPORTED
        where = "matrix line %d" % n
        cur = c(cells, "Curation")
        if reported and (cur != "reported" or c(cells, "Source") != "BIG-MAP D5.2 Figures 1-2"):
            err("%s: the first %d rows must be Curation 'reported', Source 'BIG-MAP D5.2 Figures 1-2'" % (where, N_REPORTED))
        if not reported and cur != "estimate":
            err("%s: Curation must be 'estimate' after the reported rows" % where)
        if not reported and not c(cells, "Source").strip():
            err("%s: empty Source" % where)

        partner = raw(c(cells, "Partner"))
        if partner not in partner_names:
            err("%s: partner %r not in partners.json" % (where, partner))
        tech = raw(c(cells, "technique"))
        parts = [x.strip() for x in tech.split(",")]
        if len(parts) != 2 or not all(parts):
            err("%s: technique %r is not 'Name, ABBREVIATION'" % (where, tech))
            continue
        abbr = parts[1]
        instruments = [] if is_null(c(cells, "Instrument")) else items(c(cells, "Instrument"))
        key = (partner, tech.lower(), tuple(i.lower() for i in instruments))
        keys[key] += 1
        index.setdefault((partner, abbr), []).append(instruments)

        obs = items(c(cells, "observables"))
        if not obs:
            err("%s: no observables" % where)
        for o in obs:
            if o not in canonical:
                err("%s: observable %r is not a canonical vocabulary name" % (where, o))

        for name, allowed in ORDINALS.items():
            v = c(cells, name)
            if is_null(v):
                if not reported and name in ("Sample damage", "Availability", "Instrument quality",
                                             "Sample preparation complexity", "Degree of fidelity",
                                             "Resources", "Planning time", "characterization mode"):
                    err("%s: %s is empty" % (where, name))
                continue
            for it in items(v):
                if not ordinal_ok(it, allowed):
                    err("%s: %s value %r not in %s" % (where, name, it, "/".join(allowed)))
        if not reported:
            for name in PER_OBSERVABLE:
                v = c(cells, name)
                if not is_null(v) and len(items(v)) not in (1, len(obs)):
                    err("%s: %s has %d values for %d observables" % (where, name, len(items(v)), len(obs)))
            for name in ("probed area resolution", "permenetration depth resolution"):
                v = c(cells, name)
                if not is_null(v) and not LENGTH_RE.match(raw(v)):
                    err("%s: %s %r is not a length" % (where, name, v))
            for it in items(c(cells, "penetration depth")):
                if not is_null(it) and not LENGTH_RE.match(it):
                    err("%s: penetration depth %r is not a length" % (where, it))
            for it in items(c(cells, "time scale")):
                if not TIME_RE.match(it):
                    err("%s: time scale %r not parseable" % (where, it))
            contact = c(cells, "Contact")
            if not is_null(contact) and not CONTACT_RE.match(contact):
                err("%s: contact %r is not 'Name <mail>'" % (where, contact))
            ns = c(cells, "Samples submitted")
            if not ns.isdigit() or int(ns) > 50:
                err("%s: Samples submitted %r is not a small integer" % (where, ns))
            modes = [m.lower() for m in items(c(cells, "characterization mode"))]
            reuse = raw(c(cells, "Sample reuse")).lower()
            damage = c(cells, "Sample damage").lower()
            if reuse == "no" and damage != "high":
                err("%s: destructive offering (Sample reuse No) must have Sample damage High" % where)
            if raw(c(cells, "Cell Availability")).lower() == "yes" and not ({"operando", "in-situ"} & set(modes)):
                err("%s: Cell Availability Yes on an ex situ only offering" % where)

        pid, cid = c(cells, "PaNET").strip(), c(cells, "CHAMEO").strip()
        if pid and not re.match(r"^PaNET\d+$", pid):
            err("%s: PaNET id %r malformed" % (where, pid))
        if cid and not re.match(r"^[A-Za-z]\w*$", cid):
            err("%s: CHAMEO class %r malformed" % (where, cid))
        if panet_ids is not None:
            if pid and pid not in panet_ids:
                err("%s: PaNET id %s not in PaNET.csv" % (where, pid))
            if cid and cid not in chameo_ids:
                err("%s: CHAMEO class %s not in chameo.ttl" % (where, cid))

    for key, count in keys.items():
        if count > 1:
            err("matrix: partner+technique+instrument %r appears %d times" % (key, count))

    if os.path.isfile(args.seed):
        for k, expected in enumerate(seed_rows(args.seed)):
            if k >= len(rows) or rows[k][1][:28] != expected:
                err("matrix: reported row %d differs from D5.2 Figures 1-2" % (k + 1))
    else:
        print("note: seed %s absent, reported rows not compared" % args.seed)

    used_partners = {raw(c(cells, "Partner")) for _, cells in rows}

    # ---- partners.json ------------------------------------------------
    pfields = ["short_name", "aliases", "full_name", "kind", "site", "city", "country",
               "country_code", "latitude", "longitude", "website", "source"]
    seen_alias = {}
    for p in partners:
        name = p.get("short_name")
        for f in pfields:
            if f not in p or p[f] in ("", None):
                err("partners.json %s: missing %s" % (name, f))
        if p.get("kind") not in ("laboratory", "large-scale facility", "industry"):
            err("partners.json %s: bad kind %r" % (name, p.get("kind")))
        if not re.match(r"^[A-Z]{2}$", str(p.get("country_code", ""))):
            err("partners.json %s: bad country_code" % name)
        lat, lon = p.get("latitude"), p.get("longitude")
        if not (isinstance(lat, (int, float)) and -90 <= lat <= 90 and
                isinstance(lon, (int, float)) and -180 <= lon <= 180):
            err("partners.json %s: bad coordinates" % name)
        for a in [name] + list(p.get("aliases", [])):
            owner = seen_alias.setdefault(a.lower(), name)
            if owner != name:
                err("partners.json: alias %r used by %s and %s" % (a, owner, name))
        if name not in used_partners:
            err("partners.json %s: partner has no offering in the matrix" % name)
    if len(partner_names) != len(set(partner_names)):
        err("partners.json: duplicate short names")

    # ---- sites.json (issue 13) ---------------------------------------
    check_sites(mdir, partners, rows, c)
    check_seed_attributions(rows, c, args.seed)

    # ---- holders.json and cells.json ----------------------------------
    def check_ref(what, ref):
        lists = index.get((ref.get("partner"), ref.get("technique")))
        if not lists:
            err("%s: no matrix row for partner %r technique %r" % (what, ref.get("partner"), ref.get("technique")))
        elif not any(ref.get("instrument") in lst for lst in lists):
            err("%s: instrument %r not listed by %s %s" % (what, ref.get("instrument"), ref.get("partner"), ref.get("technique")))

    holders = json.load(open(os.path.join(mdir, "holders.json"), encoding="utf-8"))
    for h in holders:
        what = "holders.json %r" % h.get("label")
        for f in ("label", "owner", "availability", "shapes", "instruments", "source"):
            if f not in h:
                err("%s: missing %s" % (what, f))
        if h.get("owner") not in partner_names:
            err("%s: owner not in partners.json" % what)
        if h.get("availability") not in LEVELS:
            err("%s: availability must be low/medium/high" % what)
        if not h.get("shapes") or not h.get("instruments"):
            err("%s: needs shapes and instruments" % what)
        for ref in h.get("instruments", []):
            if not isinstance(ref.get("air_tight"), bool):
                err("%s: air_tight must be true or false" % what)
            check_ref(what, ref)
    d55 = [h for h in holders if h.get("label") == "XPS/SEM transfer chamber"]
    if not (d55 and d55[0]["owner"] == "CEA" and d55[0]["availability"] == "medium"
            and d55[0]["shapes"] == ["electrode", "powder"]
            and [(r["partner"], r["technique"], r["air_tight"]) for r in d55[0]["instruments"]]
            == [("CEA", "XPS", True), ("CEA", "SEM", True)]):
        err("holders.json: the D5.5 Table 1 example (XPS/SEM transfer chamber, CEA) is missing or altered")

    cells_json = json.load(open(os.path.join(mdir, "cells.json"), encoding="utf-8"))
    for cl in cells_json:
        what = "cells.json %r" % cl.get("name")
        for f in ("name", "owner", "performance", "availability", "shapes", "instruments", "source"):
            if f not in cl:
                err("%s: missing %s" % (what, f))
        if cl.get("owner") not in partner_names:
            err("%s: owner not in partners.json" % what)
        for f in ("performance", "availability"):
            if cl.get(f) not in LEVELS:
                err("%s: %s must be low/medium/high" % (what, f))
        for ref in cl.get("instruments", []):
            if ref.get("data_quality") not in LEVELS:
                err("%s: data_quality must be low/medium/high" % what)
            check_ref(what, ref)
            for lst_row in [cells for _, cells in rows
                            if raw(c(cells, "Partner")) == ref.get("partner")
                            and items(c(cells, "technique"))[-1:] == [ref.get("technique")]
                            and ref.get("instrument") in items(c(cells, "Instrument"))]:
                if "operando" not in raw(c(lst_row, "characterization mode")).lower():
                    err("%s: %s %s is not an operando offering" % (what, ref.get("partner"), ref.get("technique")))

    # ---- scenario guards (planner golden scenarios) -------------------
    def offerings(pred):
        return [cells for k, (_, cells) in enumerate(rows) if pred(k, cells)]

    def has(cells, *obs):
        return set(obs) <= set(items(c(cells, "observables")))

    def operando(cells):
        return "operando" in raw(c(cells, "characterization mode")).lower()

    def pname(cells):
        return raw(c(cells, "Partner"))

    if not offerings(lambda k, r: operando(r) and has(r, "gas evolution", "crystal structure", "nanostructure")
                     and pname(r) in ("CEA", "ESRF")):
        err("scenario a: no combined operando OEMS + WAXS/SAXS offering at CEA or ESRF")
    oems = {pname(r) for r in offerings(lambda k, r: items(c(r, "technique"))[-1] == "OEMS")}
    if not {"CEA", "UCAM"} <= oems:
        err("scenario a: standalone OEMS at CEA and UCAM expected")
    for label, pred in [
        ("operando XAS", lambda k, r: operando(r) and has(r, "oxidation state") and "XAS" in raw(c(r, "technique"))),
        ("operando XRD+XAS", lambda k, r: operando(r) and has(r, "crystal structure", "oxidation state")),
        ("operando Raman", lambda k, r: operando(r) and "Raman" in raw(c(r, "technique"))),
        ("HAXPES", lambda k, r: "HAXPES" in raw(c(r, "technique"))),
        ("XRS", lambda k, r: raw(c(r, "technique")).endswith(", XRS")),
        ("RIXS", lambda k, r: raw(c(r, "technique")).endswith(", RIXS")),
        ("soft XAS", lambda k, r: raw(c(r, "technique")).endswith(", soft XAS")),
    ]:
        if not offerings(pred):
            err("scenario b: no %s offering" % label)
    if offerings(lambda k, r: operando(r) and has(r, "particle cracking")):
        err("scenario d: an operando offering lists particle cracking")
    for inst in ("ANATOMIX", "ID16B"):
        nano = offerings(lambda k, r: inst in items(c(r, "Instrument")) and has(r, "particle cracking"))
        if not nano or any(operando(r) or raw(c(r, "Cell Availability")) != "No" for r in nano):
            err("scenario d: %s nanotomography must measure particle cracking ex situ without cell" % inst)
    cheap = offerings(lambda k, r: raw(c(r, "Resources")) == "Cheap")
    cheap_tech = {items(c(r, "technique"))[-1] for r in cheap}
    for t in ("lab XRD", "SEM", "Raman", "FTIR", "EIS", "XPS", "OM"):
        if t not in cheap_tech:
            err("scenario e: no cheap %s offering" % t)
    destructive = offerings(lambda k, r: k >= N_REPORTED and raw(c(r, "Sample reuse")) == "No")
    if len({frozenset(items(c(r, "observables"))) for r in destructive}) < 2:
        err("scenario f: fewer than two destructive offerings with different observables")

    # ---- summary ------------------------------------------------------
    clusters = Counter(c(cells, "Cluster").strip("[]") for _, cells in rows)
    techniques = {items(c(cells, "technique"))[-1] for _, cells in rows}
    if len(rows) < MIN_OFFERINGS:
        err("matrix: %d offerings, at least %d expected" % (len(rows), MIN_OFFERINGS))
    if len(used_partners) < MIN_PARTNERS:
        err("matrix: %d partners, at least %d expected" % (len(used_partners), MIN_PARTNERS))
    if len(holders) < 5:
        err("holders.json: at least 5 holders expected")
    if len(cells_json) < 6:
        err("cells.json: at least 6 cells expected")

    print("offerings: %d (%d reported, %d estimate)" % (len(rows), N_REPORTED, len(rows) - N_REPORTED))
    print("partners:  %d" % len(used_partners))
    print("clusters:  %d (%s)" % (len(clusters), ", ".join("%s %d" % kv for kv in sorted(clusters.items()))))
    print("techniques (distinct abbreviations): %d" % len(techniques))
    print("holders:   %d" % len(holders))
    print("cells:     %d" % len(cells_json))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
