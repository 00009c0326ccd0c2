#!/usr/bin/env bash
# The cron (and systemd) wrapper: loads the environment, runs `kisdash <args>` from the install folder under a time
# limit, and streams its output line by line into the log ([schedule] log_file, rotated at 10 MB, 5 kept) while
# it runs, then logs the exit code.
# Usage (as the block `kisdash cron print` prints calls it):
#   <install>/cron/kisdash-cron.sh [--utc-offset +HHMM] [--timeout SECONDS] run --light
#   --utc-offset  run only while the machine's clock has this UTC offset (`date +%z`); otherwise exit 0 at once.
#                 A zone with daylight saving gets the schedule once per offset, and this keeps the other set quiet.
#   --timeout     kill the job after this many seconds (SIGTERM, SIGKILL 30 s later); default $KISDASH_TIMEOUT or 600.
#
# Environment: <install>/cron/kisdash.env (or $KISDASH_ENV_FILE), mode 0600, with e.g.
#   DATABASE_URL=postgresql://kisdash@localhost/kisdash   KIS_CONFIG_FILE=/home/me/.config/kisdash/secrets.env
# The log is $KISDASH_LOG_FILE if set, else [schedule] log_file (via `kisdash cron env`), else logs/kisdash-cron.log.
# Exit codes 3 (market closed) and 5 (another cycle running) are normal for cron and are logged as such;
# 124 means the time limit killed the job.
set -uo pipefail
limit="${KISDASH_TIMEOUT:-600}"
while [ $# -gt 0 ]; do
  case "$1" in
    --utc-offset) [ "$(date +%z)" = "${2-}" ] || exit 0; shift 2 ;;
    --timeout) limit="${2-}"; shift 2 ;;
    *) break ;;
  esac
done
INSTALL_DIR="$(cd "$(dirname "$0")/.." && pwd)"
cd "$INSTALL_DIR" || exit 1
ENV_FILE="${KISDASH_ENV_FILE:-$INSTALL_DIR/cron/kisdash.env}"
if [ -f "$ENV_FILE" ]; then
  set -a; . "$ENV_FILE"; set +a
fi
export KISDASH_CONFIG="${KISDASH_CONFIG:-$INSTALL_DIR/kisdash.toml}"
# An installed copy (scripts/install.sh) has bin/kisdash; a checkout has the release, else the debug build.
KISDASH="${KISDASH_BIN:-$INSTALL_DIR/bin/kisdash}"
[ -x "$KISDASH" ] || KISDASH="$INSTALL_DIR/.build/release/kisdash"
[ -x "$KISDASH" ] || KISDASH="$INSTALL_DIR/.build/debug/kisdash"
if [ -z "${KISDASH_LOG_FILE:-}" ]; then
  while IFS='=' read -r key value; do
    [ "$key" = KISDASH_LOG_FILE ] && KISDASH_LOG_FILE="$value"
  done < <("$KISDASH" cron env 2>/dev/null)
fi
LOG="${KISDASH_LOG_FILE:-$INSTALL_DIR/logs/kisdash-cron.log}"
mkdir -p "$(dirname "$LOG")"

# Rotate: kisdash-cron.log → .1 → … → .5 once it passes 10 MB.
if [ -f "$LOG" ] && [ "$(stat -c %s "$LOG")" -gt $((10 * 1024 * 1024)) ]; then
  for i in 4 3 2 1; do [ -f "$LOG.$i" ] && mv -f "$LOG.$i" "$LOG.$((i + 1))"; done
  mv -f "$LOG" "$LOG.1"
fi

now() { TZ=Asia/Seoul date '+%Y-%m-%d %H:%M:%S KST'; }
job="$*"
echo "[$(now)] kisdash $job → started (limit ${limit}s)" >>"$LOG"
started=$SECONDS
# Line-buffer kisdash's stdout (stderr already is) so each line reaches the log as it is printed; a job running
# at the same minute writes to the same log, so every line carries the job's name.
buffer=()
command -v stdbuf >/dev/null && buffer=(stdbuf -oL -eL)
timeout --kill-after=30 "$limit" "${buffer[@]}" "$KISDASH" "$@" 2>&1 |
  while IFS= read -r line || [ -n "$line" ]; do printf '    [%s] %s\n' "$job" "$line"; done >>"$LOG"
code=${PIPESTATUS[0]}
case $code in
  0) what=ok ;; 3) what="nothing to do" ;; 4) what=partial ;; 5) what=busy ;;
  124 | 137) what="TIMED OUT after ${limit}s" ;; *) what=FAILED ;;
esac
echo "[$(now)] kisdash $job → exit $code ($what) in $((SECONDS - started)) s" >>"$LOG"
exit $code
