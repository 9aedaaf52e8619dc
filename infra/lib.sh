# Shared by run.sh, stop.sh, test.sh and e2e-server.sh: where things live and how each
# service is fetched, started, checked and stopped. Source it; do not run it.

INFRA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$INFRA_DIR/.." && pwd)

# Versions of the servers; the parent pom pins the same ones for the build.
PAYARA_VERSION=6.2025.9
KEYCLOAK_VERSION=26.7.3
POSTGRESQL_JDBC_VERSION=42.7.8

# One folder per profile ("run" or "test"), so the demo and the test suite never share state.
work_dir() { echo "$INFRA_DIR/.work/$1"; }

say() { printf '[partnerfit] %s\n' "$*"; }
die() { printf '[partnerfit] ERROR: %s\n' "$*" >&2; exit 1; }

mvn_quiet() { mvn -B -q "$@"; }

# Fails with the port's name when something already listens on it.
require_free_port() {
  local port=$1 what=$2
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port ($what) is already in use; stop whatever listens there (or the earlier PartnerFit with infra/stop.sh) and try again"
  fi
}

# Waits until a URL answers 2xx (or, given $4, exactly that status), or gives up after $3 seconds.
# Asks four times a second, so that the bench's time to ready is off by a quarter second at most.
wait_for_url() {
  local url=$1 what=$2 seconds=${3:-120} status=${4:-} i
  for ((i = 0; i < seconds * 4; i++)); do
    if [ -n "$status" ]; then
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "$status" ] && return 0
    elif curl -fsS -o /dev/null "$url" 2>/dev/null; then
      return 0
    fi
    sleep 0.25
  done
  die "$what did not become ready at $url within ${seconds}s"
}

# Waits until PartnerFit serves both of its web modules: a portal resource through the Faces
# servlet answers 200, and the API refuses a call without a token with 401. The API module
# starts a moment after the portal; until then the portal at / answers /api too (with its
# sign-in redirect). $1 base URL, $2 what to name in the error, $3 seconds (120).
wait_for_partnerfit() {
  local base=$1 what=$2 seconds=${3:-120}
  wait_for_url "$base/jakarta.faces.resource/css/partnerfit.css.xhtml" "$what" "$seconds"
  wait_for_url "$base/api/assessments" "$what's API" "$seconds" 401
}

# Copies a Maven Central artifact (cached in ~/.m2) to a folder, once.
fetch_artifact() {
  local coords=$1 dest=$2 file=$3
  if [ ! -f "$dest/$file" ]; then
    mkdir -p "$dest"
    say "fetching $coords"
    mvn_quiet dependency:copy -Dartifact="$coords" -DoutputDirectory="$dest" -Dmdep.overWriteIfNewer=false \
      || die "could not fetch $coords through Maven"
  fi
}

dist_dir() { echo "$INFRA_DIR/.work/dist"; }

ensure_payara() { # $1 = profile; prints PAYARA_HOME
  local home; home="$(work_dir "$1")/payara6"
  if [ ! -x "$home/bin/asadmin" ]; then
    fetch_artifact "fish.payara.distributions:payara:$PAYARA_VERSION:zip" "$(dist_dir)" "payara-$PAYARA_VERSION.zip" >&2
    mkdir -p "$(work_dir "$1")"
    unzip -q -o "$(dist_dir)/payara-$PAYARA_VERSION.zip" -d "$(work_dir "$1")" >&2
  fi
  fetch_artifact "org.postgresql:postgresql:$POSTGRESQL_JDBC_VERSION" "$(dist_dir)" "postgresql-$POSTGRESQL_JDBC_VERSION.jar" >&2
  install_api_wiring "$home"
  echo "$home"
}

