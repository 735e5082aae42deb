#!/usr/bin/env bash
# Maharat's cluster topology on one machine, on loopback addresses only (docs/operations.md, "A cluster";
# docker/compose.cluster.yaml is the same topology for machines with Docker):
#
#   HAProxy 127.0.0.1:${MAHARAT_CLUSTER_PROXY_PORT:-8210}  sticky (cookie prefix on MAHARAT_SESSION),
#       |                                              health check GET /health/ready every second
#       +-- node1  Payara Micro 127.0.0.1:8211, data grid 127.0.0.1:5911
#       +-- node2  Payara Micro 127.0.0.1:8212, data grid 127.0.0.1:5912
#   MariaDB primary 127.0.0.1:3311 (binary log, semi-synchronous) --> replica 127.0.0.1:3310 (read-only)
#
# The nodes run target/payara-micro.jar with target/maharat.war (the war that target/maharat.jar holds:
# that uber jar has --nocluster baked in, right for one server). They find each other by TCP/IP from
# MAHARAT_CLUSTER_MEMBERS, under their own cluster name, never by multicast, so they never join another
# Payara on the same network.
#
#   docker/cluster/run-loopback.sh start     build first: ./mvnw -DskipTests package
#   docker/cluster/run-loopback.sh status
#   docker/cluster/run-loopback.sh kill-node N      SIGKILL node N (the failover test does this)
#   docker/cluster/run-loopback.sh start-node N
#   docker/cluster/run-loopback.sh kill-db          SIGKILL the primary
#   docker/cluster/run-loopback.sh promote          the replica becomes the primary (after kill-db)
#   docker/cluster/run-loopback.sh stop      stops everything it started (by the PIDs it wrote)
#
# Settings (environment): MAHARAT_CLUSTER_WORK (default target/cluster), MAHARAT_CLUSTER_NAME,
# MAHARAT_CLUSTER_NODES (2), MAHARAT_CLUSTER_HTTP_BASE (8210: proxy; nodes +1, +2...),
# MAHARAT_CLUSTER_GRID_BASE (5910), MAHARAT_CLUSTER_DB_PRIMARY_PORT (3311), MAHARAT_CLUSTER_DB_REPLICA_PORT
# (3310), MAHARAT_CLUSTER_DB_NAME (maharat_cluster), MAHARAT_CLUSTER_NODE_HEAP (768m), MAHARAT_CLUSTER_START_TOGETHER
# (false: node 1 first, then the others; true: all at once); every other MAHARAT_*
# variable (MAHARAT_ADMIN_PASSWORD, MAHARAT_DEMO...) is passed to the nodes.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"

work="${MAHARAT_CLUSTER_WORK:-$root/target/cluster}"
name="${MAHARAT_CLUSTER_NAME:-maharat-loopback-$(id -u)}"
nodes="${MAHARAT_CLUSTER_NODES:-2}"
http_base="${MAHARAT_CLUSTER_HTTP_BASE:-8210}"
grid_base="${MAHARAT_CLUSTER_GRID_BASE:-5910}"
primary_port="${MAHARAT_CLUSTER_DB_PRIMARY_PORT:-3311}"
replica_port="${MAHARAT_CLUSTER_DB_REPLICA_PORT:-3310}"
db_name="${MAHARAT_CLUSTER_DB_NAME:-maharat_cluster}"
heap="${MAHARAT_CLUSTER_NODE_HEAP:-768m}"
mariadbd="${MAHARAT_CLUSTER_MARIADBD:-/usr/sbin/mariadbd}"
install_db="${MAHARAT_CLUSTER_INSTALL_DB:-/usr/bin/mariadb-install-db}"
haproxy="${MAHARAT_CLUSTER_HAPROXY:-$(command -v haproxy || echo /usr/sbin/haproxy)}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
user_opt=()
[[ "$(id -u)" == 0 ]] && user_opt=(--user=root)

members() {
  local list="" i
  for ((i = 1; i <= nodes; i++)); do list+="${list:+,}127.0.0.1:$((grid_base + i))"; done
  echo "${MAHARAT_CLUSTER_MEMBERS:-$list}"
}

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "Port $1 is taken by another process: choose other ports (MAHARAT_CLUSTER_*)" >&2
    exit 1
  fi
}

sql() { mariadb --protocol=tcp -h127.0.0.1 -P"$1" -uroot "${@:2}"; }

