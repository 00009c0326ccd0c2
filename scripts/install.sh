#!/usr/bin/env bash
# Installs kisdash for a real server in one command (issue 13):
#   builds the release binary with the Swift runtime linked statically (runs without a Swift toolchain),
#   copies it with the templates and the cron wrapper into the install folder, links it onto PATH, installs the
#   bash/zsh/fish completions, writes an example settings file and a 0600 secrets file when there are none
#   (never overwriting yours), writes the systemd units into the folder, and sets up the schedule.
#
#   scripts/install.sh                       install to /opt/kisdash (root) or ~/.local/share/kisdash, schedule by cron
#   scripts/install.sh --schedule systemd    systemd user timers on Asia/Seoul instead of cron
#   scripts/install.sh --schedule none       no schedule (set it up later with scripts/install-schedule.sh)
#
# Options: --prefix DIR (install folder), --bin-dir DIR (where the `kisdash` link goes; default /usr/local/bin or
#          ~/.local/bin), --binary FILE (install this binary instead of building; tests), --no-completions.
# Re-running it upgrades the binary and keeps kisdash.toml, cron/kisdash.env, logs and reports.
set -euo pipefail
SRC="$(cd "$(dirname "$0")/.." && pwd)"
if [ "$(id -u)" -eq 0 ]; then PREFIX=/opt/kisdash BIN_DIR=/usr/local/bin SHARE=/usr/local/share
else PREFIX="$HOME/.local/share/kisdash" BIN_DIR="$HOME/.local/bin" SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"; fi
SCHEDULE=cron BINARY="" COMPLETIONS=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --bin-dir) BIN_DIR="$2"; shift 2 ;;
    --share-dir) SHARE="$2"; shift 2 ;;
    --schedule) SCHEDULE="$2"; shift 2 ;;
    --binary) BINARY="$2"; shift 2 ;;
    --no-completions) COMPLETIONS=no; shift ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done
case "$SCHEDULE" in cron | systemd | none) ;; *) echo "install: --schedule must be cron, systemd or none" >&2; exit 64 ;; esac

if [ -z "$BINARY" ]; then
  "$SRC/scripts/setup.sh"
  echo "install: building the release binary (static Swift runtime; a few minutes the first time)"
  (cd "$SRC" && swift build -c release --product kisdash --static-swift-stdlib --scratch-path .build-static 2>&1 | tail -1)
  BINARY="$SRC/.build-static/release/kisdash"
fi
[ -x "$BINARY" ] || { echo "install: no binary at $BINARY" >&2; exit 1; }

mkdir -p "$PREFIX/bin" "$PREFIX/templates" "$PREFIX/cron" "$PREFIX/logs" "$BIN_DIR"
install -m 0755 "$BINARY" "$PREFIX/bin/kisdash.new" && mv -f "$PREFIX/bin/kisdash.new" "$PREFIX/bin/kisdash"
git -C "$SRC" rev-parse HEAD > "$PREFIX/bin/kisdash.commit" 2>/dev/null || rm -f "$PREFIX/bin/kisdash.commit"
install -m 0644 "$SRC"/templates/* "$PREFIX/templates/"
install -m 0755 "$SRC/cron/kisdash-cron.sh" "$PREFIX/cron/kisdash-cron.sh"
install -m 0644 "$SRC/cron/README.md" "$PREFIX/cron/README.md"
ln -sfn "$PREFIX/bin/kisdash" "$BIN_DIR/kisdash"
# The example settings, with the secrets file set to the one written below (absolute, so any folder works).
[ -e "$PREFIX/kisdash.toml" ] || sed "s#^secrets_file = \"[^\"]*\"#secrets_file = \"$PREFIX/cron/kisdash.env\"#" \
  "$SRC/kisdash.example.toml" > "$PREFIX/kisdash.toml"
if [ ! -e "$PREFIX/cron/kisdash.env" ]; then
  (umask 077 && cat > "$PREFIX/cron/kisdash.env" <<'ENV'
# KIS secrets for kisdash (mode 0600; never commit or share this file).
KIS_MODE=real
KIS_APP_KEY=
KIS_APP_SECRET=
KIS_ACCOUNT=
KIS_HTS_ID=
KIS_BASE_URL=https://openapi.koreainvestment.com:9443
DATABASE_URL=
ENV
  )
fi
KISDASH="$PREFIX/bin/kisdash"

if [ "$COMPLETIONS" = yes ]; then
  mkdir -p "$SHARE/bash-completion/completions" "$SHARE/zsh/site-functions" "$SHARE/fish/vendor_completions.d"
  "$KISDASH" --generate-completion-script bash > "$SHARE/bash-completion/completions/kisdash"
  "$KISDASH" --generate-completion-script zsh > "$SHARE/zsh/site-functions/_kisdash"
  "$KISDASH" --generate-completion-script fish > "$SHARE/fish/vendor_completions.d/kisdash.fish"
fi
mkdir -p "$PREFIX/cron/systemd"
(cd "$PREFIX" && "$KISDASH" cron units --install-dir "$PREFIX" --output "$PREFIX/cron/systemd" --config "$PREFIX/kisdash.toml" >/dev/null)

case "$SCHEDULE" in
  cron | systemd)
    args=(--install-dir "$PREFIX" --kisdash "$KISDASH")
    [ "$SCHEDULE" = systemd ] && args+=(--systemd)
    "$SRC/scripts/install-schedule.sh" "${args[@]}"
    ;;
esac

echo "install: $("$KISDASH" --version) → $PREFIX (linked as $BIN_DIR/kisdash)"
echo "install: next: put your KIS secrets and DATABASE_URL in $PREFIX/cron/kisdash.env (0600),"
echo "         review $PREFIX/kisdash.toml, then: cd $PREFIX && kisdash config check && kisdash doctor"
