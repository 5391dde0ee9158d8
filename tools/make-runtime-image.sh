#!/usr/bin/env bash
# Builds Warren's runtime image (build-notes §7, option a):
#   OUTPUT/runtime/  a Java runtime linked with only the JDK modules the jars need
#   OUTPUT/app/      every application jar, run on the module path
#   OUTPUT/bin/warren the launcher
# Usage: make-runtime-image.sh --jdk JDK_HOME --jars DIR --launcher FILE --output DIR
# Run by the dist module at `package`; works on JDKs without jmods (JEP 493).
set -euo pipefail

jdk="" jars="" launcher="" output=""
while (( $# )); do
  case $1 in
    --jdk) jdk=$2; shift 2 ;;
    --jars) jars=$2; shift 2 ;;
    --launcher) launcher=$2; shift 2 ;;
    --output) output=$2; shift 2 ;;
    *) echo "make-runtime-image: unknown argument $1" >&2; exit 2 ;;
  esac
done
for arg in jdk jars launcher output; do
  [[ -n "${!arg}" ]] || { echo "make-runtime-image: --$arg is required" >&2; exit 2; }
done
[[ -x "$jdk/bin/jlink" ]] || { echo "make-runtime-image: no jlink in $jdk" >&2; exit 1; }

# JDK modules the jars need. jdeps over all jars in class-path mode finds them (module mode
# under-reports); these are its answer, checked in, because it takes longer than the rest of the
# build. Re-run tools/list-jdk-modules.sh after adding a library.
#  java.management, jdk.management: Micrometer, Ratis, Xodus   jdk.jfr: grpc-netty-shaded
#  java.sql: gson, Micrometer, Bouncy Castle, Ratis           java.naming: gRPC, Bouncy Castle, Ratis
#  jdk.httpserver: the metrics endpoint                       jdk.unsupported: sun.misc.Unsafe users
#  java.net.http: HTTP health probes of containers (adapters-probe)
#  java.compiler: required by error_prone_annotations' module descriptor; bin/warren resolves
#    every module in app/ (ALL-MODULE-PATH), so every descriptor's requires must be here.
# java.desktop is left out: only Micrometer's Log4j2Metrics (java.beans) and commons-compress'
# Pack200 use it, and Warren uses neither (saves about 10 MB).
modules=java.base,java.compiler,java.logging,java.management,java.naming,java.net.http,java.sql,jdk.httpserver,jdk.jfr,jdk.management,jdk.unsupported
# Elliptic-curve TLS is a separate module before JDK 22, and an empty one later.
if "$jdk/bin/java" --list-modules | grep -q '^jdk\.crypto\.ec@'; then
  modules+=,jdk.crypto.ec
fi

rm -rf "$output"
mkdir -p "$output/app" "$output/bin"
cp "$jars"/*.jar "$output/app/"
"$jdk/bin/jlink" \
  --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
  --output "$output/runtime"
install -m 0755 "$launcher" "$output/bin/warren"
mkdir -p "$output/conf"
cp "$(dirname "$launcher")/../conf/"* "$output/conf/"
echo "make-runtime-image: $output ($(du -sh "$output" | cut -f1); runtime modules: $modules)"
