#!/usr/bin/env bash
# Stops what infra/run.sh started: Payara Server and Keycloak, by their recorded PIDs.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

stop_domain run partnerfit 8048   # the run domain's admin port (run.sh)
stop_keycloak run
say "stopped"
