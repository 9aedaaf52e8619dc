#!/usr/bin/env bash
# The whole test suite: installs what is missing (PostgreSQL, Chromium and its driver), starts
# PostgreSQL and Keycloak, runs the Maven build with every test — unit tests, in-container tests
# on Payara Micro against PostgreSQL, browser tests against the EAR on Payara Server, then the
# fault suite (infra/faults.sh) — and stops what it started. Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PROFILE=test
KEYCLOAK_PORT=18180
KEYCLOAK_MGMT_PORT=19000

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v unzip >/dev/null || missing+=(unzip)
command -v curl >/dev/null || missing+=(curl)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "could not install ${missing[*]} with apt-get"
fi

ensure_postgres
fresh_database partnerfit_test

cleanup() {
  "$INFRA_DIR/e2e-server.sh" down || true
  stop_keycloak $PROFILE
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$(work_dir $PROFILE)"
# Keycloak starts while Maven builds and runs the tests that do not need it; the browser tests'
# server (infra/e2e-server.sh) waits for it.
launch_keycloak $PROFILE $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT dev-mem

cd "$ROOT_DIR"
# Maven's own JVM lives minutes: the quick compiler alone (operations.md, "Server settings").
# Only here: the benchmarks run their measured code inside Maven's JVM and need both compilers.
export MAVEN_OPTS="${MAVEN_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
mvn -B --no-transfer-progress install -Pservices "$@"

# The fault suite (infra/faults.sh) after the whole build; a run narrowed to some modules or tests
# (-pl, -Dtest=, -Dit.test=) or PARTNERFIT_SKIP_FAULTS=1 leaves it out.
case " $* " in
  *" -pl "*|*" -Dtest="*|*" -Dit.test="*|*" --projects "*) say "fault suite skipped: the run is narrowed" ;;
  *) if [ "${PARTNERFIT_SKIP_FAULTS:-}" = 1 ]; then say "fault suite skipped (PARTNERFIT_SKIP_FAULTS=1)"; else "$INFRA_DIR/faults.sh"; fi ;;
esac
