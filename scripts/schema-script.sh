#!/usr/bin/env bash
# Prints what the current EF model adds to the existing migration scripts of one provider: the draft
# of the next migration script (pass --all=true as a second argument for the whole CREATE script).
#   scripts/schema-script.sh Sqlite|Postgres [--all=true] > file.sql
# A new migration's script is the difference between this output and the schema the earlier
# migrations build; the drift tests (tests/Cims.Web.Tests/Data) fail until they match.
set -euo pipefail
provider=${1:?usage: scripts/schema-script.sh Sqlite|Postgres}
cd "$(dirname "$0")/.."
dotnet build src/Cims.Web -v q -nologo >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet src/Cims.Web/bin/Debug/net10.0/Cims.Web.dll schema-script \
  --Cims:LogToFile=false --Cims:DataFolder="$tmp" --Database:Provider="$provider" \
  "--ConnectionStrings:Cims=$([ "$provider" = Postgres ] && echo 'Host=127.0.0.1;Database=schema' || echo "Data Source=$tmp/schema.db")"  "${@:2}"
