#!/usr/bin/env bash
# The fault suite: PartnerFit on a Payara domain, a PostgreSQL cluster and a Keycloak of its own
# (nothing shared with a demo or the test suite is touched), then three faults:
#
#   1. kill -9 of Payara during 100 concurrent submissions: after a restart every submission that
#      got a success answer is stored (submitted, with its answers and score), and every other one
#      can be submitted again (204) or was stored after all (409); nothing is half done.
#   2. PostgreSQL restarted under load: every call failing meanwhile is a 503 or unanswered in 10 s
#      (never a 500 or an error page; a portal page gets the portal's own 503 page), and the
#      platform answers again within 30 s, without a restart, with no failure after that.
#   3. Keycloak stopped: the portal answers with its own "sign-in unavailable" page (503), the API
#      keeps serving tokens issued before, a signed-in admin's People page says Keycloak does not
#      answer; when Keycloak is back, sign-in and new tokens work again.
#
# Prints each scenario's outcome with counts and exits non-zero when one fails. Needs the EAR and
# plugin JARs built (mvn install). Loopback only; every wait is bounded.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PROFILE=faults
DOMAIN=partnerfit-faults
PORTBASE=22000     # HTTP 22080, admin 22048: below the kernel's ephemeral range (32768+), where a
                   # client socket can hold a port for a moment (seen: "Port 38,080 is in use")
HTTP_PORT=22080
ADMIN_PORT=22048
KEYCLOAK_PORT=22180
KEYCLOAK_MGMT_PORT=23000
PG_PORT=5499
SUBMISSIONS=100
KILL_AFTER=30      # answers received before the kill
RECOVERY_SECONDS=30

WORK=$(work_dir $PROFILE)
PG_ROOT="$WORK/pg"             # owned by the postgres user: data/ and the log
PG_BIN=/usr/lib/postgresql/$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)/bin
API="http://localhost:$HTTP_PORT/api"
KEYCLOAK="http://localhost:$KEYCLOAK_PORT"
EAR="$ROOT_DIR/ear/target/partnerfit.ear"

pg_ctl_faults() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/postgresql.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_ROOT" "$@" >/dev/null
}

psql_faults() { PGHOST=127.0.0.1 PGPORT=$PG_PORT psql_admin -d partnerfit_faults "$@"; }

driver() { java "$INFRA_DIR/faults/FaultLoad.java" "$1" "$API" "$KEYCLOAK" "${@:2}"; }

# The fault of scenario 2, run by the load driver: PostgreSQL goes away for 5 s and comes back.
if [ "${1:-}" = restart-postgres ]; then
  pg_ctl_faults stop -m fast
  # A portal page asked for meanwhile must get the portal's own 503 page (checked below).
  curl -s -o "$WORK/portal-outage.html" -w '%{http_code}' -H "Cookie: JSESSIONID=$PORTAL_PROBE_SESSION" \
    "http://localhost:$HTTP_PORT/client/assessments.xhtml" >"$WORK/portal-outage.status" || true
  sleep 5
  pg_ctl_faults start
  exit 0
fi

# ---- setup -------------------------------------------------------------------------------

[ -f "$EAR" ] || die "$EAR is missing; build with mvn install -DskipTests"
[ -x "$PG_BIN/initdb" ] || die "PostgreSQL's server programs are missing under /usr/lib/postgresql; run infra/test.sh once or apt-get install postgresql"
for port in $HTTP_PORT $ADMIN_PORT; do require_free_port "$port" "Payara (faults)"; done
require_free_port $KEYCLOAK_PORT "Keycloak HTTP (faults)"
require_free_port $KEYCLOAK_MGMT_PORT "Keycloak management (faults)"
require_free_port $PG_PORT "PostgreSQL (faults)"
mkdir -p "$WORK"

PAYARA_HOME=$(ensure_payara $PROFILE)
export PAYARA_HOME ADMIN_PORT

