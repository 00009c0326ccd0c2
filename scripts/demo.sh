#!/usr/bin/env bash
# The main job on the built-in default: the local PostgreSQL cluster (or $DATABASE_URL) and the KIS simulator's
# default scenario (paper account, frozen at 2025-12-04 10:30 KST). Migrates, syncs, prints the summary, renders
# reports/Realtime/Kis_Dashboard.pdf.
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
export KIS_BASE_URL="$SIM_PAPER_URL" KIS_RATE_LIMIT=30 KISDASH_STATE_DIR="$SIM_DIR/state" KISDASH_NOW="$DEMO_NOW"

.build/debug/kisdash migrate
.build/debug/kisdash sync
echo
.build/debug/kisdash summary
echo
.build/debug/kisdash render --out reports/Realtime/Kis_Dashboard.pdf
echo "demo: dashboard at $PWD/reports/Realtime/Kis_Dashboard.pdf"
echo "demo: database $(echo "$DATABASE_URL" | sed -E 's#//([^:@/]+):[^@/]*@#//\1:***@#'); run 'make db-stop' to stop the local cluster"
