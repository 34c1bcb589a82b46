#!/usr/bin/env bash
# Installs the pinned dynalite (committed package-lock.json) into $1, once per lockfile.
# Called by the Maven build; needs Node.js and npm (Debian: apt-get install nodejs npm).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:?usage: install.sh DEST_DIR}"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "signalcheck: Node.js and npm are needed for the local DynamoDB-compatible server (dynalite)." >&2
  echo "  install them, e.g. 'apt-get install -y nodejs npm', then rebuild" >&2
  exit 1
fi
mkdir -p "$dest"
if [ -f "$dest/node_modules/dynalite/cli.js" ] && cmp -s "$here/package-lock.json" "$dest/package-lock.json"; then
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$dest/"
(cd "$dest" && npm ci --no-audit --no-fund --loglevel=error)
test -f "$dest/node_modules/dynalite/cli.js"
