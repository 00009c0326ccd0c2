#!/usr/bin/env bash
# Light-cycle benchmark (issue 14): `kisdash run --light`, the every-minute job (each holding's quote and new
# minute bars, one write, then re-render and publish), at 20 and 100 holdings (the Python peer's gen_dataset.py,
# served by the simulator on the real side at KIS's real-mode limit of 18 calls/s). After one full sync, CYCLES
# light cycles one simulated minute apart; each binary in KISDASH_BINS runs every cycle, interleaved. Prints the
# medians per cycle: API calls, wall time, CPU seconds (user + system, /usr/bin/time), the floor
# calls ÷ rate limit + render, and wall ÷ floor (target ≤ 1.1).
# Usage: bench/light_bench.sh      (SIZES="20 100" CYCLES=3; KISDASH_BINS="old=path new=path" to compare builds,
#        default "new=.build/release/kisdash"; SIM_BIN to use a prebuilt simulator)
# Issue 14 figures (old vs new, same run): bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
SIZES="${SIZES:-20 100}"
CYCLES="${CYCLES:-3}"
RATE=18
PEER="${KISDASH_PEER_DIR:-$PWD/../shared/bench/peer-python}"
WORK="$PWD/.data/bench-light"; rm -rf "$WORK"; mkdir -p "$WORK"
if [ -z "${KISDASH_BINS:-}" ]; then
  swift build -c release --product kisdash 2>&1 | tail -1
  KISDASH_BINS="new=$PWD/.build/release/kisdash"
fi
[ -n "${SIM_BIN:-}" ] || swift build --product kis-simulator 2>&1 | tail -1
DB_ADMIN="$(scripts/pg.sh url)"
export KIS_MODE=real KIS_APP_KEY=sim-real-appkey-0001-not-a-real-key
export KIS_APP_SECRET=sim-real-appsecret-not-a-real-secret-0001 KIS_ACCOUNT=64012345-01 KIS_RATE_LIMIT="$RATE"
trap 'sim_stop 2>/dev/null || true' EXIT

: >"$WORK/results"
for n in $SIZES; do
  python3 "$PEER/gen_dataset.py" --holdings "$n" --executions 15 --seed 42 -o "$WORK/dataset_$n.json" >/dev/null
  psql "$DB_ADMIN" -qc "drop database if exists kisdash_light_bench" -qc "create database kisdash_light_bench" 2>/dev/null
  export DATABASE_URL="${DB_ADMIN%/*}/kisdash_light_bench" KISDASH_STATE_DIR="$WORK/state_$n"
  export SIM_DIR="$WORK/sim_$n"
  . scripts/sim.sh --dataset "$WORK/dataset_$n.json" --dataset-side real --dataset-account 64012345-01 \
    --now 2025-11-20T10:20:00+09:00 --speed 0 --real-rate "$RATE" --token-interval 60
  export KIS_BASE_URL="$SIM_REAL_URL"
  printf '[render]\noutput_path = "%s"\n' "$WORK/out_$n/Kis_Dashboard.pdf" >"$WORK/kisdash.toml"
  export KISDASH_CONFIG="$WORK/kisdash.toml"
  first="${KISDASH_BINS%% *}"; first="${first#*=}"
  "$first" migrate >/dev/null
  # The day's full sync and a warm-up light cycle (the day's one chk-holiday call), not recorded.
  KISDASH_NOW=2025-11-20T10:20:00+09:00 "$first" run >/dev/null 2>&1
  minute=$((10 * 60 + 20))
  for cycle in $(seq 0 "$CYCLES"); do
    for entry in $KISDASH_BINS; do
      label="${entry%%=*}" bin="${entry#*=}"
      minute=$((minute + 1))
      at="$(printf '2025-11-20T%02d:%02d:00+09:00' $((minute / 60)) $((minute % 60)))"
      curl -sf -X POST "$SIM_REAL_URL/__sim/clock" -H 'Content-Type: application/json' -d "{\"now\": \"$at\"}" >/dev/null
      sleep 1.1   # cycles run a minute apart: start with KIS's one-second window empty, as in production
      KISDASH_NOW="$at" /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$bin" run --light >"$WORK/run.out" 2>"$WORK/run.err" \
        || { cat "$WORK/run.err" >&2; exit 1; }
      [ "$cycle" = 0 ] && continue   # each binary's first cycle warms its caches: not recorded
      calls=$(grep -o 'sync ok: [0-9]* API calls' "$WORK/run.err" | grep -o '[0-9]*' | head -1)
      render=$(sed -nE 's/.*render ([0-9.]+) s.*/\1/p' "$WORK/run.out")
      echo "$n $label $calls $render $(cat "$WORK/time")" >>"$WORK/results"
    done
  done
  sim_stop
done

python3 - "$WORK/results" "$RATE" "$(nproc)" <<'PY'
import statistics, sys
path, rate, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [l.split() for l in open(path).read().splitlines()]
print(f"light-cycle benchmark: kisdash run --light, real side, rate limit {rate} calls/s, {cores} cores, medians")
print(f"{'N':>4} {'build':<6} {'calls':>5} {'wall s':>7} {'CPU s':>6} {'render s':>8} {'floor s':>7} {'wall/floor':>10}")
for key in dict.fromkeys((r[0], r[1]) for r in rows):
    sel = [r for r in rows if (r[0], r[1]) == key]
    med = lambda f: statistics.median(f(r) for r in sel)
    calls, render, wall = med(lambda r: int(r[2])), med(lambda r: float(r[3])), med(lambda r: float(r[4]))
    cpu = med(lambda r: float(r[5]) + float(r[6]))
    floor = calls / rate + render
    print(f"{key[0]:>4} {key[1]:<6} {calls:>5.0f} {wall:>7.3f} {cpu:>6.3f} {render:>8.3f} {floor:>7.3f} {wall / floor:>10.2f}")
PY
