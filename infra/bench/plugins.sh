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

# Hot install through the running platform (infra/run.sh): upload, then uninstall, five times.
BASE=${PARTNERFIT_URL:-http://localhost:8080}
KEYCLOAK=${PARTNERFIT_OIDC_SERVER:-http://localhost:8180}
JAR=$(ls plugins/template/target/on-call-coverage-criterion-*.jar 2>/dev/null | head -1)
if [ -n "$JAR" ] && curl -fsS -o /dev/null "$KEYCLOAK/realms/partnerfit" 2>/dev/null \
   && curl -s -o /dev/null -w '%{http_code}' "$BASE/api/plugins" 2>/dev/null | grep -q 401; then
  TOKEN=$(curl -fsS -d grant_type=client_credentials -d client_id=partnerfit-automation \
    -d client_secret=partnerfit-automation-dev-secret "$KEYCLOAK/realms/partnerfit/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  echo
  echo "== hot install through the REST API of $BASE (upload until 201, 5 times) =="
  answer=$(mktemp)
  # Left installed by an interrupted run: take it away first (404 when it is not there).
  curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $TOKEN" "$BASE/api/plugins/on-call-coverage/1.0.0"
  for i in 1 2 3 4 5; do
    t=$(curl -s -o "$answer" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/java-archive' --data-binary @"$JAR" "$BASE/api/plugins?fileName=$(basename "$JAR")")
    if [ "${t% *}" != 201 ]; then
      echo "install $i: HTTP ${t% *}, not installed, so not timed: $(cat "$answer")"
      break
    fi
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $TOKEN" "$BASE/api/plugins/on-call-coverage/1.0.0"
    echo "install $i: HTTP ${t% *} in $(awk "BEGIN{printf \"%.0f\", ${t#* } * 1000}") ms"
  done
  rm -f "$answer"
else
  echo
  echo "(start infra/run.sh to also measure a hot install through the running platform)"
fi
