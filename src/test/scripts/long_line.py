#!/usr/bin/env python3
"""Writes an invented article: a title line, then one line of random common words with no
sentence punctuation, of about SIZE bytes (for timing the pipeline on over-long input).
Usage: src/test/scripts/long_line.py SIZE_BYTES FILE"""
import random
import sys

WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from at "
         "which but have an they you were her she there been one all we their has would when if so "
         "no will more about can up out them some could into than then its time only new other "
         "people year city report market water school house river bridge council morning street "
         "price night music paper road table window garden letter story").split()

def main():
    size, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(15)
    words, length = [], 0
    while length < size:
        w = rng.choice(WORDS)
        words.append(w)
        length += len(w) + 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("An Invented Title For Timing\n\n" + " ".join(words) + "\n")

main()
