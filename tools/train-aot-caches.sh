#!/usr/bin/env bash
# Trains the AOT caches of a Warren runtime image (JDK 25 and newer, JEP 483/514) on real runs of
# the image's own launcher, so that each cache was made with exactly the flags it is used with:
#   IMAGE/aot/manager.aot  a `cluster init` of a throwaway cluster (in a temp directory, on
#                          127.0.0.1 with OS-assigned ports) that serves a few commands, then stops
#   IMAGE/aot/client.aot   `warren service ls` against that manager over mutual TLS
#   IMAGE/aot/version.aot  `warren --version` (the launcher runs it on the class path)
# Usage: train-aot-caches.sh IMAGE   (run by make-runtime-image.sh; about 20-40 s on 2 cores)
set -euo pipefail

image=${1:?usage: train-aot-caches.sh IMAGE}
warren="$image/bin/warren"
work=$(mktemp -d "${TMPDIR:-/tmp}/warren-aot-training.XXXXXX")
manager_pid=""
cleanup() {
  if [[ -n "$manager_pid" ]] && kill -0 "$manager_pid" 2>/dev/null; then
    kill -TERM "$manager_pid" 2>/dev/null || true
    wait "$manager_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The launcher uses a cache only when it exists: none may exist while training.
rm -rf "$image/aot"
mkdir -p "$image/aot"
# The user's environment must not leak into the runs (config file, credentials, manager address).
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work/home"
unset WARREN_MANAGER WARREN_SOCKET WARREN_JAVA_OPTS WARREN_HEAP_PERCENT

WARREN_JAVA_OPTS="-XX:AOTCacheOutput=$work/manager.aot" "$warren" cluster init \
  --data-dir "$work/data" --listen 127.0.0.1:0 --raft-listen 127.0.0.1:0 \
  --metrics-listen 127.0.0.1:0 >"$work/manager.log" 2>&1 &
manager_pid=$!

deadline=$((SECONDS + 180))
until grep -q '^Manager running' "$work/manager.log"; do
  if ! kill -0 "$manager_pid" 2>/dev/null || ((SECONDS > deadline)); then
    echo "train-aot-caches: the training manager did not start:" >&2
    cat "$work/manager.log" >&2
    exit 1
  fi
  sleep 0.2
done
api=$(sed -n 's/^API: *//p' "$work/manager.log")

# Requests for the manager to serve (its cache learns the request path), then the client's run.
"$warren" --manager "$api" service create aot-training --image nginx:1.27 --replicas 2 -e A=b >/dev/null
"$warren" --manager "$api" service inspect aot-training >/dev/null
"$warren" --manager "$api" cluster info >/dev/null
WARREN_JAVA_OPTS="-XX:AOTCacheOutput=$work/client.aot" \
  "$warren" --manager "$api" service ls >"$work/client.log" 2>&1 || {
  echo "train-aot-caches: the training client failed:" >&2
  cat "$work/client.log" >&2
  exit 1
}

WARREN_JAVA_OPTS="-XX:AOTCacheOutput=$work/version.aot" "$warren" --version >"$work/version.log" 2>&1 || {
  echo "train-aot-caches: the training run of --version failed:" >&2
  cat "$work/version.log" >&2
  exit 1
}

# SIGTERM is how a manager is stopped; the JVM writes its cache on the way out.
kill -TERM "$manager_pid"
wait "$manager_pid" || true
manager_pid=""

for cache in client manager version; do
  if [[ ! -s "$work/$cache.aot" ]]; then
    echo "train-aot-caches: no $cache cache was written; see $cache.log:" >&2
    cat "$work/$cache.log" >&2
    exit 1
  fi
  mv "$work/$cache.aot" "$image/aot/$cache.aot"
done
echo "train-aot-caches: $(du -sh "$image/aot/client.aot" | cut -f1) client cache," \
  "$(du -sh "$image/aot/manager.aot" | cut -f1) manager cache," \
  "$(du -sh "$image/aot/version.aot" | cut -f1) version cache"
