#!/usr/bin/env bash
# Render benchmark: the same portfolio (the Python peer's gen_dataset.py, served by the simulator and synced into
# PostgreSQL) rendered by `kisdash render` (release) and by the peer's render_mpl.py and render_rl.py.
# Whole process each time (as a 10-minute cron job runs it), renderers and sizes interleaved, one discarded warm-up
# each, median of RUNS runs: wall time and peak RSS from /usr/bin/time -v, plus pages and file size.
# kisdash runs with -v, so its own per-stage timings (load = settings + database read, then layout, paint, write)
# are recorded too. KISDASH_BINS="old=path new=path" compares builds of kisdash in the same run (interleaved);
# PEERS="" skips the Python peer (which needs PyPI for its venv).
# Usage: bench/render_bench.sh            (SIZES="1 20 100" RUNS=5 by default; needs `make build` and PyPI for the
#        peer's venv, which is made once in .data/peer-venv)
# Issue 14 figures (old vs new, same run): bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
SIZES="${SIZES:-1 20 100}"
RUNS="${RUNS:-5}"
PEER="${KISDASH_PEER_DIR:-$PWD/../shared/bench/peer-python}"
WORK="$PWD/.data/render-bench"; rm -rf "$WORK"; mkdir -p "$WORK/out"
VENV="$PWD/.data/peer-venv"
PEERS="${PEERS-mpl rl}"
if [ -n "$PEERS" ] && { [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import matplotlib, reportlab' 2>/dev/null; }; then
  echo "render-bench: making the peer's venv in $VENV (pip install -r requirements.txt)" >&2
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q -r "$PEER/requirements.txt"
fi
# kisdash as it is deployed for cron: release, Swift runtime linked statically (saves the dynamic loader ~15 % of
# the process's CPU); its own build folder so the debug build is untouched.
if [ -z "${KISDASH_BINS:-}" ]; then
  swift build -c release --product kisdash --static-swift-stdlib --scratch-path .build-static 2>&1 | tail -1 >&2
  KISDASH_BINS="kisdash=$PWD/.build-static/release/kisdash"
fi
[ -n "${SIM_BIN:-}" ] || swift build --product kis-simulator 2>&1 | tail -1 >&2
KISDASH="${KISDASH_BINS%% *}"; KISDASH="${KISDASH#*=}"   # the first build syncs the datasets
OURS="$(for e in $KISDASH_BINS; do printf '%s ' "${e%%=*}"; done)"
bin_of() { for e in $KISDASH_BINS; do [ "${e%%=*}" = "$1" ] && echo "${e#*=}"; done; }
DB_ADMIN="$(scripts/pg.sh url)"
NOW=2025-11-20T15:40:00+09:00
export KIS_MODE=real KIS_APP_KEY=sim-real-appkey-0001-not-a-real-key
export KIS_APP_SECRET=sim-real-appsecret-not-a-real-secret-0001 KIS_ACCOUNT=64012345-01
export KISDASH_STATE_DIR="$WORK/state" KISDASH_NOW="$NOW" KIS_RATE_LIMIT=18
# render reads the database only; the base URL is required configuration but is not contacted.
export KIS_BASE_URL=http://127.0.0.1:9

# Loads dataset N into its own database through the simulator and a real sync.
load() {
  local n=$1 db="kisdash_render_bench_$1"
  python3 "$PEER/gen_dataset.py" --holdings "$n" --executions 15 --seed 42 -o "$WORK/dataset_$n.json" >/dev/null
  psql "$DB_ADMIN" -qc "drop database if exists $db" -qc "create database $db" 2>/dev/null
  export SIM_DIR="$WORK/sim_$n"
  . scripts/sim.sh --dataset "$WORK/dataset_$n.json" --dataset-side real --dataset-account 64012345-01 \
    --now "$NOW" --speed 0 --real-rate 18 --token-interval 60
  DATABASE_URL="${DB_ADMIN%/*}/$db" KIS_BASE_URL="$SIM_REAL_URL" "$KISDASH" sync >/dev/null 2>"$WORK/sync_$n.err" \
    || { cat "$WORK/sync_$n.err" >&2; sim_stop; exit 1; }
  sim_stop
  # Settled statistics now, so autovacuum does not analyze the fresh rows on the other core mid-measurement.
  psql "${DB_ADMIN%/*}/$db" -qc "vacuum analyze" 2>/dev/null
}

command_for() { # renderer n
  case $1 in
    mpl|rl) ;;
    *) echo "env DATABASE_URL=${DB_ADMIN%/*}/kisdash_render_bench_$2 $(bin_of "$1") render -v --out $WORK/out/$1_$2.pdf" ;;
  esac
  case $1 in
    mpl) echo "$VENV/bin/python $PEER/render_mpl.py $WORK/dataset_$2.json $WORK/out/mpl_$2.pdf" ;;
    rl) echo "$VENV/bin/python $PEER/render_rl.py $WORK/dataset_$2.json $WORK/out/rl_$2.pdf" ;;
  esac
}