# Applications see the server's classes through one bundle, the API exporter, which imports
# every package dynamically: the first class asked for from each package costs a resolve of the
# whole framework, and they grow with the wires already made. Some 270 packages at each start
# took a third of the deploying thread's time (2.5-3 s). A fragment of that bundle imports the
# packages PartnerFit is known to use (payara/api-imports.txt, all optional), so they are wired
# in the framework's one resolve at start; any other package is still found at first use.
# $1 PAYARA_HOME; the fragment is rebuilt when the list is newer.
install_api_wiring() {
  local home=$1 list="$INFRA_DIR/payara/api-imports.txt"
  local jar dir imports
  jar="$(cd "$home/glassfish/modules" && pwd)/partnerfit-api-wiring.jar"
  [ -f "$jar" ] && [ "$jar" -nt "$list" ] && return 0
  dir=$(mktemp -d)
  mkdir -p "$dir/META-INF"
  imports=$(grep -v -e '^#' -e '^[[:space:]]*$' "$list" | sed 's/$/;resolution:=optional/' | paste -sd, -)
  { printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n'
    printf 'Bundle-SymbolicName: org.partnerfit.payara.api-wiring\nBundle-Version: 1.0.0\n'
    printf 'Fragment-Host: GlassFish-Application-Common-Module\n'
    # A manifest line holds 72 bytes at most; longer ones go on in lines that start with a space.
    printf 'Import-Package: %s\n' "$imports" | fold -w 70 | sed '2,$s/^/ /'
    printf '\n'
  } >"$dir/META-INF/MANIFEST.MF"
  (cd "$dir" && jar cfm "$jar" META-INF/MANIFEST.MF) || die "could not build $jar"
  rm -rf "$dir"
}

ensure_keycloak() { # $1 = profile; prints KEYCLOAK_HOME
  local home; home="$(work_dir "$1")/keycloak-$KEYCLOAK_VERSION"
  if [ ! -x "$home/bin/kc.sh" ]; then
    fetch_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" "$(dist_dir)" "keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" >&2
    mkdir -p "$(work_dir "$1")"
    tar -xzf "$(dist_dir)/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$(work_dir "$1")" >&2
  fi
  mkdir -p "$home/data/import"
  cp "$INFRA_DIR/keycloak/partnerfit-realm.json" "$home/data/import/"
  echo "$home"
}

# Starts Keycloak in dev mode with the realm imported (an existing realm is kept) and returns at
# once: a first start, which builds Keycloak before starting it, takes a minute or more, and other
# work can overlap it (await_keycloak waits).
# $1 profile, $2 http port, $3 management port, $4 database (dev-file keeps users, dev-mem forgets them)
launch_keycloak() {
  local profile=$1 port=$2 mgmt=$3 db=$4 home log pidfile
  home=$(ensure_keycloak "$profile")
  log="$(work_dir "$profile")/keycloak.log"
  pidfile="$(work_dir "$profile")/keycloak.pid"
  require_free_port "$port" "Keycloak HTTP"
  require_free_port "$mgmt" "Keycloak management"
  say "starting Keycloak $KEYCLOAK_VERSION on http://localhost:$port (log: $log)"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    nohup "$home/bin/kc.sh" start-dev --import-realm --db="$db" \
      --http-port="$port" --http-management-port="$mgmt" --hostname="http://localhost:$port" \
      --health-enabled=true >"$log" 2>&1 &
  echo $! >"$pidfile"
}

# Waits until a launched Keycloak is ready and serves the realm. $1 http port, $2 management port
await_keycloak() {
  wait_for_url "http://localhost:$2/health/ready" "Keycloak" 240
  wait_for_url "http://localhost:$1/realms/partnerfit/.well-known/openid-configuration" "the partnerfit realm" 60
}

# launch_keycloak, then await_keycloak.
start_keycloak() {
  launch_keycloak "$@"
  await_keycloak "$2" "$3"
}

stop_pidfile() { # stops the process whose pid the file holds, if it still runs
  local pidfile=$1 what=$2 pid i
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $what (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

stop_keycloak() { stop_pidfile "$(work_dir "$1")/keycloak.pid" "Keycloak"; }

# ---- PostgreSQL -------------------------------------------------------------------------

# Installs and starts a local PostgreSQL when none answers on 127.0.0.1:5432.
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    say "installing PostgreSQL"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
      || die "could not install PostgreSQL with apt-get"
  fi
  local version; version=$(ls /etc/postgresql | sort -n | tail -1)
  say "starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "could not start PostgreSQL $version"
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  die "PostgreSQL did not answer on 127.0.0.1:5432"
}

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }

# (Re)creates an empty database owned by the role NAME (it runs the migrations), and the role
# NAME_app the application logs in as: not owner, not superuser, so row-level security holds.
# Each role's password is its name.
fresh_database() {
  local name=$1 role
  psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
  for role in "$name" "${name}_app"; do
    psql_admin -tc "SELECT 1 FROM pg_roles WHERE rolname = '$role'" | grep -q 1 \
      || psql_admin -c "CREATE ROLE $role LOGIN NOSUPERUSER PASSWORD '$role'" >/dev/null
  done
  psql_admin -c "CREATE DATABASE $name OWNER $name" >/dev/null
}

