#!/usr/bin/env bash
# Render benchmark: the same portfolio (the Python peer's gen_dataset.py, served by the simulator and synced into
# PostgreSQL) rendered by `kisdash render` (release) and by the peer's render_mpl.py and render_rl.py.
# Whole process each time (as a 10-minute cron job runs it), renderers interleaved, one discarded warm-up each,
# median of RUNS runs: wall time and peak RSS from /usr/bin/time -v, plus pages and file size.
# Usage: bench/render_bench.sh            (SIZES="5 20 100" RUNS=5 by default; needs `make build` and PyPI for the
#        peer's venv, which is made once in .data/peer-venv)
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_ROOT="$PWD"
SIZES="${SIZES:-5 20 100}"
RUNS="${RUNS:-5}"
PEER="${KISDASH_PEER_DIR:-$PWD/../shared/bench/peer-python}"
WORK="$PWD/.data/render-bench"; rm -rf "$WORK"; mkdir -p "$WORK/out"
VENV="$PWD/.data/peer-venv"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import matplotlib, reportlab' 2>/dev/null; then
  echo "render-bench: making the peer's venv in $VENV (pip install -r requirements.txt)" >&2
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q -r "$PEER/requirements.txt"
fi
# kisdash as it is deployed for cron: release, Swift runtime linked statically (saves the dynamic loader ~15 % of
# the process's CPU); its own build folder so the debug build is untouched.
swift build -c release --product kisdash --static-swift-stdlib --scratch-path .build-static 2>&1 | tail -1 >&2
swift build --product kis-simulator 2>&1 | tail -1 >&2
KISDASH="$PWD/.build-static/release/kisdash"
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
}

command_for() { # renderer n
  case $1 in
    kisdash) echo "env DATABASE_URL=${DB_ADMIN%/*}/kisdash_render_bench_$2 $KISDASH render --out $WORK/out/kisdash_$2.pdf" ;;
    mpl) echo "$VENV/bin/python $PEER/render_mpl.py $WORK/dataset_$2.json $WORK/out/mpl_$2.pdf" ;;
    rl) echo "$VENV/bin/python $PEER/render_rl.py $WORK/dataset_$2.json $WORK/out/rl_$2.pdf" ;;
  esac
}

measure() { # renderer n run -> appends a row to raw.tsv
  local cmd; cmd=$(command_for "$1" "$2")
  /usr/bin/time -v $cmd >/dev/null 2>"$WORK/time.err" || { cat "$WORK/time.err" >&2; exit 1; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.err" | awk -F: '{print ($1 * 60) + $2}')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.err")
  printf '%s\t%s\t%s\t%s\t%s\n' "$2" "$1" "$3" "$wall" "$rss" >>"$WORK/raw.tsv"
}

: >"$WORK/raw.tsv"
for n in $SIZES; do
  load "$n"
  for r in kisdash mpl rl; do $(command_for "$r" "$n") >/dev/null 2>&1; done   # warm-up, not recorded
  for run in $(seq "$RUNS"); do for r in kisdash mpl rl; do measure "$r" "$n" "$run"; done; done
done

python3 - "$WORK" "$SIZES" <<'PY'
import statistics, subprocess, sys, os
work, sizes = sys.argv[1], sys.argv[2].split()
rows = [l.split('\t') for l in open(f'{work}/raw.tsv').read().splitlines()]
def cell(n, r):
    sel = [x for x in rows if x[0] == n and x[1] == r]
    walls = sorted(float(x[3]) for x in sel)
    rss = statistics.median(int(x[4]) for x in sel) / 1024
    pdf = f'{work}/out/{r}_{n}.pdf'
    pages = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout.split('Pages:')[1].split()[0]
    return statistics.median(walls), walls[0], walls[-1], rss, int(pages), os.path.getsize(pdf) / 1024
print(f"render benchmark: whole process, median of {len(rows) // (3 * len(sizes))} interleaved runs, {os.cpu_count()} cores")
print(f"{'N':>4} {'renderer':<9} {'wall s':>7} {'min-max':>13} {'RSS MB':>7} {'pages':>5} {'KB':>6} {'peer/ours':>10}")
for n in sizes:
    ours = cell(n, 'kisdash')
    for r in ['kisdash', 'mpl', 'rl']:
        w, lo, hi, rss, pages, kb = cell(n, r)
        ratio = '' if r == 'kisdash' else f'{w / ours[0]:.1f}x'
        print(f"{n:>4} {r:<9} {w:>7.3f} {lo:>6.3f}-{hi:<6.3f} {rss:>7.1f} {pages:>5} {kb:>6.0f} {ratio:>10}")
PY
