#!/usr/bin/env python3
"""Classify the dates rows of an errors.csv (written by run.sh --gold) into the error classes of
issue 13 and print a count per class and error kind. Usage:
  scripts/date_error_classes.py ERRORS.csv [ERRORS2.csv ...]   (one column per file)
The first matching class wins, in the order listed."""
import collections
import csv
import re
import sys

CLASSES = [
    ("ages/measure (not annotated)", lambda t, e, g: re.search(
        r"(?i)\d+-(year|month|week|day|hour|minute)s?-old|\byears? old\b|^\w+-(year|month|week|day|hour|minute)s?$"
        r"|^(a |the |one )?(year|month|week|day|hour|minute|second|decade|time)s?$", t)),
    ("SET", lambda t, e, g: "SET" in e.split(" ")[:1] + g.split(" ")[:1] or re.search(
        r"(?i)\b(every|each|per|annual|annually|quarterly|monthly|weekly|daily|nightly|hourly)\b", t)),
    ("decades/centuries", lambda t, e, g: re.search(
        r"(?i)\d0s\b|'\d0s|\bdecades?\b|\bcentur(y|ies)\b|ties\b|\bmillenni", t)),
    ("fiscal periods", lambda t, e, g: re.search(
        r"(?i)\bfiscal\b|\bquarters?\b|\bhalf\b|\bperiod\b|year-(earlier|ago|end)|year's end|-Q[1-4X]|-H[12]", t + e + g)),
    ("ranges", lambda t, e, g: re.search(r"\d\s*[-\u2013]\s*\d|\b(through|to|until)\b", t)),
    ("offsets", lambda t, e, g: re.search(
        r"(?i)\b(earlier|later|before|after|ago|since|following|previous|prior|next|last|past|coming|ahead)\b", t)),
    ("now/today refs", lambda t, e, g: re.search(
        r"(?i)^(now|currently|current|today|present|recently|recent|previously|once|then|soon|already|yet|"
        r"formerly|lately|nowadays|the present|the future|future|the past|past|this time|at present|immediately)$", t)
        or "_REF" in e + g),
    ("anchoring (story vs publication time)", lambda t, e, g: re.match(r"^(DATE|TIME)?\s*\d{4}", e.split(" (")[0].replace("DATE ", "").replace("TIME ", ""))
        and re.match(r"^\d{4}", g.replace("DATE ", "").replace("TIME ", ""))),
]


def classify(row):
    t, e, g = row["text"], row["expected"], row["got"]
    for name, test in CLASSES:
        if test(t, e, g):
            return name
    return "other"


def counts(path):
    c = collections.Counter()
    with open(path, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["layer"] == "dates":
                c[(classify(row), row["error"])] += 1
    return c


def main(paths):
    tables = [counts(p) for p in paths]
    classes = [n for n, _ in CLASSES] + ["other"]
    kinds = ["spurious", "missed", "wrong_value", "wrong_type"]
    print("class," + ",".join(f"{k}@{i}" for i in range(len(paths)) for k in kinds + ["total"]))
    for name in classes:
        cells = []
        for table in tables:
            row = [table[(name, k)] for k in kinds]
            cells += [str(v) for v in row] + [str(sum(row))]
        print(f"{name}," + ",".join(cells))
    print("ALL," + ",".join(
        str(v) for table in tables for v in [sum(n for (c, k), n in table.items() if k == kk) for kk in kinds] + [sum(table.values())]))


if __name__ == "__main__":
    main(sys.argv[1:])
