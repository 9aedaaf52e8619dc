#!/usr/bin/env bash
# Prints load figures (asserts nothing) for docs/performance.md: requests/s, p50 and p99 of
#   (a) a constant JAX-RS GET in a WAR of its own on the same server (the ceiling), measured first
#       and again after (d): the ratios use the faster of the two,
#   (a') beside it, the floor of any write: one row updated in a JTA transaction on the same pool,
#   (b) a partner saving answers (PUT through the REST API, bearer token),
#   (c) the assessor's results page of an assessment of 200 partners (portal, session cookie),
#   (d) the REST ranking of that assessment (bearer token),
# each with its ratio to (a) from the same run, and one request at a time; the server's RSS idle
# and under load; the time from start to ready; re-scoring 200 partners x 10 criteria; p95 of
# (c) at 4 connections with 2,000 versus 100,000 submissions in the database; and every portal page,
# export and API read of the big tenant's users once at a time, at the full data set; and what
# visitors who are not signed in leave behind (sessions, heap).
#
# Everything is its own and stopped on exit: PostgreSQL database partnerfit_bench, Keycloak on
# 28180/29000 (in memory), Payara domain partnerfit-bench (HTTP 28080, admin 28048). Load goes to
# localhost only, bounded in time: wrk, 2 threads, 64 connections, a warm-up until the rate settles
# and the compilers are nearly done (15 to 90 s; 150 to 210 s for the results page's first load
# after a start), then 20 s per target.
#
#   infra/bench/load.sh        (build first: mvn install -DskipTests)
#
# Environment: BENCH_SECONDS (20), BENCH_CONNECTIONS (64); BENCH_JVM_OPTIONS, options added to the
# server's (see below); BENCH_PROFILE=1 records each measured
# run with Java Flight Recorder and writes its hotspots (infra/bench/hotspots.sh) beside wrk's output;
# BENCH_KEEP=1 leaves the servers and the data set up after the figures, until the script is stopped.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

PROFILE=bench
DOMAIN=partnerfit-bench
PORTBASE=28000      # HTTP 28080, admin 28048
HTTP_PORT=28080
ADMIN_PORT=28048
KEYCLOAK_PORT=28180
KEYCLOAK_MGMT_PORT=29000
DB=partnerfit_bench
SECONDS_PER_TARGET=${BENCH_SECONDS:-20}
WARMUP_STEP=5          # warm-up in steps of 5 s until two in a row agree within 10 %, 15 to 90 s
FIRST_WARMUP_STEPS=12  # the first load after the restart warms up 60 s at least: the compilers catch up then
PAGE_WARMUP_STEPS=30   # the results page's first load after a start warms up 150 s at least (below)
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=2
BASE="http://localhost:$HTTP_PORT"
KEYCLOAK="http://localhost:$KEYCLOAK_PORT"
WORK=$(work_dir $PROFILE)
OUT="$WORK/results"
EAR="$ROOT_DIR/ear/target/partnerfit.ear"

ms() { date +%s%3N; }

# ---- what the run needs -----------------------------------------------------------------------

