#!/usr/bin/env bash
# Runs every Polku test: unit, integration on SQLite and PostgreSQL, and browser tests in Chromium.
# Sets up what it needs on a fresh machine and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

say() { echo "test.sh: $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_updated=
apt_install() {
    [ -n "$apt_updated" ] || { as_root apt-get update -qq >/dev/null && apt_updated=1; }
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Chromium for the browser tests (Debian's package; Playwright never downloads a browser here).
export POLKU_CHROMIUM=${POLKU_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$POLKU_CHROMIUM" ]; then
    say "installing Chromium (apt-get install chromium)"
    apt_install chromium || { say "Chromium is missing: run 'sudo apt-get install chromium' and try again"; exit 1; }
fi

# A throwaway PostgreSQL 15 on a free loopback port, stopped and removed on exit.
pgbin=${POLKU_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pgbin/initdb" ]; then
    say "installing PostgreSQL 15 (apt-get install postgresql-15)"
    apt_install postgresql-15 || { say "PostgreSQL 15 is missing: run 'sudo apt-get install postgresql-15'"; exit 1; }
fi
pgdir=$(mktemp -d /tmp/polku-pg.XXXXXX)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: use an unprivileged system user.
    id polkutest >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin polkutest
    chown polkutest "$pgdir"
    run_pg() { runuser -u polkutest -- "$@"; }
fi
stop_pg() { run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
run_pg "$pgbin/initdb" -D "$pgdir/data" -U polku --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
    || { cat "$pgdir/initdb.log"; say "initdb failed"; exit 1; }
run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$pgdir/server.log"; say "PostgreSQL did not start"; exit 1; }
export POLKU_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=polku;Database=postgres"
say "PostgreSQL 15 on 127.0.0.1:$pgport"

say "building"
if ! dotnet build Polku.slnx -nologo -v quiet -clp:ErrorsOnly; then
    echo "0 passed, 1 failed"
    exit 1
fi

status=0
for project in tests/Polku.Domain.Tests tests/Polku.Web.Tests tests/Polku.Browser.Tests; do
    name=$(basename "$project")
    say "running $name"
    dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=1
    [ -f "$results/$name.trx" ] || { say "$name produced no results"; echo "<Counters total=\"1\" executed=\"1\" passed=\"0\" failed=\"1\" />" > "$results/$name.trx"; }
done

# Sum the counters of every run: "N passed, N failed".
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import glob, re, sys
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(path, encoding="utf-8-sig").read()
    m = re.search(r'<Counters[^>]*', text)
    attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(0))) if m else {}
    p += int(attrs.get("passed", 0))
    f += int(attrs.get("failed", 0)) + int(attrs.get("error", 0)) + int(attrs.get("timeout", 0)) + int(attrs.get("aborted", 0))
    s += int(attrs.get("notExecuted", 0))
print(p, f, s)
PY
)
[ "$failed" -gt 0 ] && status=1
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit $status
