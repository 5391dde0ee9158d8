#!/usr/bin/env bash
# Checks the built runtime image (run by the dist module at `verify`, after the image is built):
#   1. the launcher's choice of JVM flags (warren_jvm_mode) for manager, worker and client command
#      lines;
#   2. the real program on the module path: `warren --help` lists every top-level command, and
#      each one's own --help works (the CLI builds only the branch a command line names; that
#      every verb's help is the same on its branch as on the whole tree is WarrenCliTest's job);
#      `warren --version`'s fast path prints what the module path prints;
#   3. the image's AOT caches fit its runtime: -XX:AOTMode=on makes the JVM fail if they do not.
# Usage: image-test.sh IMAGE
set -euo pipefail

image=${1:?usage: image-test.sh IMAGE}
failures=0
fail() {
  echo "image-test: FAILED: $*" >&2
  failures=$((failures + 1))
}

# 1. JVM mode by command line.
# shellcheck source=../main/image/bin/warren
WARREN_LAUNCHER_FUNCTIONS_ONLY=1 source "$image/bin/warren"
expect_mode() {
  local expected=$1 actual
  shift
  actual=$(warren_jvm_mode "$@")
  [[ "$actual" == "$expected" ]] || fail "warren $* runs as '$actual', expected '$expected'"
}
expect_mode manager cluster init
expect_mode manager cluster init --data-dir /tmp/x --listen 127.0.0.1:0
expect_mode manager server run
expect_mode manager --manager 10.0.0.5:8080 server run
expect_mode manager --socket /run/w.sock cluster init
expect_mode client
expect_mode client --version
expect_mode client --help
expect_mode client service ls
expect_mode client cluster info
expect_mode client cluster --help
expect_mode client --manager cluster init
expect_mode client service init
expect_mode client server --help run
expect_mode worker worker start
expect_mode worker worker start --token WRN-1-x --data-dir /tmp/w
expect_mode worker --manager 10.0.0.5:8080 worker start
expect_mode client worker --help
expect_mode worker worker start --help

# 2. Every command is there and answers --help, on the image's module path.
export XDG_CONFIG_HOME="$image/nonexistent-config" HOME="$image/nonexistent-home"
unset WARREN_JAVA_OPTS WARREN_MANAGER
help=$("$image/bin/warren" --help) || fail "warren --help exited $?"
# The command list of the root's help: two-space-indented names after "Commands:".
mapfile -t nouns < <(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p')
(( ${#nouns[@]} >= 12 )) || fail "warren --help lists ${#nouns[@]} commands: ${nouns[*]}"
for noun in "${nouns[@]}"; do
  noun_help=$("$image/bin/warren" "$noun" --help) || fail "warren $noun --help exited $?"
  [[ "$noun_help" == *"Usage: warren $noun"* ]] || fail "warren $noun --help: $noun_help"
done

# A collector chosen in WARREN_JAVA_OPTS replaces the launcher's (the JVM refuses two).
WARREN_JAVA_OPTS=-XX:+UseParallelGC "$image/bin/warren" --version >/dev/null ||
  fail "warren --version with WARREN_JAVA_OPTS=-XX:+UseParallelGC exited $?"

# `warren --version` runs WarrenVersion alone on the class path (the launcher's fast path): it
# must print exactly what the whole program prints on the module path.
fast_version=$("$image/bin/warren" --version) || fail "warren --version exited $?"
module_version=$("$image/runtime/bin/java" --module-path "$image/app" \
  --add-modules ALL-MODULE-PATH,ALL-SYSTEM -Xlog:disable \
  --module dev.warren.bootstrap/dev.warren.bootstrap.Main --version) ||
  fail "warren --version on the module path exited $?"
[[ "$fast_version" == "$module_version" && "$fast_version" == "warren "* ]] ||
  fail "warren --version printed '$fast_version', the module path '$module_version'"

# 3. The AOT caches load (JDK 25 images only have them); a worker uses the client's.
for mode_args in "version:--version" "client:service --help" "manager:cluster init --help" \
  "client:worker start --help"; do
  cache=${mode_args%%:*}
  if [[ -f "$image/aot/$cache.aot" ]]; then
    # shellcheck disable=SC2086 # the arguments are words
    WARREN_JAVA_OPTS=-XX:AOTMode=on "$image/bin/warren" ${mode_args#*:} >/dev/null ||
      fail "the $cache AOT cache does not load (warren ${mode_args#*:} with -XX:AOTMode=on)"
  fi
done

if (( failures )); then
  echo "image-test: $failures failure(s)" >&2
  exit 1
fi
echo "image-test: launcher modes, ${#nouns[@]} commands' help and the AOT caches are fine"
