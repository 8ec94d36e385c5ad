#!/usr/bin/env bash
# Throughput of proofmark against typos on the same corpus, in one run.
#   benches/throughput.sh [CORPUS_DIR]    (default: ../shared/data/corpus)
# Prints MB/s for each tool and proofmark's speed as a share of typos'. Informational only:
# a timing is never a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpus}
[ -d "$corpus" ] || { echo "no corpus at $corpus"; exit 0; }
command -v typos >/dev/null || pip install --quiet typos
cargo build --release --quiet
bin=target/release/proofmark
bytes=$(cat "$corpus"/*.txt | wc -c)
mb=$(python3 -c "print($bytes/1e6)")

best_of() { # best wall time of 3 runs, in seconds
  local best=999999
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $t1 - $t0))")
  done
  echo "$best"
}

t_pm=$(best_of "$bin" check --output-format concise "$corpus")
t_ty=$(best_of typos --format brief "$corpus")
python3 - "$mb" "$t_pm" "$t_ty" <<'PY'
import sys
mb, pm, ty = map(float, sys.argv[1:])
print(f"corpus: {mb:.1f} MB")
print(f"proofmark: {pm:.2f} s  {mb/pm:7.1f} MB/s")
print(f"typos:     {ty:.2f} s  {mb/ty:7.1f} MB/s")
print(f"proofmark/typos speed ratio: {ty/pm:.2f} (1.0 = as fast as typos)")
PY