db_start() { # $1 role (primary|replica) $2 port $3 server id
  local dir="$work/db-$1"
  if [[ ! -d "$dir/data" ]]; then
    mkdir -p "$dir"
    "$install_db" --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal --skip-test-db \
      "${user_opt[@]}" >"$dir/install.log" 2>&1
  fi
  free_port "$2"
  # Semi-synchronous replication, the primary waiting after its binary log is synced (AFTER_SYNC): a
  # commit Maharat acknowledged is in the replica's relay log, so a failover loses none of them. The
  # long timeout keeps the primary from sliding back to asynchronous while the replica is only slow.
  # Maharat's migrations create triggers (certificates): with a binary log MariaDB asks for SUPER or
  # log_bin_trust_function_creators; the triggers are deterministic, so the latter.
  "$mariadbd" --no-defaults --datadir="$dir/data" --port="$2" --bind-address=127.0.0.1 --socket="$dir/mariadb.sock" \
    --pid-file="$dir/mariadb.pid" --log-error="$dir/mariadbd.log" --server-id="$3" --log-bin="$dir/data/binlog" \
    --log-slave-updates --gtid-strict-mode=1 --binlog-format=ROW --sync-binlog=1 --innodb-flush-log-at-trx-commit=1 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --max-connections=500 \
    --rpl-semi-sync-master-enabled=1 --rpl-semi-sync-slave-enabled=1 --rpl-semi-sync-master-wait-point=AFTER_SYNC \
    --rpl-semi-sync-master-timeout=30000 --log-bin-trust-function-creators=1 --skip-name-resolve "${user_opt[@]}" >>"$dir/mariadbd.out" 2>&1 &
  echo $! >"$work/pids/db-$1"
  for _ in $(seq 1 120); do sql "$2" -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "MariaDB $1 did not start, see $dir/mariadbd.log" >&2
  exit 1
}

