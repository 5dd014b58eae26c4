#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 and makes the role and database the PostgreSQL test runs
# use; safe to run again. Needs root (or the postgres user). Prints the URL on its last line.
# The role needs CREATEDB: the migration runner creates and drops its own shadow database and
# the suites make a fresh database per run.
set -euo pipefail
role=${KIOKU_PG_ROLE:-kioku}
password=${KIOKU_PG_PASSWORD:-kioku}
database=${KIOKU_PG_DATABASE:-kioku}

pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi; }
as_postgres psql -v ON_ERROR_STOP=1 -qtA -d postgres >/dev/null <<SQL
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', '$role', '$password')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') \gexec
ALTER ROLE "$role" LOGIN CREATEDB PASSWORD '$password';
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LC_COLLATE %L LC_CTYPE %L', '$database', '$role', 'UTF8', 'C', 'C')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database') \gexec
SQL
echo "postgresql://$role:$password@127.0.0.1:5432/$database"
