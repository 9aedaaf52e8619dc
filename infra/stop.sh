#!/usr/bin/env bash
# Stops what infra/run.sh started: Payara Server and Keycloak, by their recorded PIDs.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

stop_domain run partnerfit
stop_keycloak run
say "stopped"
