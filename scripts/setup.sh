#!/usr/bin/env bash
# Installs what the project needs from Debian, skipping what is already there. Idempotent.
# apt on these images can fail part-way (a docker-clean hook deletes .debs between dpkg runs),
# so every apt step is retried.
set -euo pipefail

PACKAGES=(libcairo2-dev libpango1.0-dev zlib1g-dev libpq-dev libcurl4-openssl-dev libssl-dev
          postgresql fonts-nanum fonts-noto-cjk rsync poppler-utils)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: system packages present" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "setup: installing ${missing[*]}" >&2
for i in 1 2 3 4 5; do
  if $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
     $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    echo "setup: installed" >&2
    exit 0
  fi
  echo "setup: apt attempt $i failed; retrying" >&2
  sleep $((i * 2))
done
echo "setup: apt-get install failed after 5 attempts: ${missing[*]}" >&2
exit 1