# ---- Payara Server ----------------------------------------------------------------------

# asadmin against a profile's domain; $PAYARA_HOME and $ADMIN_PORT must be set.
# The realm lets the portal client return only to the demo's and the tests' ports: adds another
# portal, $2 (its base URL), through the admin API of the Keycloak at $1.
allow_portal_return() {
  local keycloak=$1 base=$2 token client id
  token=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$keycloak/realms/master/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  client=$(curl -fsS -H "Authorization: Bearer $token" "$keycloak/admin/realms/partnerfit/clients?clientId=partnerfit-portal")
  id=$(printf '%s' "$client" | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
  printf '%s' "$client" | sed -E 's/^\[//; s/\]$//; s#"redirectUris":\[#"redirectUris":["'"$base"'/*",#' \
    | curl -fsS -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- \
      "$keycloak/admin/realms/partnerfit/clients/$id" || die "could not add $base to the portal client's redirect URIs"
}

# Signs a demo user in to the portal through Keycloak's login form, as a browser would, and
# prints the portal's session id. $1 the portal's base URL, $2 the user, $3 the cookie jar to use.
portal_session() {
  local base=$1 user=$2 jar=$3 page action i
  rm -f "$jar"
  page=$(curl -sS -L -c "$jar" -b "$jar" "$base/client/assessments.xhtml")
  for i in 1 2 3; do
    action=$(printf '%s' "$page" | grep -o 'action="[^"]*login-actions[^"]*"' | head -1 | sed -E 's/^action="//; s/"$//; s/&amp;/\&/g')
    [ -n "$action" ] || break
    if printf '%s' "$page" | grep -q 'name="password"'; then
      page=$(curl -sS -L -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode password=partnerfit "$action")
    else
      page=$(curl -sS -L -c "$jar" -b "$jar" --data-urlencode "username=$user" "$action")
    fi
  done
  awk '$6 == "JSESSIONID" && $1 ~ /localhost/ { print $7 }' "$jar" | tail -1
}

asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --interactive=false "$@"; }

# Each asadmin command is a JVM of its own that lives a few seconds, and start-domain's runs
# beside the starting server on the same cores: with the quick compiler alone and the serial
# collector it costs less, and a restart was ready about 1 s sooner (17.3-17.8 s against
# 18.7-19.5 s). The server's own JVM options come from domain.xml, not from these.
export AS_EXTRA_JAVA_OPTS="${AS_EXTRA_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"

escape_property() { printf '%s' "$1" | sed 's/[:=]/\\&/g'; }

# Creates the domain once, with the PostgreSQL driver in its lib/.
# $1 domain name, $2 port base (admin = base+48, http = base+80)
ensure_domain() {
  local domain=$1 portbase=$2
  if [ ! -d "$PAYARA_HOME/glassfish/domains/$domain" ]; then
    say "creating Payara domain $domain (port base $portbase)"
    "$PAYARA_HOME/bin/asadmin" --interactive=false create-domain --nopassword --portbase "$portbase" "$domain" >/dev/null \
      || die "could not create Payara domain $domain"
  fi
  cp "$(dist_dir)/postgresql-$POSTGRESQL_JDBC_VERSION.jar" "$PAYARA_HOME/glassfish/domains/$domain/lib/"
  tune_domain "$PAYARA_HOME/glassfish/domains/$domain/config/domain.xml"
}

