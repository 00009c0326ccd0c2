#!/usr/bin/env bash
# The main job on the built-in default: the local PostgreSQL cluster (or $DATABASE_URL) and the KIS simulator's
# default scenario (paper account, frozen at 2025-12-04 10:30 KST). Migrates, syncs, prints the summary, then runs one
# scheduled cycle (`kisdash run`: render reports/Realtime/Kis_Dashboard.pdf, rsync it to a demo shared-drive folder)
# and archives the day (`kisdash archive`).
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
export DATABASE_URL="$(scripts/pg.sh url)"
DEMO_NOW="2025-12-04T10:30:00+09:00"
export SIM_DIR="$PWD/.data/demo"
mkdir -p "$SIM_DIR"

# The demo relaxes the paper rate limit (KIS's is 1 call/s) so it finishes in seconds; the tests keep the real limits.
. scripts/sim.sh --now "$DEMO_NOW" --speed 0 --paper-rate 40 --token-interval 60
trap sim_stop EXIT
echo "demo: simulator at $SIM_PAPER_URL (paper) and $SIM_REAL_URL (real), market frozen at $DEMO_NOW"

. scripts/demo.env
# Each demo starts a new simulator, which knows none of a previous run's tokens or approval keys: start with an
# empty state folder so the feed's first connection already receives the order's notices (a stale key would be
# refused and replaced, and the fill found by the feed's back-fill instead).
rm -rf "$SIM_DIR/state"
export KIS_BASE_URL="$SIM_PAPER_URL" KIS_WS_URL="$SIM_PAPER_WS_URL" KIS_RATE_LIMIT=30 KISDASH_STATE_DIR="$SIM_DIR/state" KISDASH_NOW="$DEMO_NOW"

.build/debug/kisdash migrate
.build/debug/kisdash sync
echo
.build/debug/kisdash summary
echo
.build/debug/kisdash diagnose --print
echo
# The scheduled cycle (sync → diagnosis → render → publish), as cron runs it, then the end-of-day archive.
mkdir -p .data/demo/shared-drive
export KISDASH_CONFIG="$PWD/scripts/demo.toml"
.build/debug/kisdash config check
# Trading, in the seed's order of steps: a paper limit buy through the quick command prints a preview and a
# 4-character code; confirming the code sends the order once; the simulator fills it; the cycle below syncs it
# into the dashboard's executions section.
# The real-time feed runs meanwhile: it receives the order's notices over the simulator's WebSocket.
.build/debug/kisdash feed >"$SIM_DIR/feed.log" 2>&1 &
FEED_PID=$!
trap 'kill -TERM $FEED_PID 2>/dev/null || true; sim_stop' EXIT
sleep 1
echo "demo: 모의 매수 005930 삼성전자 10주 103000원 (paper limit buy through the quick command)"
.build/debug/kisdash 모의 현재가 005930 삼성전자
preview="$(.build/debug/kisdash 모의 매수 005930 삼성전자 10주 103000원)"
echo "$preview"
code="$(printf '%s\n' "$preview" | sed -n 's/.*확인 코드: \([A-Z0-9]\{4\}\).*/\1/p')"
.build/debug/kisdash confirm "$code"
.build/debug/kisdash 모의 주문내역
# The feed stores the fill notice at once and re-renders a few seconds after the last fill.
for _ in $(seq 1 100); do grep -q 'feed: fills' "$SIM_DIR/feed.log" && break; sleep 0.2; done
kill -TERM $FEED_PID; wait $FEED_PID || true
.build/debug/kisdash status | grep '^feed:'
grep -E 'feed: fills' "$SIM_DIR/feed.log" || true
echo
.build/debug/kisdash run
.build/debug/kisdash archive
echo
echo "demo: dashboard at $PWD/reports/Realtime/Kis_Dashboard.pdf"
echo "demo: published to the demo shared drive: $PWD/.data/demo/shared-drive/Kis_Dashboard.pdf"
echo "demo: archive at $PWD/reports/archive/2025/12/Kis_Dashboard_2025-12-04.pdf (index: reports/archive/index.html)"
echo "demo: database $(echo "$DATABASE_URL" | sed -E 's#//([^:@/]+):[^@/]*@#//\1:***@#'); run 'make db-stop' to stop the local cluster"
