#!/usr/bin/env bash
# 100 consecutive syncs against the simulator with 10 % injected faults on every route, then checks the
# database: no partial snapshot, no duplicate row, and every failed sync exited non-zero with one clear line.
# Usage: scripts/fault_soak.sh [runs] [fault-rate]      (needs `make build`; uses the local cluster)
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
RUNS="${1:-100}"
RATE="${2:-0.1}"
WORK="$PWD/.data/soak"; rm -rf "$WORK"; mkdir -p "$WORK"
DB_ADMIN="$(scripts/pg.sh url)"
SOAK_DB=kisdash_soak
psql "$DB_ADMIN" -qc "drop database if exists $SOAK_DB" -qc "create database $SOAK_DB" >/dev/null
export DATABASE_URL="${DB_ADMIN%/*}/$SOAK_DB"
export KISDASH_STATE_DIR="$WORK/state"

# One rule per fault kind, each at RATE/8, so about RATE of all calls fail in one of eight ways.
EACH=$(python3 -c "print($RATE / 8)")
rules=""
for kind in http500 http502 slow rateLimitBurst revokeToken malformedJSON truncated dataChanged; do
  rules="$rules{\"route\": \"*\", \"kind\": \"$kind\", \"rate\": $EACH, \"delaySeconds\": 3, \"burst\": 8},"
done
echo "{\"seed\": 7, \"rules\": [${rules%,}]}" >"$WORK/faults.json"
. scripts/sim.sh --now 2025-12-04T10:30:00+09:00 --speed 0 --real-rate 200 --paper-rate 200 \
  --token-interval 1 --faults "$WORK/faults.json"
trap sim_stop EXIT
. scripts/demo.env
export KIS_BASE_URL="$SIM_PAPER_URL" KIS_TIMEOUT_SECONDS=2 KIS_RATE_LIMIT=100 KIS_TOKEN_ISSUE_INTERVAL=1 KISDASH_NOW=2025-12-04T10:30:00+09:00

.build/debug/kisdash migrate >/dev/null
ok=0; failed=0; unclear=0
for i in $(seq 1 "$RUNS"); do
  if .build/debug/kisdash sync --mode paper >"$WORK/out.$i" 2>"$WORK/err.$i"; then
    ok=$((ok + 1))
  else
    failed=$((failed + 1))
    # A failed sync must end with exactly one 'kisdash: error:' line that names what failed.
    n=$(grep -c '^kisdash: error: ' "$WORK/err.$i" || true)
    [ "$n" = "1" ] || { unclear=$((unclear + 1)); echo "run $i: unclear failure output:"; cat "$WORK/err.$i"; }
  fi
done

q() { psql "$DATABASE_URL" -Atqc "$1"; }
partial=$(q "select count(*) from kis_account a where (select count(*) from kis_holding h where h.kis_account_id = a.id)
               <> (select count(*) from kis_holding h2 where h2.kis_account_id = (select min(id) from kis_account))")
dup_exec=$(q "select count(*) - count(distinct (account_no, is_paper, exec_dt, odno)) from kis_execution")
dup_min=$(q "select count(*) - count(distinct (stock_code, minute)) from min_price")
dup_daily=$(q "select count(*) - count(distinct (stock_code, trade_date)) from daily_price")
# The packed half hours the dashboard reads (min_price_packed) must equal min_price, packed as migration 0010 packs it.
stale_packed=$(q "with packed as (
    select stock_code, date_bin('30 minutes', minute, timestamptz '2000-01-01 00:00+00') as slot,
           string_agg(timestamptz_send(minute) || int8send(open) || int8send(high) || int8send(low)
                      || int8send(close) || int8send(volume), ''::bytea order by minute) as bars
    from min_price group by 1, 2)
  select count(*) from packed full join min_price_packed p using (stock_code, slot)
  where p.bars is distinct from packed.bars")
runs_ok=$(q "select count(*) from sync_run where outcome = 'success'")
runs_failed=$(q "select count(*) from sync_run where outcome = 'failure'")
snapshots=$(q "select count(*) from kis_account")
echo "fault soak: $RUNS syncs at fault rate $RATE"
echo "  exit 0: $ok   exit non-zero: $failed   failures without one clear line: $unclear"
echo "  sync_run: $runs_ok success, $runs_failed failure"
echo "  failure classes: $(q "select string_agg(error_class || '=' || n, ', ') from (select error_class, count(*) n from sync_run where outcome='failure' group by 1 order by 2 desc) t")"
echo "  snapshots: $snapshots   partial snapshots: $partial"
echo "  duplicate rows: executions $dup_exec, minute bars $dup_min, daily bars $dup_daily"
echo "  packed half hours that differ from min_price: $stale_packed"
[ "$ok" -gt 0 ] && [ "$partial" = 0 ] && [ "$dup_exec" = 0 ] && [ "$dup_min" = 0 ] && [ "$dup_daily" = 0 ] \
  && [ "$stale_packed" = 0 ] \
  && [ "$unclear" = 0 ] && [ "$runs_failed" = "$failed" ] && [ "$runs_ok" = "$ok" ] \
  && echo "fault soak: PASS" || { echo "fault soak: FAIL"; exit 1; }