[ -f "$EAR" ] || die "$EAR is missing; build with mvn install -DskipTests"
ls "$ROOT_DIR"/plugins/*/target/partnerfit-plugin-*.jar >/dev/null 2>&1 || die "no plugin JARs; build with mvn install -DskipTests"
if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || die "could not install wrk with apt-get"
fi
for port in $HTTP_PORT $ADMIN_PORT; do require_free_port "$port" "Payara (bench)"; done
rm -rf "$OUT" && mkdir -p "$OUT"

# The ceiling WAR, compiled against the Jakarta EE API jar Maven already holds (the build needs it).
EE_API=$(ls ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar 2>/dev/null || true)
if [ -z "$EE_API" ]; then
  mvn_quiet dependency:get -Dartifact=jakarta.platform:jakarta.jakartaee-api:10.0.0 >/dev/null || die "could not fetch the Jakarta EE API jar"
  EE_API=~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar
fi
CEILING="$WORK/ceiling"
rm -rf "$CEILING" && mkdir -p "$CEILING/WEB-INF/classes"
javac -nowarn -d "$CEILING/WEB-INF/classes" -cp "$EE_API" $(find "$INFRA_DIR/bench/ceiling" -name '*.java') || die "could not compile the ceiling WAR"
(cd "$CEILING" && jar cf "$WORK/bench-ceiling.war" WEB-INF)

# The generator and the plugins' answer generator, compiled once through Maven.
generate() { # $1 = target | rest
  (cd "$ROOT_DIR" && mvn -B -q -Dstyle.color=never -pl platform/core exec:java -Dexec.classpathScope=test -Dbench.drafts="$OUT/drafts.tsv" \
    -Dexec.mainClass=org.partnerfit.bench.DataSetGenerator \
    -Dexec.args="$1 jdbc:postgresql://127.0.0.1:5432/$DB $DB $DB $ROOT_DIR")
}
(cd "$ROOT_DIR" && mvn -B -q -pl platform/core test-compile) || die "could not compile platform/core's test sources"

# ---- start, stop --------------------------------------------------------------------------------

cleanup() {
  trap - EXIT INT TERM
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "${KEEP_SLEEP:-}" ] && kill "$KEEP_SLEEP" 2>/dev/null || true
  if [ -n "${PAYARA_HOME:-}" ] && [ -x "$PAYARA_HOME/bin/asadmin" ]; then
    asadmin undeploy bench-ceiling >/dev/null 2>&1 || true
  fi
  stop_domain $PROFILE $DOMAIN $ADMIN_PORT   # undeploys PartnerFit first
  stop_keycloak $PROFILE
  psql_admin -c "ALTER ROLE $DB NOBYPASSRLS" >/dev/null 2>&1 || true
}
trap 'cleanup; exit 130' INT TERM
trap cleanup EXIT

ensure_postgres
fresh_database $DB
start_keycloak $PROFILE $KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT dev-mem

allow_portal_return "$KEYCLOAK" "$BASE"

PAYARA_HOME=$(ensure_payara $PROFILE)
export PAYARA_HOME ADMIN_PORT
rm -rf "$PAYARA_HOME/glassfish/domains/$DOMAIN"   # made anew each run: the settings measured are lib.sh's
ensure_domain $DOMAIN $PORTBASE
# Settings to try before making them lib.sh's, e.g. BENCH_JVM_OPTIONS="-XX:+UseParallelGC -Xmx320m"
# (a later -Xmx wins); with -XX:NativeMemoryTracking=summary the run also writes where the memory went.
for option in ${BENCH_JVM_OPTIONS:-}; do
  sed -i "0,/<\/java-config>/s#</java-config>#<jvm-options>$option</jvm-options></java-config>#" \
    "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
done
rm -rf "$WORK/plugins"
install_plugin_jars "$WORK/plugins"
export PARTNERFIT_PLUGIN_DIR="$WORK/plugins"
export PARTNERFIT_SEED_FILE="$INFRA_DIR/demo/seed.json"
export PARTNERFIT_OIDC_SERVER="$KEYCLOAK"
export PARTNERFIT_PORTAL_URL="$BASE"

say "starting Payara Server $PAYARA_VERSION (domain $DOMAIN)"
t0=$(ms)
start_domain $DOMAIN
t_domain=$(( $(ms) - t0 ))
configure_datasource "jdbc:postgresql://127.0.0.1:5432/$DB" "${DB}_app" "${DB}_app" $DB $DB $DOMAIN
t1=$(ms)
deploy_ear "$EAR"
wait_for_partnerfit "$BASE" "PartnerFit" 120
t_deploy=$(( $(ms) - t1 ))
asadmin deploy --force=true --name bench-ceiling --contextroot bench-ceiling "$WORK/bench-ceiling.war" >/dev/null \
  || die "deploying the ceiling WAR failed"
wait_for_url "$BASE/bench-ceiling/constant" "the ceiling" 30

payara_pid() { cat "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid"; }
# CPU ticks (1/100 s) so far: Payara's, all PostgreSQL processes', the whole machine's busy ones.
cpu_ticks() {
  local pg=0 pid
  for pid in $(pgrep -x postgres); do pg=$((pg + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$(awk '{ print $14 + $15 }' "/proc/$(payara_pid)/stat") $pg $(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)"
}
rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$(payara_pid)/status"; }

# ---- the data set -------------------------------------------------------------------------------

# COPY FROM refuses tables whose row-level security applies to the caller; the schema owner may
# pass it for the run (revoked on exit). The application's own role never can.
psql_admin -c "ALTER ROLE $DB BYPASSRLS" >/dev/null
say "generating the data set: 50 tenants and one assessment of 200 partners x 10 criteria"
generate target | tee "$OUT/generate-target.txt"
TARGET=$(grep -o 'target-assessment=[0-9]*' "$OUT/generate-target.txt" | cut -d= -f2)
[ -n "$TARGET" ] || die "the generator printed no target assessment"
SMALL_SET=$(grep -o 'data set:.*' "$OUT/generate-target.txt")

# ---- logins ---------------------------------------------------------------------------------

token() { # $1 user: a user's own access token (password grant of the command-line client)
  curl -fsS -d grant_type=password -d client_id=partnerfit-cli -d 'scope=openid organization:*' \
    -d username="$1" -d password=partnerfit "$KEYCLOAK/realms/partnerfit/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# The portal's OpenID login as a browser does it: Keycloak asks for the username, then the password.
portal_session_of() { portal_session "$BASE" "$1" "$OUT/cookies-$1.txt"; } # $1 user; prints the JSESSIONID

# ---- load ---------------------------------------------------------------------------------------

declare -A RPS P50 P95 P99 BAD RSS_MAX CPU WARMED
SAMPLER=

# wrk closes its connections when its time is up, but the server finishes what it was sent: wait
# until Payara is nearly idle (under 0.2 s of CPU a second, at most 120 s) before measuring on.
drain() {
  local before after i
  for ((i = 0; i < 120; i++)); do
    before=$(awk '{ print $14 + $15 }' "/proc/$(payara_pid)/stat")
    sleep 1
    after=$(awk '{ print $14 + $15 }' "/proc/$(payara_pid)/stat")
    [ $((after - before)) -lt 20 ] && return 0
  done
}

# Seconds the server's JIT compilers have worked since it started.
compile_seconds() { jstat -compiler "$(payara_pid)" 2>/dev/null | awk 'NR == 2 { print $4 }'; }

# Load in steps until the rate settles and the compilers are nearly done: after a start they take
# 20-40 s of load to catch up (a constant GET went 1,841, 3,661, 7,922, then 23,313 req/s in 10 s
# steps), and a fixed 5 s warm-up measured the ceiling mostly cold. The rate alone can settle too
# soon: the partner's save once held at 412 and 427 req/s while the compilers were still at work,
# and was measured at two fifths of its warm rate (45 compilations, 15 s of compiling in its 20 s).
# So a step also counts as settled only with under 1 s of compiling in it. Prints the seconds.
warm_up() { # $1 name, $2 connections, $3 script, further arguments: wrk's (headers, URL); MIN_STEPS (3), MAX_STEPS (18)
  local name=$1 conns=$2 script=$3 step rate previous=0 seconds=0 min_steps=${MIN_STEPS:-3} max_steps=${MAX_STEPS:-18}
  local compiled compiling
  shift 3
  : >"$OUT/$name-warmup.txt"
  for ((step = 1; step <= max_steps; step++)); do
    compiled=$(compile_seconds)
    wrk -t$THREADS -c"$conns" -d${WARMUP_STEP}s --timeout 60s -s "$script" "$@" >>"$OUT/$name-warmup.txt" 2>&1 || true
    compiling=$(awk -v a="$(compile_seconds)" -v b="$compiled" 'BEGIN { print a - b }')
    seconds=$((seconds + WARMUP_STEP))
    rate=$(grep -o 'rps=[0-9.]*' "$OUT/$name-warmup.txt" | tail -1 | cut -d= -f2)
    rate=${rate:-0}
    echo "compiling in this step: $compiling s" >>"$OUT/$name-warmup.txt"
    if ((step >= min_steps)) && awk "BEGIN { exit !($previous > 0 && $rate / $previous > 0.9 && $rate / $previous < 1.1 && $compiling < 1) }"; then
      break
    fi
    previous=$rate
  done
  echo "$seconds"
}

# wrk against one URL: a warm-up, then the measured run while RSS is sampled every second.
# $1 name, $2 URL, $3 Lua prelude (method, body), further arguments go to wrk (headers).
# CONNS, when set, replaces the number of connections.
load() {
  local name=$1 url=$2 prelude=$3 script="$OUT/$1.lua" line conns=${CONNS:-$CONNECTIONS}
  shift 3
  { printf '%s\n' "$prelude"; cat "$INFRA_DIR/bench/done.lua"; } >"$script"
  WARMED[$name]=$(warm_up "$name" "$conns" "$script" "$@" "$url")
  drain
  (while true; do rss_mib; echo; sleep 1; done) >"$OUT/$name-rss.txt" 2>/dev/null &
  SAMPLER=$!
  if [ -n "${BENCH_PROFILE:-}" ]; then
    jcmd "$(payara_pid)" JFR.start name="$name" settings=profile duration=${SECONDS_PER_TARGET}s filename="$OUT/$name.jfr" >/dev/null
  fi
  local before after
  before=$(cpu_ticks)
  wrk -t$THREADS -c"$conns" -d${SECONDS_PER_TARGET}s --timeout 60s --latency -s "$script" "$@" "$url" >"$OUT/$name.txt" 2>&1 || true
  after=$(cpu_ticks)
  # Cores busy during the run: Payara, PostgreSQL, and everything (wrk, the kernel, Keycloak) together.
  CPU[$name]=$(awk -v b="$before" -v a="$after" -v s="$SECONDS_PER_TARGET" 'BEGIN { split(b, x, " "); split(a, y, " ");
    printf "%.2f %.2f %.2f", (y[1] - x[1]) / 100 / s, (y[2] - x[2]) / 100 / s, (y[3] - x[3]) / 100 / s }')
  if [ -n "${BENCH_PROFILE:-}" ]; then
    sleep 2
    "$INFRA_DIR/bench/hotspots.sh" "$OUT/$name.jfr" 40 >"$OUT/$name-hotspots.txt" 2>&1 || true
  fi
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  SAMPLER=
  drain
  line=$(grep '^FIGURES' "$OUT/$name.txt" || true)
  [ -n "$line" ] || die "wrk printed no figures for $name; see $OUT/$name.txt"
  RPS[$name]=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
  P50[$name]=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line")
  P95[$name]=$(sed -E 's/.*p95_ms=([0-9.]+).*/\1/' <<<"$line")
  P99[$name]=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")
  BAD[$name]=$(sed -E 's/.*non2xx=([0-9]+) socket_errors=([0-9]+).*/\1 non-2xx, \2 socket errors/' <<<"$line")
  RSS_MAX[$name]=$(sort -n "$OUT/$name-rss.txt" | tail -1)
  say "$name ($conns connections, after ${WARMED[$name]} s of warm-up): ${RPS[$name]} req/s, p50 ${P50[$name]} ms, p95 ${P95[$name]} ms, p99 ${P99[$name]} ms (${BAD[$name]}); cores busy: Payara, PostgreSQL, all: ${CPU[$name]}"
}

