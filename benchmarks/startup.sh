#!/usr/bin/env bash
# Start-up and CLI figures of a built Warren runtime image (docs/benchmarks.md, "Start-up and
# CLI"), measured from outside as a user meets them, with public tools only (bash, date, du,
# /proc, GNU time). Wall times are what a user waits; CPU times (user + system) move much less
# when other work shares the machine, so both are printed:
#   image size            du of the image (and of its AOT caches)
#   cluster init          wall time from `warren cluster init` on a new data directory to its
#                         "Manager running" line, and the manager's CPU time until then (median
#                         of --init-runs fresh clusters)
#   idle manager RSS      the last of those managers' resident memory after --settle seconds idle
#   warren --version      wall and CPU time, peak RSS: medians of --runs (after 2 unmeasured runs)
#   warren service ls     the same against that running manager over mutual TLS
# Every manager runs in a temp directory on 127.0.0.1 with OS-assigned ports and is stopped with
# SIGTERM. The load average is printed before and after: on a shared machine it explains a spread.
#
# Usage: benchmarks/startup.sh [--image DIR] [--runs N] [--init-runs K] [--settle SECONDS]
#   (build the image first: tools/mvn -B -o -pl dist -am package -DskipTests)
set -euo pipefail

root=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
image="$root/dist/target/warren"
runs=20 init_runs=5 settle=10
while (( $# )); do
  case $1 in
    --image) image=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --init-runs) init_runs=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
warren="$image/bin/warren"
[[ -x "$warren" ]] || { echo "startup.sh: no image at $image (build it first, see --help)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/warren-startup.XXXXXX")
manager_pid=""
stop_manager() {
  if [[ -n "$manager_pid" ]] && kill -0 "$manager_pid" 2>/dev/null; then
    kill -TERM "$manager_pid"
    wait "$manager_pid" 2>/dev/null || true
  fi
  manager_pid=""
}
trap 'stop_manager; rm -rf "$work"' EXIT
# Nothing of the user's: no config file, credentials, manager address or JVM flags.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work/home"
unset WARREN_MANAGER WARREN_SOCKET WARREN_JAVA_OPTS WARREN_HEAP_PERCENT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
spread() { sort -n | awk 'NR == 1 {min = $1} {max = $1} END {print min "-" max}'; }

# Starts a manager on a new data directory; sets manager_pid, and init_ms to milliseconds to serving.
start_manager() {
  local dir=$1 started
  mkdir -p "$dir"
  started=$(now_ms)
  "$warren" cluster init --data-dir "$dir/data" --listen 127.0.0.1:0 --raft-listen 127.0.0.1:0 \
    --metrics-listen 127.0.0.1:0 >"$dir/manager.log" 2>&1 &
  manager_pid=$!
  until grep -q '^Manager running' "$dir/manager.log" 2>/dev/null; do
    if ! kill -0 "$manager_pid" 2>/dev/null; then
      echo "startup.sh: the manager did not start:" >&2
      cat "$dir/manager.log" >&2
      exit 1
    fi
    sleep 0.01
  done
  init_ms=$(( $(now_ms) - started ))
  init_cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$manager_pid/stat")
}

# Runs a command --runs times after two unmeasured runs; prints the medians of wall time (with
# min-max), CPU time and peak RSS.
time_command() {
  local i walls=() cpus=() peaks=() wall user sys peak
  for i in 1 2; do "$@" >/dev/null 2>&1 || { echo "startup.sh: failed: $*" >&2; "$@"; exit 1; }; done
  for (( i = 0; i < runs; i++ )); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1
    read -r wall user sys peak <"$work/time"
    walls+=("$(awk -v s="$wall" 'BEGIN {print int(s * 1000)}')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {print int((u + s) * 1000)}')")
    peaks+=($(( peak / 1024 )))
  done
  echo "wall $(printf '%s\n' "${walls[@]}" | median) ms ($(printf '%s\n' "${walls[@]}" | spread))," \
    "cpu $(printf '%s\n' "${cpus[@]}" | median) ms, peak RSS $(printf '%s\n' "${peaks[@]}" | median) MB"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)," \
  "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "image: $(du -sm "$image" | cut -f1) MB ($image)" \
  "$( [[ -d "$image/aot" ]] && echo "of which AOT caches $(du -sm "$image/aot" | cut -f1) MB")"

init_times=() init_cpus=()
for (( i = 1; i <= init_runs; i++ )); do
  start_manager "$work/cluster-$i"
  init_times+=("$init_ms")
  init_cpus+=("$init_cpu_ms")
  (( i == init_runs )) || stop_manager
done
echo "cluster init to serving: wall $(printf '%s\n' "${init_times[@]}" | median) ms" \
  "($(printf '%s\n' "${init_times[@]}" | spread)), cpu $(printf '%s\n' "${init_cpus[@]}" | median) ms," \
  "medians of $init_runs fresh clusters"

sleep "$settle"
echo "idle manager RSS after ${settle} s: $(( $(awk '/VmRSS/ {print $2}' "/proc/$manager_pid/status") / 1024 )) MB"

api=$(sed -n 's/^API: *//p' "$work/cluster-$init_runs/manager.log")
echo "warren --version ($runs runs): $(time_command "$warren" --version)"
echo "warren service ls ($runs runs): $(time_command "$warren" --manager "$api" service ls)"
stop_manager
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
