#!/usr/bin/env bash
# Stops what infra/run.sh started: Payara Server and Keycloak, by their recorded PIDs.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

# The EAR goes first: run.sh deploys it anew each time, and a domain that kept it would load it at
# its next start only to have it undeployed.
home="$(work_dir run)/payara6"
pidfile="$home/glassfish/domains/partnerfit/config/pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  "$home/bin/asadmin" --port 8048 --interactive=false undeploy partnerfit >/dev/null 2>&1 || true
fi
stop_domain run partnerfit
stop_keycloak run
say "stopped"
