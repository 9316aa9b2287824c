#!/usr/bin/env bash
# Installs the system libraries kehoach-lint links (Debian): libxml2 and libcmark-gfm with its
# extensions. Does nothing when they are already there.
set -euo pipefail
missing=()
for package in libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
