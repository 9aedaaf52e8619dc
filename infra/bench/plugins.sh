#!/usr/bin/env bash
# Prints plugin figures (asserts nothing): load-and-verify time per plugin JAR and scoring
# throughput over generated submissions. Builds first when the plugin JARs are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! ls plugins/*/target/partnerfit-plugin-*.jar >/dev/null 2>&1; then
  mvn -B -q install -DskipTests
fi
mvn -B -q -pl platform/core test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.partnerfit.bench.PluginBench -Dexec.args="$(pwd)"
