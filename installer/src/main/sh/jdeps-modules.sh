#!/usr/bin/env bash
# Prints the JDK modules the packaged jars need, as jdeps sees them, and compares them with the installer's list
# (installer.modules.jdeps in installer/pom.xml). Run it after adding or upgrading a library; exit 1 on a difference.
# Usage: installer/src/main/sh/jdeps-modules.sh    (after mvn -B -Pinstaller -DskipTests package)
# Takes about 15 s on an idle 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../../.."
input=target/jpackage-input
[[ -f "$input/palmpos.jar" ]] || { echo "no $input: run mvn -B -Pinstaller -DskipTests package first" >&2; exit 2; }

# Every jar goes on the module path as well, or jdeps stops at the first modular jar whose requires it cannot see
# (okhttp -> okio). The empty javafx-*-21.0.11.jar placeholders would clash with the -linux jars as modules.
modpath="$(mktemp -d)"
trap 'rm -rf "$modpath"' EXIT
find "$input" -name '*.jar' ! -regex '.*/javafx-[a-z]*-[0-9.]*\.jar' -exec cp {} "$modpath" \;
found="$(jdeps -q --print-module-deps --ignore-missing-deps --multi-release 17 --module-path "$modpath" "$modpath"/*.jar \
  | tr ',' '\n' | grep -E '^(java|jdk)\.' | LC_ALL=C sort | paste -sd, -)"
configured="$(sed -n 's:.*<installer.modules.jdeps>\(.*\)</installer.modules.jdeps>.*:\1:p' pom.xml \
  | tr ',' '\n' | LC_ALL=C sort | paste -sd, -)"

echo "jdeps finds: $found"
if [[ "$found" == "$configured" ]]; then
  echo "installer.modules.jdeps in installer/pom.xml matches"
else
  echo "installer.modules.jdeps in installer/pom.xml differs: $configured" >&2
  exit 1
fi