# The server's settings that differ from Payara's defaults, written into a stopped domain's
# domain.xml (each replaces a default, so a second run changes nothing). Measured with
# infra/bench/load.sh; see docs/performance.md.
#  - a 320 MiB heap instead of 512, collected by the parallel collector instead of G1: the
#    platform's live data stays well under it at 64 connections, the larger heap only raised the
#    resident size (1 GiB under load), and G1 took 56 MiB of its own and a quarter of the speed
#    of the simplest requests;
#  - the native heap trimmed every 5 s: memory the JIT compilers freed goes back to the system;
#  - JSON-P's provider named, so Json.createReader() and its kin (Payara's JWT check calls it
#    on every API request) stop searching the whole class path for it each time;
#  - no data grid (Hazelcast): one server needs none, and starting it took 2.5 s;
#  - the first class-metadata collection at 160 MiB instead of about 20: a start loads some
#    110 MiB of class metadata, and each threshold it crossed on the way stopped the server for
#    a full collection of the heap (four of them, 3 s of a start on a slow machine);
#  - deployment descriptors read without checking them against their XML schemas: the check was
#    about 5 % of a start's samples, on every start, for descriptors that do not change between
#    starts (a broken one still fails the deployment, or the tests, when it cannot be read);
#  - code that runs hot only while the server starts kept from the optimising compiler (C2):
#    C2 took about half of a start's CPU, on the two cores the deployment needed, much of it
#    for that code (infra/payara/jit-directives.json, copied beside domain.xml);
#  - a kept-alive connection (HTTP and HTTPS listeners; not the admin port's) closed after 10,000
#    requests instead of 250: a client that keeps its connections (an API client's pool, a proxy
#    in front) reconnected every 250 requests, and each connection's state lived the second or
#    two that took, long enough to be moved to the old generation; under REST load that churn
#    was most of what filled it (performance.md).
tune_domain() {
  local xml=$1
  cp "$INFRA_DIR/payara/jit-directives.json" "$(dirname "$xml")/jit-directives.json"
  sed -i \
    -e 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx320m</jvm-options><jvm-options>-XX:+UseParallelGC</jvm-options><jvm-options>-XX:TrimNativeHeapInterval=5000</jvm-options><jvm-options>-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl</jvm-options>#' \
    -e 's#<das-config>#<das-config deploy-xml-validation="none">#' \
    -e 's#<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>#<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>#' \
    -e '/<http [^>]*default-virtual-server="server"/s#max-connections="250"#max-connections="10000"#' \
    "$xml"
  # Each added on its own when its name is missing, so that domains tuned before it get it too.
  add_jvm_option "$xml" '-XX:MetaspaceSize=160m'
  add_jvm_option "$xml" '-XX:CompilerDirectivesFile=${com.sun.aas.instanceRoot}/config/jit-directives.json'
}

# Adds a JVM option to a domain.xml, after the heap's, unless an option of that name is there. $1 xml, $2 option
add_jvm_option() {
  grep -qF -- "${2%%=*}" "$1" || sed -i "s#<jvm-options>-Xmx320m</jvm-options>#&<jvm-options>$2</jvm-options>#" "$1"
}

# For the test suites' domains, which live minutes under light load: the quick compiler (C1)
# alone. The optimising one (C2) spends much of the cores a start and the first minutes have,
# and pays that back only under long, heavy load; the suites end before. $1 domain name
quick_compiler_only() {
  add_jvm_option "$PAYARA_HOME/glassfish/domains/$1/config/domain.xml" '-XX:TieredStopAtLevel=1'
}

# One PostgreSQL pool and its JNDI resource. A connection is checked (a round trip) before the
# pool hands it out, and one found dead closes them all: after PostgreSQL restarts, the pool
# would otherwise keep handing out closed connections until it is restarted (measured by
# infra/faults.sh). Checking at most once in 5 s saved that round trip per transaction, but let a
# connection broken by the restart be handed out after the database was back: a failed request
# after recovery, seen by the fault suite.
postgres_pool() {
  local pool=$1 url=$2 user=$3 password=$4
  asadmin create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource \
    --isconnectvalidatereq=true --validationmethod=custom-validation \
    --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation --failconnection=true \
    --property "url=$(escape_property "$url"):user=$(escape_property "$user"):password=$(escape_property "$password")" \
    "$pool" >/dev/null || die "could not create the PostgreSQL connection pool $pool"
  asadmin create-jdbc-resource --connectionpoolid "$pool" "jdbc/$pool" >/dev/null || die "could not create jdbc/$pool"
  asadmin ping-connection-pool "$pool" >/dev/null || die "PostgreSQL does not answer as $user at $url (pool $pool)"
}