# One request at a time, ten times after two unmeasured: the median and the slowest, in ms.
declare -A ALONE
alone() { # $1 name, $2.. curl arguments (the URL last)
  local name=$1 i t times=()
  shift
  for i in 1 2; do curl -s -o /dev/null "$@"; done
  for i in $(seq 10); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "$@")
    times+=("$(awk "BEGIN { printf \"%.0f\", $t * 1000 }")")
  done
  ALONE[$name]=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms, slowest %d ms", (a[5] + a[6]) / 2, a[NR] }')
  say "$name alone: ${ALONE[$name]}"
}

expect_status() { # $1 expected, $2.. curl arguments
  local want=$1 got
  shift
  got=$(curl -s -o "$OUT/check.txt" -w '%{http_code}' "$@")
  [ "$got" = "$want" ] || die "expected HTTP $want from ${*: -1}, got $got: $(head -c 300 "$OUT/check.txt")"
}

RESULTS_URL="$BASE/client/assessment.xhtml?id=$TARGET"
PORTAL_SESSION=
results_page_load() { # $1 name; CONNS as for load
  [ -n "$PORTAL_SESSION" ] || PORTAL_SESSION=$(portal_session_of acme-assessor)
  [ -n "$PORTAL_SESSION" ] || die "the portal login of acme-assessor gave no session"
  expect_status 200 -H "Cookie: JSESSIONID=$PORTAL_SESSION" "$RESULTS_URL"
  grep -q 'Bench Firm' "$OUT/check.txt" || die "the results page does not show the generated firms"
  PAGE_BYTES=$(wc -c <"$OUT/check.txt")
  load "$1" "$RESULTS_URL" "" -H "Cookie: JSESSIONID=$PORTAL_SESSION"
}