measure() { # renderer n run -> appends a row to raw.tsv
  local cmd; cmd=$(command_for "$1" "$2")
  # Wall time from bash's microsecond clock (time -v prints hundredths, too coarse for a 0.04 s render).
  local start=$EPOCHREALTIME
  /usr/bin/time -v $cmd >/dev/null 2>"$WORK/time.err" || { cat "$WORK/time.err" >&2; exit 1; }
  local end=$EPOCHREALTIME
  local steps; steps=$(sed -n 's/^kisdash: render timings: //p' "$WORK/time.err" | sed -E 's/ s(,|$)/\1/g; s/, /,/g; s/ /=/g')
  local wall rss
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.err")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$2" "$1" "$3" "$wall" "$rss" "${steps:-}" >>"$WORK/raw.tsv"
}

: >"$WORK/raw.tsv"
for n in $SIZES; do load "$n"; done
for n in $SIZES; do
  for r in $OURS $PEERS; do $(command_for "$r" "$n") >/dev/null 2>&1; done   # warm-up, not recorded
done
# Sizes interleaved as well as renderers: a burst of load on the host then falls on every size alike, so the
# ratio between sizes (20 holdings against one) is measured in the same moments.
for run in $(seq "$RUNS"); do
  for n in $SIZES; do for r in $OURS $PEERS; do measure "$r" "$n" "$run"; done; done
done

python3 - "$WORK" "$SIZES" "$OURS" "$PEERS" <<'PY'
import statistics, subprocess, sys, os
work, sizes, ours, peers = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), sys.argv[4].split()
rows = [l.split('\t') for l in open(f'{work}/raw.tsv').read().splitlines()]
def cell(n, r):
    sel = [x for x in rows if x[0] == n and x[1] == r]
    walls = sorted(float(x[3]) for x in sel)
    rss = statistics.median(int(x[4]) for x in sel) / 1024
    pdf = f'{work}/out/{r}_{n}.pdf'
    pages = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout.split('Pages:')[1].split()[0]
    return statistics.median(walls), walls[0], walls[-1], rss, int(pages), os.path.getsize(pdf) / 1024
def steps(n, r):  # median of each of kisdash's own stages (render -v)
    parsed = [dict(kv.split('=') for kv in x[5].split(',')) for x in rows if x[0] == n and x[1] == r and len(x) > 5 and x[5]]
    return {k: statistics.median(float(p[k]) for p in parsed) for k in (parsed[0] if parsed else {})}
print(f"render benchmark: whole process, median of {len(rows) // (len(ours + peers) * len(sizes))} interleaved runs, {os.cpu_count()} cores")
print(f"{'N':>4} {'renderer':<9} {'wall s':>7} {'min-max':>15} {'RSS MB':>7} {'pages':>5} {'KB':>6} {'vs ' + ours[0]:>10}")
for n in sizes:
    first = cell(n, ours[0])
    for r in ours + peers:
        w, lo, hi, rss, pages, kb = cell(n, r)
        ratio = '' if r == ours[0] else f'{w / first[0]:.2f}x'
        print(f"{n:>4} {r:<9} {w:>7.4f} {lo:>7.4f}-{hi:<7.4f} {rss:>7.1f} {pages:>5} {kb:>6.0f} {ratio:>10}")
if '1' in sizes and '20' in sizes:
    for r in ours:
        print(f"{r}: 20 holdings take {cell('20', r)[0] / cell('1', r)[0]:.2f}x a one-holding render (target <= 1.5x)")
print("kisdash stages (render -v, median s; load = settings + database read):")
for n in sizes:
    base = steps(n, ours[0])
    for r in ours:
        st = steps(n, r)
        line = ", ".join(f"{k} {v:.3f}" + (f" ({v / base[k]:.2f}x)" if r != ours[0] and base.get(k) else "") for k, v in st.items())
        print(f"{n:>4} {r:<9} {line}")
PY
