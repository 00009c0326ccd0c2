#!/usr/bin/env bash
# Starts kis-simulator in the background on ephemeral loopback ports and exports its base URLs.
# Source it:  . scripts/sim.sh [simulator flags...]   then use $SIM_REAL_URL / $SIM_PAPER_URL (REST) and
# $SIM_REAL_WS_URL / $SIM_PAPER_WS_URL (WebSocket, ws://127.0.0.1:P/tryitout); `sim_stop` ends it.
# The caller is responsible for `trap sim_stop EXIT`.
SIM_DIR="${SIM_DIR:-$KISDASH_ROOT/.data/sim}"
mkdir -p "$SIM_DIR"
rm -f "$SIM_DIR/ready.json"
"${SIM_BIN:-$KISDASH_ROOT/.build/debug/kis-simulator}" --port 0 --paper-port 0 --ws-port 0 --paper-ws-port 0 --ready-file "$SIM_DIR/ready.json" "$@" \
  >"$SIM_DIR/simulator.log" 2>&1 &
SIM_PID=$!
for _ in $(seq 1 300); do
  [ -s "$SIM_DIR/ready.json" ] && break
  kill -0 "$SIM_PID" 2>/dev/null || { echo "sim.sh: simulator exited:" >&2; tail -5 "$SIM_DIR/simulator.log" >&2; return 1; }
  sleep 0.1
done
[ -s "$SIM_DIR/ready.json" ] || { echo "sim.sh: simulator not ready after 30 s" >&2; return 1; }
SIM_REAL_URL="$(sed -E 's/.*"real" *: *"([^"]+)".*/\1/' "$SIM_DIR/ready.json")"
SIM_PAPER_URL="$(sed -E 's/.*"paper" *: *"([^"]+)".*/\1/' "$SIM_DIR/ready.json")"
SIM_REAL_WS_URL="$(sed -E 's/.*"realWebSocket" *: *"([^"]+)".*/\1/' "$SIM_DIR/ready.json")"
SIM_PAPER_WS_URL="$(sed -E 's/.*"paperWebSocket" *: *"([^"]+)".*/\1/' "$SIM_DIR/ready.json")"
export SIM_REAL_URL SIM_PAPER_URL SIM_REAL_WS_URL SIM_PAPER_WS_URL SIM_PID
sim_stop() { kill "$SIM_PID" 2>/dev/null; wait "$SIM_PID" 2>/dev/null || true; }
