#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests, on 127.0.0.1 in a temporary folder.
#
# Sourced by scripts/test.sh:
#   source scripts/pg-test-server.sh; pg_test_server_start; trap pg_test_server_stop EXIT
# which exports PROBEMATRIX_TEST_PG_URL=postgresql://pmtest@127.0.0.1:PORT/postgres
# (a superuser; the tests create and drop their own databases through it).
#
# Or run directly, to wrap one command:
#   scripts/pg-test-server.sh run ctest --test-dir build -R test_store
#
# It never uses the cluster the Debian package may have started on 5432: its own data
# folder, its own free port, its own socket folder. Authentication is `trust`, but only
# for 127.0.0.1 and the private socket folder, and the server is gone when the tests end.

_pg_test_bindir() {
  local dir best=""
  for dir in /usr/lib/postgresql/*/bin; do
    if [ ! -x "$dir/initdb" ] || [ ! -x "$dir/pg_ctl" ]; then continue; fi
    # Highest major version wins (sort -V on the version folder).
    best="$(printf '%s\n%s\n' "$best" "$dir" | sed '/^$/d' | sort -V | tail -n1)"
  done
  if [ -z "$best" ] && command -v initdb >/dev/null 2>&1; then
    best="$(dirname "$(command -v initdb)")"
  fi
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

# Runs a PostgreSQL program as the server's owner: the `postgres` OS user when we are root
# (PostgreSQL refuses to run as root), ourselves otherwise.
_pg_test_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

_pg_test_port_is_free() {
  # Nothing answers on the port: bash's /dev/tcp connect fails.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Where the server's files go: memory (/dev/shm) when there is room, because on a busy
# disk copying or creating the 40 MB cluster takes seconds instead of a tenth of one.
# Containers often have a 64 MB /dev/shm, too small for a cluster, its template and the
# server's own shared memory: then the disk.
_pg_test_scratch() {
  local free_kb
  free_kb="$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $4}')"
  if [ -n "${PROBEMATRIX_PG_TEST_TMPDIR:-}" ]; then
    printf '%s\n' "$PROBEMATRIX_PG_TEST_TMPDIR"
  elif [ -d /dev/shm ] && [ -w /dev/shm ] && [ "${free_kb:-0}" -ge 262144 ]; then
    printf '%s\n' /dev/shm
  else
    printf '%s\n' "${TMPDIR:-/tmp}"
  fi
}

_pg_test_initdb() { # bindir datadir log
  _pg_test_as_owner "$1/initdb" -D "$2" -U pmtest -A trust -E UTF8 --locale=C --no-sync >"$3" 2>&1
}

# Fills `datadir` with a fresh cluster: a copy of the cached template for this PostgreSQL
# version when there is one; otherwise initdb, and the result becomes the template.
_pg_test_make_cluster() { # bindir datadir
  local bindir="$1" datadir="$2" version cache template staging
  version="$("$bindir/pg_ctl" --version | awk '{print $3}')"
  cache="$(_pg_test_scratch)"
  template="$cache/probematrix-pg-template-$(id -u)-$version"
  if [ -f "$template/PG_VERSION" ] && cp -a "$template" "$datadir" 2>/dev/null; then
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$datadir"
    return 0
  fi
  rm -rf "$datadir"
  if ! _pg_test_initdb "$bindir" "$datadir" "$PG_TEST_DIR/initdb.log"; then
    echo "pg-test-server: initdb failed:" >&2
    cat "$PG_TEST_DIR/initdb.log" >&2
    return 1
  fi
  # Keeping the template is an optimisation only: any failure here is ignored.
  if staging="$(mktemp -d "$template.XXXXXX" 2>/dev/null)"; then
    # Renaming is atomic: a concurrent run sees the whole template or none.
    cp -a "$datadir" "$staging/data" 2>/dev/null && mv -T "$staging/data" "$template" 2>/dev/null
    rm -rf "$staging"
  fi
  return 0
}

# A CA, a server certificate it signs (CN localhost, SAN localhost and 127.0.0.1) and an
# unrelated second CA, in `dir`. The server's key must belong to the server's owner, mode 600.
_pg_test_make_tls() { # dir
  local dir="$1"
  mkdir -p "$dir" || return 1
  (
    cd "$dir" || exit 1
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ProbeMatrix test CA" \
      -keyout ca.key -out ca.crt >/dev/null 2>&1 &&
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Another CA" \
      -keyout other-ca.key -out other-ca.crt >/dev/null 2>&1 &&
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr >/dev/null 2>&1 &&
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >server.ext &&
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
      -extfile server.ext -out server.crt >/dev/null 2>&1 &&
    chmod 600 server.key && chmod 644 ca.crt other-ca.crt server.crt
  ) || return 1
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$dir" || return 1; fi
  return 0
}

pg_test_server_start() {
  local bindir
  if ! bindir="$(_pg_test_bindir)"; then
    echo "pg-test-server: no PostgreSQL server binaries found (install the postgresql package: scripts/setup.sh does)" >&2
    return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pg-test-server: running as root but there is no 'postgres' OS user to run the server" >&2
    return 1
  fi

  PG_TEST_DIR="$(mktemp -d "$(_pg_test_scratch)/probematrix-pg.XXXXXX")"
  export PG_TEST_DIR
  chmod 700 "$PG_TEST_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_TEST_DIR"

  # A cluster made by initdb once is kept as a template (initdb costs seconds, a copy
  # about a tenth of one); --no-sync and fsync=off because a test server that vanishes
  # afterwards needs no durability.
  if ! _pg_test_make_cluster "$bindir" "$PG_TEST_DIR/data"; then
    pg_test_server_stop
    return 1
  fi

  # TLS (issue 15): a throw-away CA and a server certificate for localhost and 127.0.0.1, so
  # that the tests can connect with sslmode=verify-full (and see it refused with another CA).
  local tls="$PG_TEST_DIR/tls" ssl_opts=""
  if command -v openssl >/dev/null 2>&1 && _pg_test_make_tls "$tls"; then
    ssl_opts="-c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key"
    PROBEMATRIX_TEST_PG_CA="$tls/ca.crt"
    PROBEMATRIX_TEST_PG_OTHER_CA="$tls/other-ca.crt"
    export PROBEMATRIX_TEST_PG_CA PROBEMATRIX_TEST_PG_OTHER_CA
  else
    echo "pg-test-server: no TLS (openssl missing or failed); the TLS tests will be skipped" >&2
  fi

  local attempt port started=""
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 30000))
    _pg_test_port_is_free "$port" || continue
    if _pg_test_as_owner "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 30 \
          -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $ssl_opts" \
          start >/dev/null 2>&1; then
      started=1
      break
    fi
  done
  if [ -z "$started" ]; then
    echo "pg-test-server: the server did not start (attempt $attempt); its log:" >&2
    cat "$PG_TEST_DIR/server.log" >&2 2>/dev/null
    pg_test_server_stop
    return 1
  fi

  PG_TEST_BINDIR="$bindir"
  PG_TEST_PORT="$port"
  PROBEMATRIX_TEST_PG_URL="postgresql://pmtest@127.0.0.1:$port/postgres"
  export PG_TEST_BINDIR PG_TEST_PORT PROBEMATRIX_TEST_PG_URL
  echo "pg-test-server: PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_TEST_DIR)" >&2
}

pg_test_server_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ]; then
    if [ -n "${PG_TEST_BINDIR:-}" ] && [ -f "$PG_TEST_DIR/data/postmaster.pid" ]; then
      _pg_test_as_owner "$PG_TEST_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TEST_DIR"
  fi
  unset PG_TEST_DIR PG_TEST_PORT PROBEMATRIX_TEST_PG_URL PROBEMATRIX_TEST_PG_CA PROBEMATRIX_TEST_PG_OTHER_CA
}

# Executed rather than sourced: `pg-test-server.sh run COMMAND...` wraps one command.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  if [ "${1:-}" != "run" ] || [ $# -lt 2 ]; then
    echo "usage: $0 run COMMAND [ARGS...]   (or source it and call pg_test_server_start)" >&2
    exit 2
  fi
  shift
  pg_test_server_start
  trap pg_test_server_stop EXIT
  "$@"
fi