# A page runs far more code per request than the API, at a hundredth of the rate: after a start its
# rate kept rising for two to three minutes (47 to 120 req/s at 4 connections), while two 5 s steps
# in a row already agreed within 10 % at 45 s. The first page load after a start gets 150 s.
cold_page_load() { MIN_STEPS=$PAGE_WARMUP_STEPS MAX_STEPS=$((PAGE_WARMUP_STEPS + 12)) results_page_load "$@"; }

# How the page's cost grows with the database is read at a few connections, where latency is the
# page's own work; at 64 connections on two cores a slow page's latency is mostly queueing.
GROWTH_CONNECTIONS=4
say "(c) at the small data set: $SMALL_SET"
CONNS=$GROWTH_CONNECTIONS cold_page_load results-small
alone results-small -H "Cookie: JSESSIONID=$(portal_session_of acme-assessor)" "$RESULTS_URL"

say "generating the rest of the data set"
generate rest | tee "$OUT/generate-rest.txt"
LARGE_SET=$(grep -o 'data set:.*' "$OUT/generate-rest.txt")
runuser -u postgres -- psql -q -d $DB -c "ANALYZE" >/dev/null

# Time to ready from a cold start with the data in place: start-domain until the portal and the API answer.
say "restarting the domain to time a start with the full data set"
"$PAYARA_HOME/bin/asadmin" stop-domain $DOMAIN >/dev/null
t2=$(ms)
start_domain $DOMAIN
wait_for_partnerfit "$BASE" "PartnerFit" 120
t_restart=$(( $(ms) - t2 ))
wait_for_url "$BASE/bench-ceiling/constant" "the ceiling" 30
sleep 5
RSS_IDLE=$(rss_mib)
PORTAL_SESSION=