db_up() {
  local fresh=false
  [[ -d "$work/db-primary/data" ]] || fresh=true
  db_start primary "$primary_port" 1
  db_start replica "$replica_port" 2
  if $fresh; then
    sql "$primary_port" -e "CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl-loopback';
      GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';
      CREATE USER 'maharat'@'127.0.0.1' IDENTIFIED BY 'maharat-loopback';
      GRANT ALL ON \`maharat\\_%\`.* TO 'maharat'@'127.0.0.1';
      CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    local gtid
    gtid="$(sql "$primary_port" -N -e 'SELECT @@gtid_binlog_pos')"
    # The replica starts from the primary's state of a moment ago (both empty but for the lines above).
    sql "$replica_port" -e "SET GLOBAL gtid_slave_pos='';
      CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$primary_port, MASTER_USER='repl',
        MASTER_PASSWORD='repl-loopback', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1;
      START SLAVE;"
    echo "replica following primary from GTID '${gtid}'"
  fi
  sql "$replica_port" -e 'SET GLOBAL read_only=1'
  for _ in $(seq 1 60); do
    [[ "$(sql "$replica_port" -N -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME='$db_name'")" == 1 ]] && return 0
    sleep 0.5
  done
  echo "the replica did not catch up, see $work/db-replica/mariadbd.log" >&2
  exit 1
}

node_start() { # $1 node number
  local n="$1" port=$((http_base + $1)) grid=$((grid_base + $1)) dir="$work/node$1"
  free_port "$port"
  mkdir -p "$dir"
  # Connector/J's sequential mode: the primary first, the replica once the primary refuses connections
  # (after "promote" it takes writes). Without a replica (MAHARAT_CLUSTER_DB=none) MAHARAT_DB_URL is used.
  local url="${MAHARAT_DB_URL:-}"
  if [[ "${MAHARAT_CLUSTER_DB:-replicated}" == replicated ]]; then
    url="jdbc:mariadb:sequential://127.0.0.1:$primary_port,127.0.0.1:$replica_port/$db_name?connectTimeout=2000"
  fi
  (
    export MAHARAT_DB_URL="$url"
    if [[ "${MAHARAT_CLUSTER_DB:-replicated}" == replicated ]]; then
      export MAHARAT_DB_USER=maharat MAHARAT_DB_PASSWORD=maharat-loopback
    fi
    export MAHARAT_CLUSTER_MEMBERS="$(members)" MAHARAT_NODE_NAME="node$n" MAHARAT_PROXY_TRUSTED=true
    # EclipseLink's shared cache (Account, Course... are @Cacheable) is per node: without coordination a
    # node keeps an entity another node changed and its next update fails (a trainee who signed in on
    # node1 could not sign in on node2: OptimisticLockException, found by the failover test). Payara's
    # transport sends each commit's changes to the other nodes over the data grid. EclipseLink reads these
    # as system properties, so the single-node jar is untouched.
    exec "$java" -Xmx"$heap" ${MAHARAT_CLUSTER_JVM_OPTIONS:-} \
      -Declipselink.cache.coordination.protocol=fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager \
      -Declipselink.cache.coordination.channel="$name" \
      -jar "$root/target/payara-micro.jar" \
      --disablephonehome --name "node$n" --clustername "$name" --clustermode "tcpip:$(members)" \
      --interfaces 127.0.0.1 --startport "$grid" --nohostaware \
      --rootdir "$dir/runtime" --postbootcommandfile "$root/src/main/payara/post-boot-commands.txt" \
      --addLibs "$root/target/payara-libs" --deploy "$root/target/maharat.war:/" --port "$port"
  ) >>"$dir/server.log" 2>&1 &
  echo $! >"$work/pids/node$n"
  echo "node$n: http://127.0.0.1:$port/ (pid $!, log $dir/server.log)"
}

node_wait() {
  local port=$((http_base + $1))
  for _ in $(seq 1 600); do
    pid_alive "$work/pids/node$1" || { echo "node$1 stopped while starting, see $work/node$1/server.log" >&2; exit 1; }
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" == 200 ]] && return 0
    if grep -q 'Exception while loading the app' "$work/node$1/server.log"; then
      echo "node$1 could not deploy Maharat, see $work/node$1/server.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "node$1 was not ready within 600 s" >&2
  exit 1
}

proxy_start() {
  local port="$http_base" cfg="$work/haproxy.cfg" i
  free_port "$port"
  {
    cat <<CFG
# Written by docker/cluster/run-loopback.sh
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option redispatch
    retries 2
    # Maharat reads the client's address for its rate limits from it (MAHARAT_PROXY_TRUSTED=true on the nodes).
    option forwardfor
frontend maharat
    bind 127.0.0.1:$port
    default_backend nodes
backend nodes
    balance roundrobin
    # Sticky: HAProxy prefixes Maharat's own session cookie with the node's name and strips it again,
    # so no second cookie; when that node is down, redispatch sends the trainee to another node, which
    # finds her session in the data grid.
    cookie MAHARAT_SESSION prefix nocache
    option httpchk GET /health/ready
    http-check expect status 200
    # A check answers within 3 s or fails (by default it would have 1 s, the interval): on a loaded machine a
    # live node took longer and was marked down. A killed node refuses the connection at once, so this does
    # not slow the failover.
    timeout check 3s
    default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
CFG
    for ((i = 1; i <= nodes; i++)); do
      echo "    server node$i 127.0.0.1:$((http_base + i)) check cookie n$i"
    done
  } >"$cfg"
  "$haproxy" -c -f "$cfg" >/dev/null
  "$haproxy" -f "$cfg" -db >>"$work/haproxy.log" 2>&1 &
  echo $! >"$work/pids/proxy"
  echo "proxy: http://127.0.0.1:$port/ (pid $!)"
}

stop_pid() {
  local file="$1"
  if pid_alive "$file"; then
    kill "$(cat "$file")" 2>/dev/null || true
    for _ in $(seq 1 60); do pid_alive "$file" || break; sleep 0.5; done
    pid_alive "$file" && kill -9 "$(cat "$file")" 2>/dev/null || true
  fi
  rm -f "$file"
}

mkdir -p "$work/pids"
case "${1:-}" in
  start)
    [[ -f "$root/target/maharat.war" && -f "$root/target/payara-micro.jar" ]] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
    [[ "${MAHARAT_CLUSTER_DB:-replicated}" == replicated ]] && db_up
    if [[ "${MAHARAT_CLUSTER_START_TOGETHER:-false}" == true ]]; then
      # Every node at the same instant, on an empty database too: Flyway's lock and Maharat's start-up turn
      # (platform.database.StartUpTurn) let one node migrate and run the start-up tasks while the others
      # wait. The cluster check (./mvnw -Pcluster-caches verify) starts it this way.
      for ((i = 1; i <= nodes; i++)); do node_start "$i"; done
      for ((i = 1; i <= nodes; i++)); do node_wait "$i"; done
    else
    # The first node migrates the database alone; the others start once it is ready.
    node_start 1
    node_wait 1
    for ((i = 2; i <= nodes; i++)); do node_start "$i"; done
    for ((i = 2; i <= nodes; i++)); do node_wait "$i"; done
    fi
    proxy_start
    echo "cluster ready: http://127.0.0.1:$http_base/"
    ;;
  start-node) node_start "$2"; node_wait "$2" ;;
  kill-node) kill -9 "$(cat "$work/pids/node$2")"; rm -f "$work/pids/node$2" ;;
  kill-db) kill -9 "$(cat "$work/pids/db-primary")"; rm -f "$work/pids/db-primary" ;;
  promote)
    # The replica has every acknowledged commit (semi-synchronous); it applies what it received, stops
    # following and takes writes. Connector/J's sequential URL reaches it once the primary is gone.
    sql "$replica_port" -e "STOP SLAVE; SET GLOBAL read_only=0; RESET SLAVE ALL;"
    echo "the replica on $replica_port is now the primary"
    ;;
  status)
    for f in "$work"/pids/*; do
      [[ -e "$f" ]] || continue
      printf '%-12s pid %-8s %s\n' "$(basename "$f")" "$(cat "$f")" "$(pid_alive "$f" && echo running || echo gone)"
    done
    for ((i = 1; i <= nodes; i++)); do
      printf 'node%d /health: %s\n' "$i" "$(curl -s --max-time 5 "http://127.0.0.1:$((http_base + i))/health" || echo unreachable)"
    done
    ;;
  stop)
    stop_pid "$work/pids/proxy"
    for f in "$work"/pids/node*; do [[ -e "$f" ]] && stop_pid "$f"; done
    stop_pid "$work/pids/db-replica"
    stop_pid "$work/pids/db-primary"
    ;;
  *) sed -n '2,30p' "$0"; exit 2 ;;
esac
