#!/usr/bin/env bash
# Sync benchmark: a 20-holding account (the Python peer's gen_dataset.py, served by the simulator) on the real
# side at KIS's real-mode limit (18 calls/s). Prints, for the first sync of the day and for a later one, the API
# calls, the wall time, and the wall time as a ratio to calls ÷ rate limit (the floor any KIS client has).
# Then, after the close, a first sync of a full day (20 × 390 minute bars) into an empty database, to time the
# bulk write, REPEAT times with each build in KISDASH_BINS (interleaved), printing each build's median next to
# the first's. Usage: bench/sync_bench.sh [holdings]     (needs `make build`; KISDASH_BINS="old=path new=path"
# compares builds, default "new=.build/release/kisdash"; REPEAT=3; SIM_BIN to use a prebuilt simulator)
# Issue 14 figures (old vs new, same run): bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
HOLDINGS="${1:-20}"
RATE=18
PEER="${KISDASH_PEER_DIR:-$PWD/../shared/bench/peer-python}"
WORK="$PWD/.data/bench"; mkdir -p "$WORK"
DATASET="$WORK/dataset_$HOLDINGS.json"
# Release build of kisdash (the simulator stays a debug build: it only has to be faster than KIS's limit).
if [ -z "${KISDASH_BINS:-}" ]; then
  swift build -c release --product kisdash 2>&1 | tail -1
  KISDASH_BINS="new=$PWD/.build/release/kisdash"
fi
[ -n "${SIM_BIN:-}" ] || swift build --product kis-simulator 2>&1 | tail -1
REPEAT="${REPEAT:-3}"
KISDASH="${KISDASH_BINS%% *}"; KISDASH="${KISDASH#*=}"   # the first build runs the 10:30 and 10:40 syncs
rm -rf "$WORK/state"
python3 "$PEER/gen_dataset.py" --holdings "$HOLDINGS" --executions 15 --seed 42 -o "$DATASET"
DB_ADMIN="$(scripts/pg.sh url)"

fresh_db() {
  psql "$DB_ADMIN" -qc "drop database if exists kisdash_bench" -qc "create database kisdash_bench" 2>/dev/null
  export DATABASE_URL="${DB_ADMIN%/*}/kisdash_bench"
  "$KISDASH" migrate >/dev/null
}

export SIM_DIR="$WORK/sim"
. scripts/sim.sh --dataset "$DATASET" --dataset-side real --dataset-account 64012345-01 \
  --now 2025-11-20T10:30:00+09:00 --speed 0 --real-rate "$RATE" --token-interval 60
trap sim_stop EXIT
export KIS_MODE=real KIS_APP_KEY=sim-real-appkey-0001-not-a-real-key
export KIS_APP_SECRET=sim-real-appsecret-not-a-real-secret-0001 KIS_ACCOUNT=64012345-01
export KIS_BASE_URL="$SIM_REAL_URL" KIS_RATE_LIMIT="$RATE" KISDASH_STATE_DIR="$WORK/state"

# One sync (with $KISDASH); prints "calls seconds write-line".
run_sync() {
  local out err start end
  start=$(date +%s.%N)
  out=$(KISDASH_NOW="$1" "$KISDASH" sync 2>"$WORK/sync.err") || { cat "$WORK/sync.err" >&2; exit 1; }
  end=$(date +%s.%N)
  local calls; calls=$(echo "$out" | sed -E 's/^sync ok: ([0-9]+) API calls.*/\1/')
  local write; write=$(grep -o 'write: .*' "$WORK/sync.err" | head -1)
  echo "$calls $(python3 -c "print(f'{$end - $start:.3f}')") $write"
}

row() { # label calls seconds
  python3 -c "
calls, secs, rate = $2, $3, $RATE
floor = calls / rate
print(f'{\"$1\":<34} {calls:>6} {secs:>9.3f} {floor:>11.3f} {secs / floor:>7.2f}')"
}

fresh_db
read -r c1 s1 w1 <<<"$(run_sync 2025-11-20T10:30:00+09:00)"
curl -sf -X POST "$SIM_REAL_URL/__sim/clock" -H 'Content-Type: application/json' -d '{"advanceSeconds": 600}' >/dev/null
sleep 2   # syncs run minutes apart: start the later one with KIS's one-second window empty, as in production
read -r c2 s2 w2 <<<"$(run_sync 2025-11-20T10:40:00+09:00)"

# After the close, a full day of minute bars into an empty database, REPEAT times with each build.
curl -sf -X POST "$SIM_REAL_URL/__sim/clock" -H 'Content-Type: application/json' \
  -d '{"now": "2025-11-20T15:40:00+09:00"}' >/dev/null
: >"$WORK/writes"
for _ in $(seq "$REPEAT"); do
  for entry in $KISDASH_BINS; do
    KISDASH="${entry#*=}"
    fresh_db
    sleep 1.1
    read -r c3 s3 w3 <<<"$(run_sync 2025-11-20T15:40:00+09:00)"
    echo "${entry%%=*} $c3 $s3 $(echo "$w3" | sed -E 's/.* in ([0-9.]+) ?ms.*/\1/')" >>"$WORK/writes"
  done
done

echo "sync benchmark: $HOLDINGS holdings, real side, rate limit $RATE calls/s (release kisdash, $(nproc) cores)"
printf '%-34s %6s %9s %11s %7s\n' "sync" "calls" "wall s" "calls/rate" "ratio"
row "first of the day (10:30)" "$c1" "$s1"
row "later, 10 minutes on (10:40)" "$c2" "$s2"
row "after the close, empty db (15:40)" "$c3" "$s3"
echo "later sync budget: 3 + $HOLDINGS = $((3 + HOLDINGS)) calls"
echo "bulk write after the close (last run): $w3"
python3 - "$WORK/writes" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]).read().splitlines()]
labels = list(dict.fromkeys(r[0] for r in rows))
med = {l: statistics.median(float(r[3]) for r in rows if r[0] == l) for l in labels}
print(f"bulk write (the sync's one transaction, {rows[0][1]} calls' data), median of {len(rows) // len(labels)} per build:")
for l in labels:
    ms = sorted(float(r[3]) for r in rows if r[0] == l)
    ratio = "" if l == labels[0] else f"  ({med[l] / med[labels[0]]:.2f}x {labels[0]})"
    print(f"  {l:<6} {med[l]:>7.1f} ms   runs {', '.join(f'{m:.1f}' for m in ms)}{ratio}")
PY
