#!/usr/bin/env bash
# Installs PostgreSQL (Debian's package) if needed, starts a throwaway cluster on a local port and
# exports PARLEY_TEST_POSTGRES, the connection string the storage tests read. Source it:
#   source .ci/postgres.sh
# As root the cluster runs as the 'postgres' user (PostgreSQL refuses to run as root).
parley_start_postgres() (
  set -euo pipefail
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  local bin port dir
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  port=${PG_PORT:-54329}
  # Another cluster (a developer's, or an earlier run) may hold the port: take the next free one.
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  dir=$(mktemp -d /tmp/parley-pg.XXXXXX)
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_pg "$bin/initdb -D $dir/data -A trust -U postgres -E UTF8 >/dev/null"
  # fsync off: a test cluster that is thrown away; it changes speed, not behaviour.
  as_pg "$bin/pg_ctl -D $dir/data -l $dir/log -w -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off' start >/dev/null"
  as_pg "$bin/psql -h 127.0.0.1 -p $port -U postgres -qc 'CREATE DATABASE parley_test'"
  echo "$($bin/postgres --version) on 127.0.0.1:$port, data in $dir" >&2
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=parley_test"
)
# Stops the cluster PARLEY_TEST_POSTGRES points at (found by its port in the postmaster.pid of the data folders this file
# makes) and removes its files: `.ci/run` calls it on exit; call it yourself after a manual run.
parley_stop_postgres() (
  set -uo pipefail
  local bin port dir
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"${PARLEY_TEST_POSTGRES:-}")
  [ -n "$port" ] || return 0
  for dir in /tmp/parley-pg.*; do
    [ -f "$dir/data/postmaster.pid" ] && [ "$(sed -n 4p "$dir/data/postmaster.pid")" = "$port" ] || continue
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$bin/pg_ctl -D $dir/data stop -m fast >/dev/null"
    else "$bin/pg_ctl" -D "$dir/data" stop -m fast >/dev/null; fi
    rm -rf "$dir"
    echo "stopped the PostgreSQL cluster on 127.0.0.1:$port" >&2
  done
)
PARLEY_TEST_POSTGRES=$(parley_start_postgres)
export PARLEY_TEST_POSTGRES
echo "PARLEY_TEST_POSTGRES=$PARLEY_TEST_POSTGRES"