# Points jdbc/partnerfit at PostgreSQL when $1 is a JDBC URL, else at an embedded H2 file.
# $2/$3: the application's role; $4/$5, optional: the schema owner that runs the migrations
# (jdbc/partnerfit-migration), when it is another role.
configure_datasource() {
  local url=$1 user=$2 password=$3 owner=$4 owner_password=$5 domain=$6
  local resource
  for resource in partnerfit partnerfit-migration; do
    asadmin delete-jdbc-resource "jdbc/$resource" >/dev/null 2>&1 || true
    asadmin delete-jdbc-connection-pool "$resource" >/dev/null 2>&1 || true
  done
  if [ -n "$url" ]; then
    postgres_pool partnerfit "$url" "$user" "$password"
    if [ -n "$owner" ] && [ "$owner" != "$user" ]; then
      postgres_pool partnerfit-migration "$url" "$owner" "$owner_password"
    fi
    return 0
  else
    local h2="$PAYARA_HOME/glassfish/domains/$domain/lib/databases/partnerfit"
    asadmin create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource \
      --restype javax.sql.DataSource --property "url=$(escape_property "jdbc:h2:$h2;AUTO_SERVER=TRUE")" \
      partnerfit >/dev/null || die "could not create the H2 connection pool"
  fi
  asadmin create-jdbc-resource --connectionpoolid partnerfit jdbc/partnerfit >/dev/null \
    || die "could not create jdbc/partnerfit"
  asadmin ping-connection-pool partnerfit >/dev/null || die "the database does not answer (pool partnerfit)"
}

# Starts (or restarts) a domain; the server inherits PARTNERFIT_* variables from this shell.
# Each attempt is bounded (asadmin would wait 10 minutes for a server that already gave up), and
# a failed one is tried once more after showing why: a first start has been seen to exit at once,
# once, with nothing else wrong.
start_domain() {
  local domain=$1 attempt
  local dir="$PAYARA_HOME/glassfish/domains/$domain"
  if asadmin list-domains 2>/dev/null | grep -q "^$domain running"; then
    "$PAYARA_HOME/bin/asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
  fi
  for attempt in 1 2; do
    # Two malloc arenas instead of one per thread up to 8 a core: the same speed, less resident memory.
    MALLOC_ARENA_MAX=2 timeout 240 "$PAYARA_HOME/bin/asadmin" start-domain "$domain" >/dev/null && return 0
    printf '[partnerfit] Payara domain %s did not start (attempt %s); the end of its log:\n' "$domain" "$attempt" >&2
    tail -n 40 "$dir/logs/server.log" >&2 2>/dev/null || true
    stop_pidfile "$dir/config/pid" "Payara domain $domain"
  done
  die "Payara domain $domain did not start"
}

# $3, optional: the domain's admin port, to undeploy PartnerFit before the stop (run.sh deploys it
# anew each time, and a domain that kept it would load it at its next start only to undeploy it).
stop_domain() { # $1 profile, $2 domain
  local home; home="$(work_dir "$1")/payara6"
  [ -x "$home/bin/asadmin" ] || return 0
  local pidfile="$home/glassfish/domains/$2/config/pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    if [ -n "${3:-}" ]; then
      "$home/bin/asadmin" --port "$3" --interactive=false undeploy partnerfit >/dev/null 2>&1 || true
    fi
    say "stopping Payara domain $2"
    "$home/bin/asadmin" stop-domain "$2" >/dev/null 2>&1 || stop_pidfile "$pidfile" "Payara"
  fi
}

# implicitCdiEnabled=false: PartnerFit's own modules declare their beans (beans.xml); the 34 library
# JARs beside them (PrimeFaces, the Keycloak client with RESTEasy and Jackson, Flyway, OpenPDF, the
# plugin SPI) hold none, but each start searched them all for beans (operations.md, Server settings).
deploy_ear() {
  local ear=$1
  [ -f "$ear" ] || die "$ear is missing; build it with mvn install"
  asadmin deploy --force=true --name partnerfit --property implicitCdiEnabled=false "$ear" >/dev/null \
    || die "deploying $ear failed; see the server log"
}

# The criterion plugin JARs built from plugins/, copied to the folder the platform watches.
# $2, optional: a plugin id to leave out (the browser tests upload that one by hand).
install_plugin_jars() {
  local dest=$1 except=${2:-} jar found=0
  mkdir -p "$dest"
  for jar in "$ROOT_DIR"/plugins/*/target/partnerfit-plugin-*.jar; do
    [ -f "$jar" ] || continue
    case "$jar" in *-sources.jar|*-tests.jar|*/partnerfit-plugin-testkit-*) continue ;; esac
    if [ -n "$except" ] && [[ "$jar" == */partnerfit-plugin-$except-* ]]; then continue; fi
    cp "$jar" "$dest/"
    found=1
  done
  [ $found = 1 ] || die "no plugin JARs under plugins/*/target; build with mvn install"
}
