#!/usr/bin/env bash
# Prints the packages the running server's API exporter is wired to; with --update, adds those
# missing to infra/payara/api-imports.txt instead. Run it against a PartnerFit that has been used
# for a while (infra/run.sh, then sign in, answer, review, export), so that the packages its
# pages and endpoints need have been asked for:
#
#   infra/payara/list-api-imports.sh [--update] [profile (run)] [admin port (8048)] [HTTP port (8080)]
#
# It deploys a one-servlet WAR (probe/ApiWires.java) for a moment and undeploys it.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

UPDATE=false
[ "${1:-}" = "--update" ] && { UPDATE=true; shift; }
PAYARA_HOME="$(work_dir "${1:-run}")/payara6"
ADMIN_PORT=${2:-8048}
HTTP_PORT=${3:-8080}
LIST="$INFRA_DIR/payara/api-imports.txt"
[ -x "$PAYARA_HOME/bin/asadmin" ] || die "no Payara Server under $PAYARA_HOME"
EE_API=~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar
[ -f "$EE_API" ] || die "the Jakarta EE API jar is missing; build first with mvn install -DskipTests"

probe=$(mktemp -d)
trap 'asadmin undeploy partnerfit-api-wires >/dev/null 2>&1 || true; rm -rf "$probe"' EXIT
mkdir -p "$probe/WEB-INF/classes"
javac -nowarn -d "$probe/WEB-INF/classes" -cp "$EE_API" "$INFRA_DIR/payara/probe/ApiWires.java"
(cd "$probe" && jar cf probe.war WEB-INF)
asadmin deploy --force=true --name partnerfit-api-wires --contextroot partnerfit-api-wires "$probe/probe.war" >/dev/null \
  || die "could not deploy the probe"
# java.* always comes from the JVM and may not be imported.
wired=$(curl -fsS "http://localhost:$HTTP_PORT/partnerfit-api-wires/packages" | grep -v '^java\.') \
  || die "the probe did not answer"
if $UPDATE; then
  before=$(grep -vc '^#' "$LIST")
  { grep '^#' "$LIST"; { grep -v '^#' "$LIST"; printf '%s\n' "$wired"; } | sort -u; } >"$probe/list"
  mv "$probe/list" "$LIST"
  say "$LIST: $before packages before, $(grep -vc '^#' "$LIST") now"
else
  printf '%s\n' "$wired"
fi
