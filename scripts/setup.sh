#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for Passform: the system libraries it links (libxml2, SQLite, zlib,
# and tcmalloc from libgoogle-perftools-dev, the command's allocator) and pdftotext (poppler-utils) for reading
# PDF CVs. Swift 6.3 itself must already be installed.
set -euo pipefail
packages=(libsqlite3-dev libxml2-dev zlib1g-dev libgoogle-perftools-dev poppler-utils pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
command -v swift >/dev/null || { echo "setup: Swift 6.3 is not on PATH; install it from swift.org first" >&2; exit 1; }
