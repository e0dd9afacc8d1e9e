#!/usr/bin/env bash
# What `npm start` and `npm test` run first, so that a fresh clone needs no other command:
# the Debian packages Fengong uses (scripts/install-system-packages.sh — as root, or through
# sudo; otherwise the list of what to install) and the npm dependencies, installed with
# `npm ci` when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then
  bash scripts/install-system-packages.sh
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo bash scripts/install-system-packages.sh
else
  bash scripts/install-system-packages.sh --check || {
    echo "fengong: install the packages above (as root: bash scripts/install-system-packages.sh), then run the command again" >&2
    exit 1
  }
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "npm dependencies: installing (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
