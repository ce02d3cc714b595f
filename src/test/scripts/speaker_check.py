#!/usr/bin/env python3
"""Sample matched quotes whose gold source is a pronoun or a nominal, for a hand check of the
canonical speaker (issue 12).

  scripts/speaker_check.py sample --gold GOLD_DIR --pred RUN_DIR --texts DOCS_DIR [--seed 12] [--n 100]
      writes CSV rows (no article text beyond the mention and names) to stdout:
      doc_id,quote_id,mention_start,mention_end,mention,mention_class,predicted_speaker,judged_speaker,right
  scripts/speaker_check.py context --sample CSV --texts DOCS_DIR [--chars 500]
      prints the text before each mention, to judge by eye (for the judge only; never committed).

Sampling: gold quotes ranked by a seeded hash of (doc_id, quote_id); a quote enters when a predicted
quote covers >= 0.3 of it (greedy one-to-one by coverage, as the scorer's 0.3 match) and its gold
source mention is a pronoun or a nominal (its last word lower case). Ranking by hash keeps the same
gold quotes in the samples of two runs when both match them, so before/after judgements pair up.
"""
import argparse
import csv
import hashlib
import os
import sys

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def mention_class(text):
    words = text.split()
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    last = words[-1].strip(".,'’")
    return "nominal" if last[:1].islower() else None


def matches(gold_rows, pred_rows):
    """gold (doc_id, quote_id) -> predicted row, greedy by the share of the gold span covered."""
    by_doc = {}
    for p in pred_rows:
        by_doc.setdefault(p["doc_id"], []).append(p)
    pairs = []
    for g in gold_rows:
        gs, ge = int(g["start"]), int(g["end"])
        for i, p in enumerate(by_doc.get(g["doc_id"], [])):
            overlap = min(ge, int(p["end"])) - max(gs, int(p["start"]))
            share = overlap / (ge - gs) if ge > gs else 0
            if share >= 0.3:
                pairs.append((-share, g["doc_id"], g["quote_id"], i, g, p))
    pairs.sort(key=lambda t: t[:4])
    used_gold, used_pred, result = set(), set(), {}
    for _, doc, qid, i, g, p in pairs:
        if (doc, qid) in used_gold or (doc, i) in used_pred:
            continue
        used_gold.add((doc, qid))
        used_pred.add((doc, i))
        result[(doc, qid)] = p
    return result


def sample(args):
    gold = read(os.path.join(args.gold, "quotes.csv"))
    pred = read(os.path.join(args.pred, "quotes.csv"))
    matched = matches(gold, pred)
    key = lambda g: hashlib.sha256(f"{args.seed}|{g['doc_id']}|{g['quote_id']}".encode()).hexdigest()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["doc_id", "quote_id", "mention_start", "mention_end", "mention", "mention_class",
                  "predicted_mention", "predicted_speaker", "judged_speaker", "right"])
    taken = 0
    for g in sorted(gold, key=key):
        cls = mention_class(g["speaker_text"])
        p = matched.get((g["doc_id"], g["quote_id"]))
        if cls is None or p is None or not g["speaker_start"]:
            continue
        out.writerow([g["doc_id"], g["quote_id"], g["speaker_start"], g["speaker_end"], g["speaker_text"], cls,
                      p["speaker_text"], p["speaker"], "", ""])
        taken += 1
        if taken == args.n:
            break


def context(args):
    for r in read(args.sample):
        with open(os.path.join(args.texts, r["doc_id"] + ".txt"), encoding="utf-8") as f:
            text = f.read()
        s, e = int(r["mention_start"]), int(r["mention_end"])
        before = text[max(0, s - args.chars):s].replace("\n", " / ")
        print(f"== {r['doc_id']} {r['quote_id']} [{r['mention_class']}] pred={r['predicted_speaker']!r}"
              f" (pred mention {r['predicted_mention']!r})")
        print(f"   ...{before}[[{text[s:e]}]]{text[e:e + 60]!r}")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--gold", required=True)
    s.add_argument("--pred", required=True)
    s.add_argument("--texts", required=True)
    s.add_argument("--seed", type=int, default=12)
    s.add_argument("--n", type=int, default=100)
    c = sub.add_parser("context")
    c.add_argument("--sample", required=True)
    c.add_argument("--texts", required=True)
    c.add_argument("--chars", type=int, default=500)
    args = parser.parse_args()
    sample(args) if args.command == "sample" else context(args)


if __name__ == "__main__":
    main()
