#!/usr/bin/env bash
# Copies one context's schema (its tables, their data, its migrations and messaging tables) from
# one PostgreSQL database to another: the data move of docs/topology.md. Stop every shop process
# that hosts the context first; point the context at the new database afterwards
# (<CONTEXT>_DATABASE_URL, or DATABASE_URL of the process that hosts it).
#
#   scripts/move-context.sh <context> <from-url> <to-url>
#
# The copy is one transaction: it lands whole or not at all. The target must not have the schema
# yet. Its objects belong to the context's role, emporium_<context>, as the shop's provisioning
# expects: created without a password when missing (the shop sets it at its next start). The
# user of <to-url> must be that role, a superuser, or a user with CREATEROLE.
# pg_dump and psql come from PG_BIN when set, else from the PATH; pg_dump must be at least as new
# as the source server.
set -euo pipefail

fail() {
  echo "move-context: $*" >&2
  exit 1
}

[ $# -eq 3 ] || fail "usage: scripts/move-context.sh <context> <from-url> <to-url>"
context=$1 from=$2 to=$3
[[ $context =~ ^[a-z]+$ ]] || fail "\"$context\" is not a context name (lower-case letters)"
[ "$from" != "$to" ] || fail "<from-url> and <to-url> are the same database"
role="emporium_$context"

bin=${PG_BIN:+$PG_BIN/}
for tool in pg_dump psql; do
  command -v "$bin$tool" >/dev/null ||
    fail "$tool is needed (Debian or Ubuntu: apt-get install -y postgresql-client), or set PG_BIN to the folder that has it"
done

sql() { "${bin}psql" --no-psqlrc --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 "$@"; }

[ "$(sql "$from" -c "select count(*) from pg_namespace where nspname = '$context'")" = 1 ] ||
  fail "the source database has no schema \"$context\""
[ "$(sql "$to" -c "select count(*) from pg_namespace where nspname = '$context'")" = 0 ] ||
  fail "the target database has a schema \"$context\" already: drop it, or choose another database"

tables=$(sql "$from" -c "select count(*) from pg_tables where schemaname = '$context'")
rows() {
  sql "$1" -c "select coalesce(sum((xpath('/row/n/text()',
      query_to_xml(format('select count(*) as n from %I.%I', schemaname, tablename), false, true, '')))[1]::text::bigint), 0)
    from pg_tables where schemaname = '$context'"
}
before=$(rows "$from")

{
  cat <<SQL
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = '$role') then
    create role $role login noinherit;
  end if;
end \$\$;
SQL
  "${bin}pg_dump" --schema="$context" --no-owner --no-privileges "$from"
  cat <<SQL
alter schema $context owner to $role;
revoke all on schema $context from public;
do \$\$ declare object record; begin
  for object in select c.relname, c.relkind from pg_class c
      where c.relnamespace = '$context'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') loop
    execute format('alter %s $context.%I owner to $role',
      case object.relkind when 'S' then 'sequence' when 'v' then 'view'
        when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
      object.relname);
  end loop;
end \$\$;
SQL
} | sql --single-transaction "$to" -f - >/dev/null

after=$(rows "$to")
[ "$before" = "$after" ] || fail "the copy has $after rows where the source has $before"
echo "moved $context: $tables tables, $after rows; the source keeps its copy until you drop it (drop schema $context cascade)"
