#!/usr/bin/env bash
# Pipeline benchmark: the full `kisdash run` cycle (sync → render → publish) for a 20-holding account (the Python
# peer's gen_dataset.py, served by the simulator on the real side at KIS's real-mode limit of 18 calls/s), against
# a later `kisdash sync` alone. Interleaved, 3 rounds, 10 simulated minutes apart; prints medians: wall time, API
# calls, the ratio to calls ÷ rate limit (the floor any KIS client has), each stage's time, and the cycle's overhead
# over the sync alone (target ≤ 0.3 s). Usage: bench/pipeline_bench.sh [holdings]   (needs `make build`)
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
HOLDINGS="${1:-20}"
RATE=18
ROUNDS=3
PEER="${KISDASH_PEER_DIR:-$PWD/../shared/bench/peer-python}"
WORK="$PWD/.data/bench-pipeline"; rm -rf "$WORK"; mkdir -p "$WORK/drive"
DATASET="$WORK/dataset_$HOLDINGS.json"
swift build -c release --product kisdash 2>&1 | tail -1
KISDASH="$PWD/.build/release/kisdash"
python3 "$PEER/gen_dataset.py" --holdings "$HOLDINGS" --executions 15 --seed 42 -o "$DATASET" >/dev/null
DB_ADMIN="${DATABASE_URL:-$(scripts/pg.sh url)}"
psql "$DB_ADMIN" -qc "drop database if exists kisdash_pipeline_bench" -qc "create database kisdash_pipeline_bench" 2>/dev/null
export DATABASE_URL="${DB_ADMIN%/*}/kisdash_pipeline_bench"

export SIM_DIR="$WORK/sim"
. scripts/sim.sh --dataset "$DATASET" --dataset-side real --dataset-account 64012345-01 \
  --now 2025-11-20T10:20:00+09:00 --speed 0 --real-rate "$RATE" --token-interval 60
trap sim_stop EXIT
export KIS_MODE=real KIS_APP_KEY=sim-real-appkey-0001-not-a-real-key
export KIS_APP_SECRET=sim-real-appsecret-not-a-real-secret-0001 KIS_ACCOUNT=64012345-01
export KIS_BASE_URL="$SIM_REAL_URL" KIS_RATE_LIMIT="$RATE" KISDASH_STATE_DIR="$WORK/state"
cat >"$WORK/kisdash.toml" <<TOML
[publish]
destinations = ["$WORK/drive"]
[render]
output_path = "$WORK/Realtime/Kis_Dashboard.pdf"
TOML
export KISDASH_CONFIG="$WORK/kisdash.toml"
"$KISDASH" migrate >/dev/null

minute=$((10 * 60 + 20))
advance() { # the next moment, 10 simulated minutes on; syncs run minutes apart, so KIS's window starts empty
  minute=$((minute + 10))
  local at; at="$(printf '2025-11-20T%02d:%02d:00+09:00' $((minute / 60)) $((minute % 60)))"
  curl -sf -X POST "$SIM_REAL_URL/__sim/clock" -H 'Content-Type: application/json' -d "{\"now\": \"$at\"}" >/dev/null
  export KISDASH_NOW="$at"
  sleep 2
}
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }

# Warm-up: the day's first sync (two weeks of history) and the day's one chk-holiday call.
advance; "$KISDASH" run >/dev/null 2>&1

: >"$WORK/results"
for round in $(seq 1 "$ROUNDS"); do
  advance
  s=$(date +%s.%N); out=$("$KISDASH" sync 2>/dev/null); e=$(date +%s.%N)
  calls=$(echo "$out" | sed -E 's/^sync ok: ([0-9]+) API calls.*/\1/')
  echo "sync $calls $(elapsed "$s" "$e")" >>"$WORK/results"
  advance
  s=$(date +%s.%N); "$KISDASH" run >"$WORK/run.out" 2>"$WORK/run.err"; e=$(date +%s.%N)
  calls=$(grep -o 'sync ok: [0-9]* API calls' "$WORK/run.err" | grep -o '[0-9]*' | head -1)
  stages=$(sed -E 's/^run ok \(full\): //; s/ — .*//' "$WORK/run.out")
  echo "run $calls $(elapsed "$s" "$e") $stages" >>"$WORK/results"
done

python3 - "$WORK/results" "$RATE" "$HOLDINGS" "$(nproc)" <<'PY'
import re, statistics, sys
path, rate, holdings, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = [l.split(" ", 3) for l in open(path).read().splitlines()]
def med(kind, i): return statistics.median(float(r[i]) for r in rows if r[0] == kind)
stages = {}
for r in rows:
    if r[0] == "run":
        for name, secs in re.findall(r"([a-z ]+?) (\d+\.\d+) s", r[3]):
            stages.setdefault(name.strip(), []).append(float(secs))
print(f"pipeline benchmark: {holdings} holdings, real side, rate limit {rate} calls/s, release kisdash, {cores} cores, median of {len(rows)//2}")
print(f"{'':<28} {'calls':>6} {'wall s':>8} {'calls/rate':>11} {'ratio':>6}")
for kind, label in (("sync", "kisdash sync (alone)"), ("run", "kisdash run (full cycle)")):
    calls, wall = med(kind, 1), med(kind, 2)
    print(f"{label:<28} {calls:>6.0f} {wall:>8.3f} {calls / rate:>11.3f} {wall / (calls / rate):>6.2f}")
print("stages of the cycle (median s): " + ", ".join(f"{k} {statistics.median(v):.3f}" for k, v in stages.items()))
print(f"cycle overhead over the sync alone: {med('run', 2) - med('sync', 2):+.3f} s (target ≤ 0.300 s)")
PY
