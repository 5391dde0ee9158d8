#!/usr/bin/env bash
# Prints the JDK modules that the jars in DIR (default: dist/target/warren/app) use, by jdeps in
# class-path mode: module mode under-reports (build-notes §7). Compare with the list in
# tools/make-runtime-image.sh after adding or upgrading a library.
# Usage: tools/list-jdk-modules.sh [DIR]   (JAVA_HOME: a JDK >= 21; tools/mvn finds one)
set -euo pipefail

dir=${1:-dist/target/warren/app}
jdeps=${JAVA_HOME:+$JAVA_HOME/bin/}jdeps
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# jdeps would treat a modular jar as a module and then miss the automatic ones it requires.
cp "$dir"/*.jar "$work/"
for jar in "$work"/*.jar; do
  zip -q -d "$jar" 'module-info.class' 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
done
"$jdeps" --multi-release 21 --ignore-missing-deps --print-module-deps \
  --class-path "$work/*" "$work"/*.jar