cleanup() {
  set +e
  stop_domain $PROFILE $DOMAIN $ADMIN_PORT   # undeploys PartnerFit first
  stop_keycloak $PROFILE
  [ -f "$PG_ROOT/data/postmaster.pid" ] && pg_ctl_faults stop -m fast
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "starting a PostgreSQL cluster of its own on port $PG_PORT ($PG_ROOT)"
rm -rf "$PG_ROOT"
mkdir -p "$PG_ROOT"
chown postgres "$PG_ROOT"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_ROOT/data" -A trust -U postgres >/dev/null
pg_ctl_faults start
PGHOST=127.0.0.1 PGPORT=$PG_PORT PGOPTIONS="-c client_min_messages=warning" fresh_database partnerfit_faults

# Keycloak starts while the domain is made and the EAR deployed: the platform asks it nothing
# until someone signs in.
launch_keycloak $PROFILE $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT dev-file

rm -rf "$PAYARA_HOME/glassfish/domains/$DOMAIN"   # made anew each run, like the cluster: its ports are this script's
ensure_domain $DOMAIN $PORTBASE
quick_compiler_only $DOMAIN
rm -rf "$WORK/plugins"
install_plugin_jars "$WORK/plugins"
export PARTNERFIT_PLUGIN_DIR="$WORK/plugins"
export PARTNERFIT_SEED_FILE="$INFRA_DIR/demo/seed.json"
export PARTNERFIT_OIDC_SERVER="$KEYCLOAK"
export PARTNERFIT_PORTAL_URL="http://localhost:$HTTP_PORT"
say "starting Payara Server $PAYARA_VERSION (domain $DOMAIN)"
start_domain $DOMAIN
configure_datasource "jdbc:postgresql://127.0.0.1:$PG_PORT/partnerfit_faults" partnerfit_faults_app partnerfit_faults_app \
  partnerfit_faults partnerfit_faults $DOMAIN
deploy_ear "$EAR"
READY="http://localhost:$HTTP_PORT"
wait_for_partnerfit "$READY" "PartnerFit" 120
await_keycloak $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT
allow_portal_return "$KEYCLOAK" "http://localhost:$HTTP_PORT"

failed=()

# ---- 1. kill -9 during concurrent submissions ----------------------------------------------

say "scenario 1: kill -9 Payara during $SUBMISSIONS concurrent submissions"
driver prepare $((SUBMISSIONS / 2)) "$WORK/targets.tsv"
driver storm "$WORK/targets.tsv" "$WORK/storm.tsv" "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid" $KILL_AFTER
say "restarting the domain"
restart_began=$SECONDS
start_domain $DOMAIN
wait_for_partnerfit "$READY" "PartnerFit after the kill" 180
restart_took=$((SECONDS - restart_began))

# Which acknowledged submissions are stored: submitted, with answers, scored. As the cluster's
# superuser, which row-level security does not restrict.
read -r acked stored unanswered stored_unanswered < <(psql_faults -At -F ' ' <<SQL | tail -1
CREATE TEMP TABLE storm (invitation_id BIGINT, plugin_id TEXT, status INT);
\copy storm FROM '$WORK/storm.tsv'
SELECT count(*) FILTER (WHERE st.status BETWEEN 200 AND 299),
       count(*) FILTER (WHERE st.status BETWEEN 200 AND 299 AND s.status = 'SUBMITTED' AND s.submittedat IS NOT NULL
                        AND length(s.answers) > 20 AND EXISTS (SELECT 1 FROM criterion_score cs WHERE cs.submission_id = s.id)),
       count(*) FILTER (WHERE st.status NOT BETWEEN 200 AND 299),
       count(*) FILTER (WHERE st.status NOT BETWEEN 200 AND 299 AND s.status = 'SUBMITTED')
FROM storm st
JOIN assessment_criterion c ON c.plugin_id = st.plugin_id
JOIN invitation i ON i.id = st.invitation_id AND i.assessment_id = c.assessment_id
LEFT JOIN submission s ON s.invitation_id = st.invitation_id AND s.criterion_id = c.id;
SQL
)
lost=$((acked - stored))
echo "Fault 1, kill -9 during submissions: $SUBMISSIONS sent, $acked acknowledged (2xx), $stored of them stored, $lost lost;" \
  "$unanswered without a success answer, $stored_unanswered of those stored anyway; back up ${restart_took} s after the restart began"
if [ "$lost" -ne 0 ] || [ "$acked" -eq 0 ]; then failed+=("kill -9"); fi
driver resubmit "$WORK/storm.tsv" || failed+=("kill -9 (re-submission)")
all_submitted=$(psql_faults -At -c "SELECT count(*) FROM submission WHERE status = 'SUBMITTED'")
echo "Fault 1, after re-submission: $all_submitted of $SUBMISSIONS submissions stored as submitted"
[ "$all_submitted" -ge "$SUBMISSIONS" ] || failed+=("kill -9 (all submitted)")

# ---- 2. PostgreSQL restart under load ------------------------------------------------------

say "scenario 2: PostgreSQL restarted (down for 5 s) under load"
PORTAL_PROBE_SESSION=$(portal_session "http://localhost:$HTTP_PORT" acme-assessor "$WORK/cookies.txt")
[ -n "$PORTAL_PROBE_SESSION" ] || die "the portal sign-in of acme-assessor gave no session"
export PORTAL_PROBE_SESSION
rm -f "$WORK/portal-outage.status" "$WORK/portal-outage.html"
payara_pid=$(cat "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid")
if out=$(driver load "$WORK/targets.tsv" 60 10 $RECOVERY_SECONDS "$INFRA_DIR/faults.sh" restart-postgres); then
  status=ok
else
  status=failed; failed+=("PostgreSQL restart")
fi
[ "$(cat "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid")" = "$payara_pid" ] || failed+=("PostgreSQL restart (Payara restarted)")
echo "Fault 2, PostgreSQL restart under load ($status, same Payara process $payara_pid): $out"
portal_status=$(cat "$WORK/portal-outage.status" 2>/dev/null || echo none)
grep -q "The database cannot be reached just now" "$WORK/portal-outage.html" 2>/dev/null && portal_page=yes || portal_page=no
{ [ "$portal_status" = 503 ] && [ $portal_page = yes ]; } || failed+=("PostgreSQL restart (portal page)")
echo "Fault 2, a portal page while PostgreSQL was away: $portal_status, the portal's database page: $portal_page"

# ---- 3. Keycloak stopped -------------------------------------------------------------------

say "scenario 3: Keycloak stopped, then started again"
token=$(curl -fsS -d grant_type=password -d client_id=partnerfit-cli -d username=acme-admin -d password=partnerfit \
  -d 'scope=openid organization:*' "$KEYCLOAK/realms/partnerfit/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
admin_session=$(portal_session "http://localhost:$HTTP_PORT" acme-admin "$WORK/admin-cookies.txt")
stop_keycloak $PROFILE
! (exec 3<>"/dev/tcp/127.0.0.1/$KEYCLOAK_PORT") 2>/dev/null || die "Keycloak still listens on $KEYCLOAK_PORT after stopping"
sleep 6   # the portal remembers the provider's last answer for 5 s
page=$(curl -s -o "$WORK/signin.html" -w '%{http_code}' "http://localhost:$HTTP_PORT/client/assessments.xhtml")
grep -q "Sign-in is unavailable right now" "$WORK/signin.html" && grep -q "暂时无法登录" "$WORK/signin.html" && clear=yes || clear=no
api_cached=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$API/assessments")
api_none=$(curl -s -o /dev/null -w '%{http_code}' "$API/assessments")
# The People page of a signed-in client admin reads Keycloak: it must say so, not fail.
people=$(curl -s -o "$WORK/people.html" -w '%{http_code}' -b "JSESSIONID=$admin_session" "http://localhost:$HTTP_PORT/client/admin/users.xhtml")
grep -q "does not answer just now, so the people cannot be listed" "$WORK/people.html" && people_said=yes || people_said=no
echo "Fault 3, Keycloak down: portal sign-in $page (clear page in both languages: $clear); API with an earlier token $api_cached; without a token $api_none; People page $people (says Keycloak does not answer: $people_said)"
{ [ "$page" = 503 ] && [ $clear = yes ] && [ "$api_cached" = 200 ] && [ "$api_none" = 401 ] && [ "$people" = 200 ] && [ $people_said = yes ]; } \
  || failed+=("Keycloak down")

started=$SECONDS
start_keycloak $PROFILE $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT dev-file >/dev/null
back=""
for _ in $(seq 60); do
  location=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$HTTP_PORT/client/assessments.xhtml")
  if [[ "$location" == 302\ $KEYCLOAK/realms/partnerfit/* ]]; then back=$((SECONDS - started)); break; fi
  sleep 1
done
fresh=$(curl -fsS -d grant_type=password -d client_id=partnerfit-cli -d username=acme-admin -d password=partnerfit \
  -d 'scope=openid organization:*' "$KEYCLOAK/realms/partnerfit/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
api_fresh=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $fresh" "$API/assessments")
echo "Fault 3, Keycloak back: sign-in redirects to Keycloak ${back:-never} s after the restart began; API with a new token $api_fresh"
{ [ -n "$back" ] && [ "$api_fresh" = 200 ]; } || failed+=("Keycloak back")

# ---- outcome -------------------------------------------------------------------------------

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fault suite: 3 scenarios, failed: ${failed[*]}"
  exit 1
fi
echo "Fault suite: 3 scenarios, 0 failed"
