#!/usr/bin/env bash
# Sets up kisdash's schedule in one command (issue 13).
#
#   scripts/install-schedule.sh              cron: installs the `cron` package if absent, then adds (or replaces)
#                                            the `# BEGIN kisdash` … `# END kisdash` block in your crontab, in this
#                                            machine's zone. The rest of your crontab is kept as it is.
#   scripts/install-schedule.sh --systemd    systemd user timers on Asia/Seoul instead (any zone, DST included):
#                                            writes ~/.config/systemd/user/kisdash-*.{service,timer}, enables them,
#                                            turns on lingering (runs without a login) and removes the cron block.
#   scripts/install-schedule.sh --remove     removes the cron block (and disables the timers, if any).
#
# Options: --install-dir DIR (default: this checkout), --kisdash BIN (default: the release, else debug build),
#          --zone TZ (convert for another zone), --crontab-file FILE (edit FILE instead of the real crontab; tests).
# Re-run it after changing [schedule] nxt or the machine's zone. Nothing is written when nothing changed.
set -euo pipefail
INSTALL_DIR="$(cd "$(dirname "$0")/.." && pwd)"
mode=cron KISDASH="" CRONTAB_FILE="" ZONE=()
while [ $# -gt 0 ]; do
  case "$1" in
    --systemd) mode=systemd; shift ;;
    --remove) mode=remove; shift ;;
    --install-dir) INSTALL_DIR="$2"; shift 2 ;;
    --kisdash) KISDASH="$2"; shift 2 ;;
    --zone) ZONE=(--zone "$2"); shift 2 ;;
    --crontab-file) CRONTAB_FILE="$2"; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-schedule: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done
if [ -z "$KISDASH" ]; then
  KISDASH="$INSTALL_DIR/.build/release/kisdash"
  [ -x "$KISDASH" ] || KISDASH="$INSTALL_DIR/.build/debug/kisdash"
fi
[ -x "$KISDASH" ] || { echo "install-schedule: no kisdash binary (build it: swift build -c release)" >&2; exit 1; }
cd "$INSTALL_DIR"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

read_crontab() {
  if [ -n "$CRONTAB_FILE" ]; then cat "$CRONTAB_FILE" 2>/dev/null || true
  elif command -v crontab >/dev/null; then crontab -l 2>/dev/null || true
  fi
}

# Replaces the kisdash block (or removes it with --remove) and writes the crontab only if it changed.
update_crontab() {
  local old new
  old="$(mktemp)" new="$(mktemp)"
  trap 'rm -f "$old" "$new"' RETURN
  read_crontab >"$old"
  "$KISDASH" cron print --install-dir "$INSTALL_DIR" "${ZONE[@]}" --merge "$old" "$@" >"$new"
  if cmp -s "$old" "$new"; then echo "crontab: unchanged"; return; fi
  if [ -n "$CRONTAB_FILE" ]; then cp "$new" "$CRONTAB_FILE"; else crontab "$new"; fi
  echo "crontab: kisdash block $([ "${1-}" = --remove ] && echo removed || echo installed); other lines kept"
}

case $mode in
  cron)
    if [ -z "$CRONTAB_FILE" ] && ! command -v crontab >/dev/null; then
      echo "installing cron (apt-get install cron)"
      $SUDO apt-get install -y cron
      $SUDO systemctl enable --now cron 2>/dev/null || $SUDO service cron start || true
    fi
    update_crontab
    ;;
  systemd)
    units="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
    echo "systemd units: $("$KISDASH" cron units --install-dir "$INSTALL_DIR" --output "$units") in $units"
    systemctl --user daemon-reload
    systemctl --user enable --now kisdash-sync.timer kisdash-run.timer kisdash-light.timer kisdash-archive.timer
    loginctl enable-linger "$(id -un)" 2>/dev/null || $SUDO loginctl enable-linger "$(id -un)"
    if [ -n "$CRONTAB_FILE" ] || command -v crontab >/dev/null; then update_crontab --remove; fi
    systemctl --user list-timers 'kisdash-*'
    ;;
  remove)
    if [ -n "$CRONTAB_FILE" ] || command -v crontab >/dev/null; then update_crontab --remove; fi
    if [ -z "$CRONTAB_FILE" ] && command -v systemctl >/dev/null; then
      systemctl --user disable --now kisdash-sync.timer kisdash-run.timer kisdash-light.timer \
        kisdash-archive.timer 2>/dev/null || true
    fi
    ;;
esac
