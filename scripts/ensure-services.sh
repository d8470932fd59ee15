#!/usr/bin/env bash
# Makes sure the tests have what they talk to: PostgreSQL and Redis running on 127.0.0.1, and
# Debian's Chromium for the browser test. Starts what is installed but stopped; as root on
# Debian, installs what is absent; otherwise says what to install. Skips a server the caller
# points elsewhere with TEST_DATABASE_URL or TEST_REDIS_URL.
set -euo pipefail

say() { printf '[services] %s\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() {
  for _ in $(seq 1 60); do port_open "$1" && return 0; sleep 0.5; done
  return 1
}
apt_updated=
apt_install() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    say "Missing: $*. Install it (Debian/Ubuntu: sudo apt-get install -y $*) and run the tests again."
    exit 1
  fi
  if [[ -z $apt_updated ]]; then apt-get update -qq; apt_updated=1; fi
  say "Installing $* from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if [[ -n ${TEST_DATABASE_URL:-} ]]; then say "PostgreSQL: using TEST_DATABASE_URL"; return; fi
  local fresh=
  if ! command -v pg_lsclusters >/dev/null; then apt_install postgresql; fresh=1; fi
  if ! port_open 5432; then
    pg_lsclusters --no-header | while read -r version cluster _; do
      say "Starting PostgreSQL $version/$cluster"
      pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || true
    done
    wait_port 5432 || { say "PostgreSQL did not come up on 127.0.0.1:5432"; exit 1; }
  fi
  # A cluster fresh from Debian's package asks for a password on 127.0.0.1; the tests connect
  # as postgres without one. Trust loopback, on test machines only (this script runs in tests).
  if ! psql -h 127.0.0.1 -U postgres -w -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then
      for hba in /etc/postgresql/*/*/pg_hba.conf; do
        grep -q '^host all postgres 127.0.0.1/32 trust' "$hba" || sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
      done
      pg_lsclusters --no-header | while read -r version cluster _; do
        pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" reload || true
      done
      sleep 1
    fi
    psql -h 127.0.0.1 -U postgres -w -d postgres -Atqc 'SELECT 1' >/dev/null ||
      { say "Cannot connect to PostgreSQL on 127.0.0.1:5432 as postgres without a password; set TEST_DATABASE_URL"; exit 1; }
  fi
  [[ -n $fresh ]] && say "PostgreSQL installed and set up for the tests" || true
}

ensure_redis() {
  if [[ -n ${TEST_REDIS_URL:-} ]]; then say "Redis: using TEST_REDIS_URL"; return; fi
  if port_open 6379; then return; fi
  command -v redis-server >/dev/null || apt_install redis-server
  say "Starting Redis"
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  local logfile=/var/log/redis/ci.log
  [[ -w /var/log/redis ]] || logfile=/tmp/samverkan-redis.log
  local dir=/var/lib/redis
  [[ -w $dir ]] || dir=/tmp
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --maxmemory-policy noeviction --dir "$dir" --logfile "$logfile"
  wait_port 6379 || { say "Redis did not come up on 127.0.0.1:6379"; exit 1; }
}

ensure_chromium() {
  if [[ -n ${CHROMIUM_PATH:-} ]]; then return; fi
  command -v chromium >/dev/null || apt_install chromium
}

ensure_postgres
ensure_redis
ensure_chromium
say "PostgreSQL, Redis and Chromium are ready"
