#!/usr/bin/env bash
# The Payara Server the browser tests run against, driven by the ear module's Maven build
# (profile "services"): "up EAR" creates the test domain, points it at a fresh PostgreSQL
# database, deploys the EAR and installs the plugin JARs; "down" stops it.
# Keycloak must run on port 18180 or be starting (infra/test.sh starts it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PROFILE=test
DOMAIN=partnerfit-test
PORTBASE=18000     # HTTP 18080, admin 18048
HTTP_PORT=18080
ADMIN_PORT=18048
KEYCLOAK_PORT=18180
KEYCLOAK_MGMT_PORT=19000
WORK=$(work_dir $PROFILE)

case "${1:-}" in
  up)
    EAR=${2:?usage: e2e-server.sh up EAR}
    if ! curl -fsS -o /dev/null "http://localhost:$KEYCLOAK_PORT/realms/partnerfit" 2>/dev/null; then
      [ -f "$WORK/keycloak.pid" ] && kill -0 "$(cat "$WORK/keycloak.pid")" 2>/dev/null \
        || die "Keycloak is not running on port $KEYCLOAK_PORT; run the tests with infra/test.sh (its log: $WORK/keycloak.log)"
      say "waiting for Keycloak, which infra/test.sh started"
      await_keycloak $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT
    fi
    require_free_port $HTTP_PORT "Payara HTTP (tests)"
    require_free_port $ADMIN_PORT "Payara admin (tests)"
    ensure_postgres
    fresh_database partnerfit_e2e
    PAYARA_HOME=$(ensure_payara $PROFILE)
    export PAYARA_HOME ADMIN_PORT
    ensure_domain $DOMAIN $PORTBASE
    quick_compiler_only $DOMAIN
    rm -rf "$WORK/plugins"
    install_plugin_jars "$WORK/plugins" extra-mile   # PluginLifecycleIT uploads it through the portal
    export PARTNERFIT_PLUGIN_DIR="$WORK/plugins"
    export PARTNERFIT_SEED_FILE="$INFRA_DIR/demo/seed.json"
    export PARTNERFIT_OIDC_SERVER="http://localhost:$KEYCLOAK_PORT"
    say "starting Payara Server $PAYARA_VERSION for the browser tests"
    start_domain $DOMAIN
    configure_datasource "jdbc:postgresql://127.0.0.1:5432/partnerfit_e2e" partnerfit_e2e_app partnerfit_e2e_app \
      partnerfit_e2e partnerfit_e2e $DOMAIN
    deploy_ear "$EAR"
    wait_for_partnerfit "http://localhost:$HTTP_PORT" "PartnerFit" 60
    say "PartnerFit for the browser tests: http://localhost:$HTTP_PORT/"
    ;;
  down)
    # With the admin port, stop_domain undeploys first, so the next start does not boot an
    # application whose database is gone.
    stop_domain $PROFILE $DOMAIN $ADMIN_PORT
    ;;
  *)
    die "usage: e2e-server.sh up EAR | down"
    ;;
esac
