#!/usr/bin/env bash
# Feed benchmark (issue 11). Two figures, one run:
#  1. notice → database row latency (p50, p99, max) at 1, 10 and 100 fills per second: the feed service against the
#     simulator's WebSocket and real PostgreSQL (Tests/TradingTests/FeedBench.swift, debug build);
#  2. fill → republished PDF: the built `kisdash feed` (default 3 s debounce) with a local publish folder; five
#     paper orders through the quick command, timed from just before `kisdash confirm` to the new file's mtime.
# Usage: bench/feed_bench.sh   (needs `make build`; prints, asserts nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
export KISDASH_TEST_DATABASE_URL="$(scripts/pg.sh test-url)"
swift build --build-tests 2>&1 | tail -1
KISDASH_BENCH=1 swift test --skip-build --filter FeedBench 2>&1 | sed -n '/feed bench/,/^ *100 /p'

WORK="$PWD/.data/bench-feed"; rm -rf "$WORK"; mkdir -p "$WORK/drive"
DB_ADMIN="${DATABASE_URL:-$(scripts/pg.sh url)}"
psql "$DB_ADMIN" -qc "drop database if exists kisdash_feed_bench" -qc "create database kisdash_feed_bench" 2>/dev/null
export DATABASE_URL="${DB_ADMIN%/*}/kisdash_feed_bench"
export SIM_DIR="$WORK/sim"
. scripts/sim.sh --now 2025-12-04T10:30:00+09:00 --speed 0 --paper-rate 40 --token-interval 60
FEED_PID=""
trap '[ -n "$FEED_PID" ] && kill -TERM "$FEED_PID" 2>/dev/null; sim_stop' EXIT
. scripts/demo.env
export KIS_BASE_URL="$SIM_PAPER_URL" KIS_WS_URL="$SIM_PAPER_WS_URL" KIS_RATE_LIMIT=30 KISDASH_STATE_DIR="$WORK/state"
export KISDASH_NOW=2025-12-04T10:30:00+09:00 KISDASH_CONFIG="$WORK/kisdash.toml"
cat >"$WORK/kisdash.toml" <<TOML
[render]
output_path = "$WORK/Kis_Dashboard.pdf"
[publish]
destinations = ["$WORK/drive"]
TOML
K=.build/debug/kisdash
$K sync >/dev/null 2>&1
$K feed >"$WORK/feed.out" 2>"$WORK/feed.err" &
FEED_PID=$!
sleep 2
python3 - "$K" "$WORK/drive/Kis_Dashboard.pdf" <<'PY'
import json, os, subprocess, sys, time
k, pdf = sys.argv[1], sys.argv[2]
lat = []
for i in range(5):
    out = subprocess.run([k, "모의", "매수", "005930", "삼성전자", "1주", "103000원", "--json"], capture_output=True, text=True).stdout
    code = json.loads(out)["code"]
    t0 = time.time()
    subprocess.run([k, "confirm", code], capture_output=True, check=True)
    while not (os.path.exists(pdf) and os.path.getmtime(pdf) > t0):
        if time.time() - t0 > 30: raise SystemExit("no republished PDF within 30 s")
        time.sleep(0.02)
    lat.append(os.path.getmtime(pdf) - t0)
    time.sleep(1)
lat.sort()
print("feed bench: fill → republished PDF (debounce 3 s): median %.2f s, max %.2f s over %d fills" % (lat[len(lat)//2], lat[-1], len(lat)))
PY
