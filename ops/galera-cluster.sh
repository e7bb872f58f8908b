#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on 127.0.0.1, for trying and testing the server on a
# replicated database (Debian's mariadb-server and galera-4). Nodes listen for clients on
# ports BASE+1, BASE+2, BASE+3 (default 4401-4403); data lives under DIR (default /tmp/guildhall-galera).
#
#   ops/galera-cluster.sh start           bootstrap node 1, join nodes 2 and 3, and start HAProxy on
#                                         127.0.0.1:BASE (default 4400) in front of them: the server's
#                                         DATABASE_URL is mysql://root@127.0.0.1:4400/<database>
#   ops/galera-cluster.sh kill N          kill node N with SIGKILL (a crash)
#   ops/galera-cluster.sh start-node N    start node N again; it rejoins and catches up (IST or SST)
#   ops/galera-cluster.sh status          cluster size and state as each running node sees it
#   ops/galera-cluster.sh stop            stop every node and remove the data
set -euo pipefail

DIR=${GALERA_DIR:-/tmp/guildhall-galera}
BASE=${GALERA_BASE_PORT:-4400}
MARIADBD=${MARIADBD:-/usr/sbin/mariadbd}
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}

client_port() { echo $((BASE + $1)); }
group_port() { echo $((BASE + 10 * $1 + 60)); }   # 4470, 4480, 4490
ist_port() { echo $((BASE + 10 * $1 + 61)); }
sst_port() { echo $((BASE + 10 * $1 + 62)); }
cluster_address() { echo "gcomm://127.0.0.1:$(group_port 1),127.0.0.1:$(group_port 2),127.0.0.1:$(group_port 3)"; }

node_config() {
  local n=$1 d="$DIR/node$1"
  mkdir -p "$d"
  cat > "$d/my.cnf" <<CNF
[mariadbd]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
port=$(client_port "$n")
bind-address=127.0.0.1
user=root
log-error=$d/error.log
skip-grant-tables
innodb-buffer-pool-size=64M
innodb-flush-log-at-trx-commit=1
binlog-format=ROW
default-storage-engine=InnoDB
innodb-autoinc-lock-mode=2
wsrep-on=ON
wsrep-provider=$PROVIDER
wsrep-cluster-name=guildhall
wsrep-cluster-address=$(cluster_address)
wsrep-node-name=node$n
wsrep-node-address=127.0.0.1:$(group_port "$n")
wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(group_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=64M"
wsrep-sst-method=rsync
wsrep-sst-receive-address=127.0.0.1:$(sst_port "$n")
CNF
  if [ "$n" = 1 ] && [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --defaults-file="$d/my.cnf" --user=root --auth-root-authentication-method=normal --skip-test-db >"$d/install.log" 2>&1
  fi
  mkdir -p "$d/data"
  chmod 755 "$DIR" "$d"
}

running() { pgrep -f -- "--defaults-file=$DIR/node$1/my.cnf" >/dev/null; }

# Waits until node N answers as a ready cluster member; fails at once if its mariadbd has exited.
wait_ready() {
  local n=$1
  for _ in $(seq 1 120); do
    if mariadb -h127.0.0.1 -P"$(client_port "$n")" -uroot -N -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | grep -q ON; then return 0; fi
    running "$n" || return 1
    sleep 0.5
  done
  return 1
}

# A node that aborts while it rejoins (a state transfer that failed) is started again, as
# Debian's mariadb.service does (Restart=on-abnormal): a joiner's second try usually succeeds.
start_node() {
  local n=$1 extra=${2:-} try seen
  node_config "$n"
  for try in 1 2 3; do
    seen=0
    [ ! -f "$DIR/node$n/error.log" ] || seen=$(wc -l < "$DIR/node$n/error.log")
    # A joiner may get its data by state transfer, which rsync's daemon writes as an unprivileged user.
    [ -n "$extra" ] || chown -R nobody:nogroup "$DIR/node$n/data"
    # shellcheck disable=SC2086
    setsid "$MARIADBD" --defaults-file="$DIR/node$n/my.cnf" $extra >/dev/null 2>&1 < /dev/null &
    sleep 0.5
    if wait_ready "$n"; then
      echo "node $n up on 127.0.0.1:$(client_port "$n")"
      return 0
    fi
    echo "node $n did not become ready (try $try); the end of $DIR/node$n/error.log:" >&2
    tail -n +"$((seen + 1))" "$DIR/node$n/error.log" | grep -E '\[(ERROR|Warning)\]|abort' | tail -15 >&2 || true
    if running "$n"; then pkill -9 -f -- "--defaults-file=$DIR/node$n/my.cnf" || true; fi
    while running "$n"; do sleep 0.1; done
    sleep 2
  done
  return 1
}

# HAProxy (Debian's package) sends every connection to node 1 while it answers, else to the
# next one up; sessions on a node marked down are cut, so clients reconnect at once.
start_proxy() {
  cat > "$DIR/haproxy.cfg" <<CFG
global
  pidfile $DIR/haproxy.pid
  maxconn 1000
defaults
  mode tcp
  timeout connect 2s
  timeout client 1h
  timeout server 1h
frontend galera
  bind 127.0.0.1:$BASE
  default_backend nodes
backend nodes
  option mysql-check user root
  default-server check inter 500 fall 2 rise 2 on-marked-down shutdown-sessions
  server node1 127.0.0.1:$(client_port 1)
  server node2 127.0.0.1:$(client_port 2) backup
  server node3 127.0.0.1:$(client_port 3) backup
CFG
  haproxy -D -f "$DIR/haproxy.cfg"
  echo "HAProxy on 127.0.0.1:$BASE"
}

case "${1:-}" in
  start)
    mkdir -p "$DIR"
    start_node 1 --wsrep-new-cluster
    start_node 2
    start_node 3
    start_proxy
    ;;
  start-node) start_node "$2" ;;
  kill)
    pid=$(cat "$DIR/node$2/mysqld.pid")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    echo "node $2 killed"
    ;;
  status)
    for n in 1 2 3; do
      printf 'node %s: ' "$n"
      mariadb -h127.0.0.1 -P"$(client_port "$n")" -uroot -N -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE','WSREP_LOCAL_STATE_COMMENT') ORDER BY VARIABLE_NAME" 2>/dev/null | paste -sd ' ' || echo down
    done
    ;;
  stop)
    if [ -f "$DIR/haproxy.pid" ]; then kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true; fi
    for n in 1 2 3; do
      if [ -f "$DIR/node$n/mysqld.pid" ]; then kill -9 "$(cat "$DIR/node$n/mysqld.pid")" 2>/dev/null || true; fi
    done
    rm -rf "$DIR"
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
