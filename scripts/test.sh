#!/usr/bin/env bash
# Runs every test against real PostgreSQL: the local cluster unless KISDASH_TEST_DATABASE_URL / DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export KISDASH_TEST_DATABASE_URL="$(scripts/pg.sh test-url)"
echo "test: database ${KISDASH_TEST_DATABASE_URL%%\?*}" | sed -E 's#//([^:@/]+):[^@/]*@#//\1:***@#'
# Tests that need the database fail (not skip) when CI=true and no database is reachable.
# Style: swift-format with the committed .swift-format (warnings are printed, counted, and do not fail the run).
if swift format --version >/dev/null 2>&1; then
  n=$(swift format lint --recursive Sources Tests Package.swift 2>&1 | grep -c 'warning:' || true)
  echo "lint: swift-format reports $n warnings"
fi
# Module boundaries: every target's declared dependencies match its imports (exits 1 on a mismatch).
scripts/check-deps.sh
swift build --build-tests
swift test --skip-build 2>&1 | tee .build/test-output.txt