# Right after a start a warm-up can settle on a plateau while the compilers are still busy: with
# 20 s the first ceiling came out at a third to a half of the second. It gets a minute at least.
MIN_STEPS=$FIRST_WARMUP_STEPS load ceiling "$BASE/bench-ceiling/constant" ""

# (a') the write floor: 640 rows of a table of its own, one at random per request, like (b)'s drafts.
psql_admin -d $DB -c "SET client_min_messages = warning; DROP TABLE IF EXISTS bench_floor; CREATE TABLE bench_floor (id int PRIMARY KEY, n int NOT NULL);
  INSERT INTO bench_floor SELECT i, 0 FROM generate_series(1, 640) i; GRANT SELECT, UPDATE ON bench_floor TO ${DB}_app"
expect_status 204 -X PUT "$BASE/bench-ceiling/write/1"
load write-floor "$BASE/" "local threads = 0
setup = function(thread) threads = threads + 1; thread:set(\"seed\", threads) end
init = function(args) math.randomseed(os.time() * 10 + seed) end
request = function() return wrk.format(\"PUT\", \"/bench-ceiling/write/\" .. math.random(640)) end"

# (b) writes the drafts the generator made: 64 invitations x 10 criteria granted to northwind-contact,
# each request one of them at random, with answers generated from that criterion's questionnaire.
# Each is saved once first; one the API refuses is left out of the load (and counted).
PARTNER=$(token northwind-contact)
{
  echo 'local drafts = {'
  saved=0 refused=0
  while IFS=$'\t' read -r path body; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $PARTNER" -H 'Content-Type: application/json' \
         -d "$body" "$BASE$path")" = 204 ]; then
      printf '  { %s, %s },\n' "[==[$path]==]" "[==[$body]==]"
      saved=$((saved + 1))
    else
      refused=$((refused + 1))
    fi
  done <"$OUT/drafts.tsv"
  echo '}'
  echo "-- $saved drafts, $refused refused"
} >"$OUT/drafts.lua"
grep -q '^-- [1-9]' "$OUT/drafts.lua" || die "no draft could be saved; see $OUT/drafts.tsv"
DRAFTS=$(tail -1 "$OUT/drafts.lua" | sed 's/^-- //')
read -r SAVE_PATH SAVE_BODY < <(sed -n '2p' "$OUT/drafts.lua" | sed -E 's/^  \{ \[==\[([^]]*)\]==\], \[==\[(.*)\]==\] \},$/\1 \2/')
alone save-answers -X PUT -H "Authorization: Bearer $PARTNER" -H 'Content-Type: application/json' -d "$SAVE_BODY" "$BASE$SAVE_PATH"
load save-answers "$BASE/" "$(cat "$OUT/drafts.lua")
local threads = 0
setup = function(thread) threads = threads + 1; thread:set(\"seed\", threads) end
init = function(args) math.randomseed(os.time() * 10 + seed) end
request = function()
  local d = drafts[math.random(#drafts)]
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers[\"Content-Type\"] = \"application/json\"
  return wrk.format(\"PUT\", d[1], headers, d[2])
end" -H "Authorization: Bearer $PARTNER"

CONNS=$GROWTH_CONNECTIONS cold_page_load results-large
results_page_load results-page
# Timed warm, after its loads (before, it timed the page's first requests after a start: 103-154 ms
# one at a time, against 20-27 ms warm on the same machine).
alone results-page -H "Cookie: JSESSIONID=$(portal_session_of acme-assessor)" "$RESULTS_URL"

ASSESSOR=$(token acme-assessor)
RANKING_URL="$BASE/api/assessments/$TARGET/ranking"
expect_status 200 -H "Authorization: Bearer $ASSESSOR" "$RANKING_URL"
RANKING_BYTES=$(wc -c <"$OUT/check.txt")
alone rest-ranking -H "Authorization: Bearer $ASSESSOR" "$RANKING_URL"
load rest-ranking "$RANKING_URL" "" -H "Authorization: Bearer $ASSESSOR"

# The ceiling once more: the machine's speed drifts within a run, and a first ceiling has come
# out at a third of the second. The ceiling is what the server can do, so the ratios use the
# faster of the two.
load ceiling-again "$BASE/bench-ceiling/constant" ""

# Re-scoring the 200 x 10 assessment through the API: the first call, then three more.
ASSESSOR=$(token acme-assessor)
RESCORE=()
if [ -n "${BENCH_PROFILE:-}" ]; then
  jcmd "$(payara_pid)" JFR.start name=rescore settings=profile filename="$OUT/rescore.jfr" >/dev/null
fi
for i in 1 2 3 4; do
  out=$(curl -s -o "$OUT/rescore.txt" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $ASSESSOR" \
    "$BASE/api/assessments/$TARGET/rescore")
  [ "${out% *}" = 200 ] || die "re-scoring answered ${out% *}: $(head -c 300 "$OUT/rescore.txt")"
  RESCORE+=("$(awk "BEGIN { printf \"%.0f\", ${out#* } * 1000 }")")
done
RESCORED=$(cat "$OUT/rescore.txt")
if [ -n "${BENCH_PROFILE:-}" ]; then
  jcmd "$(payara_pid)" JFR.stop name=rescore >/dev/null
  "$INFRA_DIR/bench/hotspots.sh" "$OUT/rescore.jfr" 40 >"$OUT/rescore-hotspots.txt" 2>&1 || true
fi

# Every page, export and API read that the measured tenant's users and a partner contact open, one
# request at a time at the full data set (two unmeasured, then ten): a page whose cost grows with the
# data shows here before it shows in use. The first sweep found the PDF export of 200 firms running
# the server out of memory. A page that answers anything but 200 is listed with its answer.
SWEEP=()
sweep() { # $1 label, $2.. curl arguments (the URL last)
  local label=$1 status
  shift
  status=$(curl -s -o "$OUT/check.txt" -w '%{http_code}' "$@")
  if [ "$status" != 200 ]; then
    SWEEP+=("$(printf '%-52s HTTP %s: %s' "$label" "$status" "$(head -c 120 "$OUT/check.txt" | tr -s '\n\t ' ' ')")")
    return 0
  fi
  local bytes; bytes=$(wc -c <"$OUT/check.txt")
  alone "$label" "$@" >/dev/null 2>&1
  SWEEP+=("$(printf '%-52s %9s  %s' "$label" "$bytes" "${ALONE[$label]}")")
}
say "every page once, at the full data set"
FIRM=$(grep -o '"invitationId":[0-9]*' <<<"$(curl -s -H "Authorization: Bearer $ASSESSOR" "$RANKING_URL")" | sed -n 2p | cut -d: -f2)
INVITATION=$(cut -d/ -f5 <<<"$SAVE_PATH")
PLUGIN=$(cut -d/ -f7 <<<"$SAVE_PATH")
for user in acme-assessor acme-admin operator northwind-contact; do
  declare "COOKIE_${user//-/_}=Cookie: JSESSIONID=$(portal_session_of $user)"
done
ADMIN=$(token acme-admin) OPERATOR=$(token operator) PARTNER=$(token northwind-contact)
sweep "portal: assessments (assessor)" -H "$COOKIE_acme_assessor" "$BASE/client/assessments.xhtml"
sweep "portal: review queue (assessor)" -H "$COOKIE_acme_assessor" "$BASE/client/queue.xhtml"
sweep "portal: results, second firm shown (assessor)" -H "$COOKIE_acme_assessor" "$RESULTS_URL&firm=$FIRM"
sweep "portal: results as CSV, 200 firms" -H "$COOKIE_acme_assessor" "$BASE/files/results?id=$TARGET&format=csv"
sweep "portal: results as Excel, 200 firms" -H "$COOKIE_acme_assessor" "$BASE/files/results?id=$TARGET&format=xlsx"
sweep "portal: results as PDF, 200 firms" -H "$COOKIE_acme_assessor" "$BASE/files/results?id=$TARGET&format=pdf"
sweep "portal: criteria (client admin)" -H "$COOKIE_acme_admin" "$BASE/client/admin/criteria.xhtml"
sweep "portal: client profile (client admin)" -H "$COOKIE_acme_admin" "$BASE/client/admin/profile.xhtml"
sweep "portal: users (client admin)" -H "$COOKIE_acme_admin" "$BASE/client/admin/users.xhtml"
sweep "portal: audit (client admin)" -H "$COOKIE_acme_admin" "$BASE/client/admin/audit.xhtml"
sweep "portal: new assessment (client admin)" -H "$COOKIE_acme_admin" "$BASE/client/admin/new-assessment.xhtml"
sweep "portal: tenants (operator)" -H "$COOKIE_operator" "$BASE/operator/tenants.xhtml"
sweep "portal: plugins (operator)" -H "$COOKIE_operator" "$BASE/operator/plugins.xhtml"
sweep "portal: audit (operator)" -H "$COOKIE_operator" "$BASE/operator/audit.xhtml"
sweep "portal: invitations, 64 (partner)" -H "$COOKIE_northwind_contact" "$BASE/partner/invitations.xhtml"
sweep "portal: answer page (partner)" -H "$COOKIE_northwind_contact" "$BASE/partner/answer.xhtml?invitation=$INVITATION&criterion=$PLUGIN"
sweep "API: assessments (assessor)" -H "Authorization: Bearer $ASSESSOR" "$BASE/api/assessments"
sweep "API: assessment of 200 firms, full (assessor)" -H "Authorization: Bearer $ASSESSOR" "$BASE/api/assessments/$TARGET"
sweep "API: a firm's clarifications (assessor)" -H "Authorization: Bearer $ASSESSOR" "$BASE/api/review/invitations/$FIRM/clarifications"
sweep "API: criteria (client admin)" -H "Authorization: Bearer $ADMIN" "$BASE/api/criteria"
sweep "API: audit (client admin)" -H "Authorization: Bearer $ADMIN" "$BASE/api/audit"
sweep "API: plugins (operator)" -H "Authorization: Bearer $OPERATOR" "$BASE/api/plugins"
sweep "API: audit, all tenants (operator)" -H "Authorization: Bearer $OPERATOR" "$BASE/api/audit"
sweep "API: invitations, 64 (partner)" -H "Authorization: Bearer $PARTNER" "$BASE/api/partner/invitations"
sweep "API: one invitation (partner)" -H "Authorization: Bearer $PARTNER" "$BASE/api/partner/invitations/$INVITATION"
sweep "API: a draft's answers (partner)" -H "Authorization: Bearer $PARTNER" "$BASE$SAVE_PATH"

if [[ "${BENCH_JVM_OPTIONS:-}" == *NativeMemoryTracking* ]]; then
  jcmd "$(payara_pid)" VM.native_memory summary >"$OUT/native-memory.txt" 2>&1 || true
fi

# What the load left alive: the heap after a full collection, and the records of view-scoped beans
# the sessions keep (Mojarra kept one for every page view until the session ended, 37,000 after a
# run, before EvictedViewContexts; at most 25 a session now).
HISTOGRAM=$(jcmd "$(payara_pid)" GC.class_histogram)
LIVE_MIB=$(tail -1 <<<"$HISTOGRAM" | awk '{ printf "%.0f", $3 / 1048576 }')
VIEW_RECORDS=$(awk '/ViewScopeContextObject/ { print $2 }' <<<"$HISTOGRAM")

# Visitors who are not signed in (a crawler, a probe, a flood), each sent to Keycloak: each once got
# an HTTP session of its own, and at this rate the heap was full within a minute. What they leave
# now is kept by their browsers (SignInSeal). Halfway through, a user signs in: with a bounded
# store of sign-ins in the server, the flood pushed theirs out before they could type a password.
sessions_in() { awk '/org\.apache\.catalina\.session\.StandardSession$/ { n = $2 } END { print n + 0 }' <<<"$1"; }
wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_TARGET}s "$RESULTS_URL" >"$OUT/visitors.txt" 2>&1 &
WRK_PID=$!
sleep $(( SECONDS_PER_TARGET / 2 ))
SIGN_IN_STARTED=$(ms)
FLOOD_SESSION=$(portal_session_of acme-evaluator)
SIGN_IN_MS=$(( $(ms) - SIGN_IN_STARTED ))
FLOOD_PAGE=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$FLOOD_SESSION" "$BASE/client/assessments.xhtml")
[ -n "$FLOOD_SESSION" ] && [ "$FLOOD_PAGE" = 200 ] && SIGN_IN_DURING="signed in in $SIGN_IN_MS ms" || SIGN_IN_DURING="FAILED (page $FLOOD_PAGE)"
wait $WRK_PID || true
VISITORS_RPS=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/visitors.txt")
AFTER_VISITORS=$(jcmd "$(payara_pid)" GC.class_histogram)
VISITORS_HEAP=$(tail -1 <<<"$AFTER_VISITORS" | awk -v before="$(tail -1 <<<"$HISTOGRAM" | awk '{ print $3 }')" '{ printf "%+.1f", ($3 - before) / 1048576 }')
VISITORS_SESSIONS=$(( $(sessions_in "$AFTER_VISITORS") - $(sessions_in "$HISTOGRAM") ))

# ---- the figures ----------------------------------------------------------------------------------

ratio() { awk "BEGIN { if ($2 == 0) print \"n/a\"; else printf \"%.3f\", $1 / $2 }"; }
CEIL=$(awk "BEGIN { a = ${RPS[ceiling]}; b = ${RPS[ceiling-again]}; printf \"%.1f\", (a > b ? a : b) }")
{
  echo
  echo "== PartnerFit load figures, $(date -u +%Y-%m-%dT%H:%MZ) =="
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), Payara $PAYARA_VERSION, PostgreSQL $(runuser -u postgres -- psql -tAc 'show server_version' | cut -d' ' -f1)"
  echo "load: wrk, $THREADS threads, $CONNECTIONS connections, warm-up until the rate settles + ${SECONDS_PER_TARGET} s per target, localhost"
  echo "data: $LARGE_SET"
  echo
  printf '%-34s %10s %9s %9s %9s %9s  %-16s %9s  %s\n' target 'req/s' 'p50 ms' 'p99 ms' 'ratio' 'RSS MiB' 'cores P/PG/all' 'warm-up s' 'errors'
  for name in ceiling write-floor save-answers results-page rest-ranking ceiling-again; do
    case $name in
      ceiling) label="(a) ceiling: constant JAX-RS GET" ;;
      ceiling-again) label="(a) ceiling again, after (d)" ;;
      write-floor) label="(a') floor of a write: 1-row UPDATE" ;;
      save-answers) label="(b) partner saves answers (PUT)" ;;
      results-page) label="(c) results page, 200 partners" ;;
      rest-ranking) label="(d) REST ranking, 200 partners" ;;
    esac
    printf '%-34s %10s %9s %9s %9s %9s  %-16s %9s  %s\n' "$label" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" \
      "$(ratio "${RPS[$name]}" "$CEIL")" "${RSS_MAX[$name]}" "${CPU[$name]// //}" "${WARMED[$name]}" "${BAD[$name]}"
  done
  echo
  echo "ratios are to the faster of the ceiling's two runs, $CEIL req/s; (a) ran at $(ratio "${RPS[ceiling-again]}" "${RPS[ceiling]}") of its first rate the second time"
  echo "(b) wrote $DRAFTS (64 invitations x 10 criteria, random per request); (b) to (a'): $(ratio "${RPS[save-answers]}" "${RPS[write-floor]}")"
  echo "one request at a time: (b) ${ALONE[save-answers]}; (c) ${ALONE[results-page]}; (d) ${ALONE[rest-ranking]}"
  echo "results page: $PAGE_BYTES bytes; REST ranking: $RANKING_BYTES bytes"
  echo "RSS of Payara: $RSS_IDLE MiB idle after start, $(printf '%s\n' "${RSS_MAX[@]}" | sort -n | tail -1) MiB at most under load"
  echo "heap alive after the load (a full collection): $LIVE_MIB MiB; records of view-scoped beans in the sessions: ${VIEW_RECORDS:-0}"
  echo "visitors not signed in, $CONNECTIONS connections for ${SECONDS_PER_TARGET} s: ${VISITORS_RPS:-?} req/s sent to sign in; sessions made: $VISITORS_SESSIONS (the signed-in user's included); heap alive after: $VISITORS_HEAP MiB; a user's sign-in during it: $SIGN_IN_DURING"
  echo "ready: start-domain ${t_domain} ms + deploy until the portal and the API answer ${t_deploy} ms (first start, empty database);"
  echo "       start-domain until the portal and the API answer ${t_restart} ms (restart with the data set deployed)"
  echo "re-score 200 partners x 10 criteria ($RESCORED): first ${RESCORE[0]} ms, then ${RESCORE[1]}, ${RESCORE[2]}, ${RESCORE[3]} ms"
  echo "p95 of (c) at $GROWTH_CONNECTIONS connections: ${P95[results-small]} ms (${RPS[results-small]} req/s) with the small set ($SMALL_SET);"
  echo "            ${P95[results-large]} ms (${RPS[results-large]} req/s) with the full set; growth $(ratio "${P95[results-large]}" "${P95[results-small]}")x"
  echo "            one at a time: ${ALONE[results-small]} with the small set, ${ALONE[results-page]} with the full set"
  echo "targets: ratio >= 0.5, p99 < 100 ms at $CONNECTIONS connections, re-score < 1 s, ready < 20 s, RSS < 768 MiB, p95 growth <= 1.5x"
  echo
  echo "every page once, at the full data set (two unmeasured, then ten one at a time):"
  printf '%-52s %9s  %s\n' page bytes time
  printf '%s\n' "${SWEEP[@]}"
  echo "raw wrk output: $OUT"
} | tee "$OUT/summary.txt"

if [ "${BENCH_KEEP:-0}" = 1 ]; then
  # For trying a change against the data set: redeploy with asadmin (the domain's admin port above)
  # and time pages with curl or wrk; stopping this script (Ctrl-C, kill) stops everything it started.
  say "BENCH_KEEP=1: portal $BASE, Keycloak $KEYCLOAK, admin port $ADMIN_PORT; stop this script (pid $$) to stop them"
  while :; do sleep 3600 & KEEP_SLEEP=$!; wait $KEEP_SLEEP; done
fi
