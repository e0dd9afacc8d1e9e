#!/usr/bin/env bash
# Installs the Debian packages Fengong needs beside Node 20: Java 17 and Maven for the local
# Neo4j, Debian's chromium for the browser tests and exports, and Noto CJK so that Chinese
# labels render. Installs only what is missing; run as root (or with sudo).
# With --check it installs nothing and lists what is missing (exit status 1 when anything is).
set -euo pipefail
check_only=false
[ "${1:-}" = "--check" ] && check_only=true

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
if $check_only; then
  echo "system packages missing: ${missing[*]}"
  exit 1
fi
echo "system packages: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
