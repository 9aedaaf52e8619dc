#!/usr/bin/env bash
# Runs PartnerFit with the demo data: builds what is missing, starts Keycloak and Payara Server,
# deploys the EAR, installs the bundled criterion plugins and prints the logins.
# Ctrl-C (or infra/stop.sh from another shell) stops everything it started.
#
#   infra/run.sh            run in the foreground until Ctrl-C
#   infra/run.sh --detach   start, print, and return (stop later with infra/stop.sh)
#
# Environment:
#   PARTNERFIT_DB_URL       a PostgreSQL JDBC URL; unset = embedded H2 (zero setup)
#   PARTNERFIT_DB_USER, PARTNERFIT_DB_PASSWORD   the application's role there (default partnerfit/partnerfit)
#   PARTNERFIT_DB_OWNER, PARTNERFIT_DB_OWNER_PASSWORD   optional: the schema owner that runs the migrations
#   PARTNERFIT_MAIL_HOST    an SMTP server for mail to partner contacts; unset = mail off
#                           (PARTNERFIT_MAIL_PORT and the rest: docs/operations.md, Email)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PROFILE=run
DOMAIN=partnerfit
PORTBASE=8000          # HTTP 8080, admin 8048
HTTP_PORT=8080
ADMIN_PORT=8048
KEYCLOAK_PORT=8180
KEYCLOAK_MGMT_PORT=9000
DETACH=false
[ "${1:-}" = "--detach" ] && DETACH=true

WORK=$(work_dir $PROFILE)
mkdir -p "$WORK"

for port in $HTTP_PORT $ADMIN_PORT; do require_free_port "$port" "Payara"; done
require_free_port $KEYCLOAK_PORT "Keycloak HTTP"
require_free_port $KEYCLOAK_MGMT_PORT "Keycloak management"

# Build when the EAR is missing or older than any source.
EAR="$ROOT_DIR/ear/target/partnerfit.ear"
if [ ! -f "$EAR" ] || [ -n "$(find "$ROOT_DIR/platform" "$ROOT_DIR/plugins" "$ROOT_DIR/ear" -path '*/target' -prune -o -type f -newer "$EAR" -print -quit)" ]; then
  say "building (mvn install, unit tests skipped)"
  (cd "$ROOT_DIR" && mvn_quiet install -DskipTests) || die "the build failed"
fi

started=false
sleeper=
shutdown() {
  trap - EXIT INT TERM
  if [ -n "$sleeper" ]; then kill "$sleeper" 2>/dev/null || true; fi
  if $started; then
    "$INFRA_DIR/stop.sh"
  fi
}
trap 'shutdown; exit 130' INT TERM
trap 'status=$?; if [ $status -ne 0 ]; then shutdown; fi' EXIT
started=true

# Keycloak starts while Payara starts and deploys: the platform asks it nothing until someone signs in.
launch_keycloak $PROFILE $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT dev-file

PAYARA_HOME=$(ensure_payara $PROFILE)
export PAYARA_HOME ADMIN_PORT
ensure_domain $DOMAIN $PORTBASE
install_plugin_jars "$WORK/plugins"

export PARTNERFIT_PLUGIN_DIR="$WORK/plugins"
export PARTNERFIT_SEED_FILE="$INFRA_DIR/demo/seed.json"
export PARTNERFIT_OIDC_SERVER="http://localhost:$KEYCLOAK_PORT"
export PARTNERFIT_PORTAL_URL="${PARTNERFIT_PORTAL_URL:-http://localhost:$HTTP_PORT}"
if [ -n "${PARTNERFIT_MAIL_HOST:-}" ]; then
  say "email: via $PARTNERFIT_MAIL_HOST:${PARTNERFIT_MAIL_PORT:-25}"
else
  say "email: off (set PARTNERFIT_MAIL_HOST to mail partner contacts)"
fi
say "starting Payara Server $PAYARA_VERSION"
start_domain $DOMAIN
# stop.sh undeploys the EAR, but a run that ended otherwise leaves it in the domain, and it comes
# up with the domain, still loading when start-domain returns. Undeploying it then raced its
# loading (the loader found its files gone), and deploying over it once left its EJB references
# unresolvable (every save a 500): wait for it to finish loading, then undeploy it before the
# datasource is set again, and deploy the EAR anew.
if asadmin list-applications 2>/dev/null | grep -q '^partnerfit '; then
  (wait_for_partnerfit "http://localhost:$HTTP_PORT" "The earlier PartnerFit" 120) 2>/dev/null || true
  asadmin undeploy partnerfit >/dev/null || die "could not undeploy the earlier PartnerFit"
fi
if [ -n "${PARTNERFIT_DB_URL:-}" ]; then
  say "database: PostgreSQL at $PARTNERFIT_DB_URL"
else
  say "database: embedded H2 (set PARTNERFIT_DB_URL for PostgreSQL)"
fi
configure_datasource "${PARTNERFIT_DB_URL:-}" "${PARTNERFIT_DB_USER:-partnerfit}" "${PARTNERFIT_DB_PASSWORD:-partnerfit}" \
  "${PARTNERFIT_DB_OWNER:-}" "${PARTNERFIT_DB_OWNER_PASSWORD:-}" $DOMAIN
say "deploying the EAR"
deploy_ear "$EAR"
wait_for_partnerfit "http://localhost:$HTTP_PORT" "PartnerFit" 120
await_keycloak $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT

cat <<EOF

  PartnerFit is running:  http://localhost:$HTTP_PORT/

  Demo logins (password for all: partnerfit)
    operator            the consulting firm's operator
    acme-admin          client admin of Acme Bank
    acme-assessor       assessor of Acme Bank (sees the open assessment and its scores)
    globex-admin        client admin of Globex Health
    globex-assessor     assessor of Globex Health
    northwind-contact   partner contact, invited to Acme Bank's open assessment
    contoso-contact     partner contact, invited to Acme Bank's open assessment

  Keycloak admin console: http://localhost:$KEYCLOAK_PORT/ (admin / admin)
  Logs: $WORK/keycloak.log, $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log

EOF

if $DETACH; then
  trap - EXIT INT TERM
  say "running in the background; stop with infra/stop.sh"
  exit 0
fi
say "press Ctrl-C to stop"
# wait, unlike a plain sleep, returns at once when a signal arrives, so the trap stops everything.
while true; do
  sleep 3600 &
  sleeper=$!
  wait "$sleeper"
done
