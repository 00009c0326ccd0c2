#!/usr/bin/env bash
# The cron wrapper: loads the environment, runs `kisdash <args>` from the install folder, and appends its output,
# with a timestamp and the exit code, to a log file that is rotated at 10 MB (5 old files kept).
# Usage (from the crontab that `kisdash cron print` prints):  <install>/cron/kisdash-cron.sh run --light
#
# Environment: <install>/cron/kisdash.env (or $KISDASH_ENV_FILE), mode 0600, with e.g.
#   DATABASE_URL=postgresql://kisdash@localhost/kisdash   KIS_CONFIG_FILE=/home/me/.config/kisdash/secrets.env
# Exit codes 3 (market closed) and 5 (another cycle running) are normal for cron and are logged as such.
set -uo pipefail
INSTALL_DIR="$(cd "$(dirname "$0")/.." && pwd)"
cd "$INSTALL_DIR" || exit 1
ENV_FILE="${KISDASH_ENV_FILE:-$INSTALL_DIR/cron/kisdash.env}"
if [ -f "$ENV_FILE" ]; then
  set -a; . "$ENV_FILE"; set +a
fi
export KISDASH_CONFIG="${KISDASH_CONFIG:-$INSTALL_DIR/kisdash.toml}"
KISDASH="${KISDASH_BIN:-$INSTALL_DIR/.build/release/kisdash}"
[ -x "$KISDASH" ] || KISDASH="$INSTALL_DIR/.build/debug/kisdash"
LOG="${KISDASH_LOG_FILE:-$INSTALL_DIR/logs/kisdash-cron.log}"
mkdir -p "$(dirname "$LOG")"

# Rotate: kisdash-cron.log → .1 → … → .5 once it passes 10 MB.
if [ -f "$LOG" ] && [ "$(stat -c %s "$LOG")" -gt $((10 * 1024 * 1024)) ]; then
  for i in 4 3 2 1; do [ -f "$LOG.$i" ] && mv -f "$LOG.$i" "$LOG.$((i + 1))"; done
  mv -f "$LOG" "$LOG.1"
fi

start="$(TZ=Asia/Seoul date '+%Y-%m-%d %H:%M:%S KST')"
output="$("$KISDASH" "$@" 2>&1)"
code=$?
case $code in
  0) what=ok ;; 3) what="nothing to do" ;; 4) what=partial ;; 5) what=busy ;; *) what=FAILED ;;
esac
{
  echo "[$start] kisdash $* → exit $code ($what)"
  [ -n "$output" ] && echo "$output" | sed 's/^/    /'
} >>"$LOG"
exit $code
