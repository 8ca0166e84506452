#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on loopback for the store tests and prints its URL.
# Usage: .ci/postgres.sh [PORT]   (installs Debian's postgresql when the server binaries are missing)
set -euo pipefail
port="${1:-54329}"
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/pg_ctl" ]; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
dir=/tmp/claimtrail-pg-$port
if ! runuser -u postgres -- "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  rm -rf "$dir"
  mkdir -p "$dir"
  chown postgres:postgres "$dir"
  runuser -u postgres -- "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off" start >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"
