#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when missing and we can; otherwise say how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the browser tests (apt-get install chromium)..."
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Debian's Chromium at $browser. Install it with: sudo apt-get install -y chromium" >&2
echo "(or set CHROMIUM_PATH to another Chromium)." >&2
exit 1
