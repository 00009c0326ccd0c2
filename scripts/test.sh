#!/usr/bin/env bash
# Runs every test against real PostgreSQL: the local cluster unless KISDASH_TEST_DATABASE_URL / DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_TEST_DATABASE_URL="$(scripts/pg.sh test-url)"
echo "test: database ${KISDASH_TEST_DATABASE_URL%%\?*}" | sed -E 's#//([^:@/]+):[^@/]*@#//\1:***@#'
# Tests that need the database fail (not skip) when CI=true and no database is reachable.
# Style: swift-format with the committed .swift-format (Tests/.swift-format lets tests force-unwrap). The tree is
# at zero warnings; a new one fails the run (fix it, or `swift format format -i FILE` for layout).
if swift format --version >/dev/null 2>&1; then
  lint="$(swift format lint --recursive Sources Tests Package.swift 2>&1 | grep 'warning:' || true)"
  if [ -n "$lint" ]; then
    echo "$lint" | head -20
    echo "lint: swift-format reports $(echo "$lint" | wc -l) warnings (the tree is kept at zero)" >&2
    exit 1
  fi
  echo "lint: swift-format reports 0 warnings"
fi
# Module boundaries: every target's declared dependencies match its imports (exits 1 on a mismatch).
scripts/check-deps.sh
swift build --build-tests
swift test --skip-build 2>&1 | tee .build/test-output.txt
