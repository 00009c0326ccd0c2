#!/usr/bin/env bash
# Checks that every target's declared dependencies in Package.swift match the `import`s in its sources, both ways:
#   - an import of one of our targets or of a package product that the target does not declare;
#   - a declared dependency that no source file of the target imports.
# Platform and toolchain modules (Foundation, Glibc, Testing, …) are ignored. Prints each mismatch; exits 1 on any.
# Usage: scripts/check-deps.sh [path to `swift package dump-package` JSON]   (default: runs dump-package)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
  manifest="$(cat "$1")"
else
  manifest="$(swift package dump-package)"
fi
MANIFEST="$manifest" exec python3 - <<'PY'
import json, os, re, sys

IGNORED = {
    "Foundation", "FoundationEssentials", "FoundationNetworking", "Glibc", "Musl", "Darwin", "Dispatch",
    "Synchronization", "Testing", "XCTest", "_Concurrency", "os",
}
IMPORT = re.compile(
    r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*"           # @testable, @preconcurrency, @_exported, @_spi(…)
    r"(?:(?:public|package|internal|fileprivate|private)\s+)?"
    r"import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?"
    r"([A-Za-z_][A-Za-z0-9_]*)"
)

package = json.loads(os.environ["MANIFEST"])
targets = {t["name"]: t for t in package["targets"]}

def declared(target):
    names = set()
    for dep in target.get("dependencies", []):
        (kind, value), = dep.items()
        # byName: [name, condition]; target: [name, condition]; product: [name, package, moduleAliases, condition]
        names.add(value[0])
    return names

def source_dir(target):
    if target.get("path"):
        return target["path"]
    return os.path.join("Tests" if target["type"] == "test" else "Sources", target["name"])

def imports(target):
    found = {}
    root = source_dir(target)
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = IMPORT.match(line)
                    if m and m.group(1) not in IGNORED:
                        found.setdefault(m.group(1), path)
    return found

problems = 0
for name, target in targets.items():
    if target["type"] in ("system", "binary", "plugin", "macro"):
        continue
    want = declared(target)
    have = imports(target)
    if target["name"] in have:
        have.pop(target["name"])
    for module in sorted(set(have) - want):
        print(f"{name}: imports {module} ({have[module]}) but does not declare it")
        problems += 1
    for module in sorted(want - set(have)):
        print(f"{name}: declares {module} but no source imports it")
        problems += 1

if problems:
    print(f"check-deps: {problems} mismatch(es) between Package.swift and the imports", file=sys.stderr)
    sys.exit(1)
print(f"check-deps: the declared dependencies of {sum(1 for t in targets.values() if t['type'] not in ('system', 'binary', 'plugin', 'macro'))} targets match their imports")
PY
