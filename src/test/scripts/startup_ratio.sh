#!/usr/bin/env bash
# Issue 19, item 5: the seed run (./run.sh: load, extract, score, write) against stock CoreNLP with
# the annotators our tables need (./run.sh baseline), as separate processes, alternating, N rounds.
# Prints each wall time (GNU time) and the ratio of the medians. Run it on an idle machine, with
# the jar built (./run.sh builds it when missing). Usage: src/test/scripts/startup_ratio.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-3}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
./run.sh --output "$scratch/warm" >/dev/null 2>&1 # builds the jar if needed, warms the page cache
ours=() stock=()
for ((i = 1; i <= rounds; i++)); do
  /usr/bin/time -f %e -o "$scratch/t" ./run.sh --output "$scratch/ours" >/dev/null 2>&1
  ours+=("$(cat "$scratch/t")")
  /usr/bin/time -f %e -o "$scratch/t" ./run.sh baseline --input seeds --output "$scratch/stock" >/dev/null 2>&1
  stock+=("$(cat "$scratch/t")")
  echo "round $i: seed run ${ours[-1]} s, stock CoreNLP ${stock[-1]} s (load average $(cut -d' ' -f1 /proc/loadavg))"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
m_ours=$(median "${ours[@]}")
m_stock=$(median "${stock[@]}")
awk -v a="$m_ours" -v b="$m_stock" 'BEGIN {printf "median: seed run %.2f s, stock %.2f s, ratio %.3f (target <= 0.20)\n", a, b, a / b}'
