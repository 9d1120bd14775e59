#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, and the PDF tests read what it prints with poppler-utils
# (pdfinfo, pdftotext, pdftohtml). Install what is missing when we can; otherwise say how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing what the browser and PDF tests need (apt-get install ${missing[*]})..."
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ ! -x "$browser" ]; then
    echo "Chromium was installed at /usr/bin/chromium, but CHROMIUM_PATH is $browser, where there is none. Unset CHROMIUM_PATH or point it at a Chromium." >&2
    exit 1
  fi
  exit 0
fi
for package in "${missing[@]}"; do
  case "$package" in
    chromium)
      echo "The browser tests need Debian's Chromium at $browser. Install it with: sudo apt-get install -y chromium" >&2
      echo "(or set CHROMIUM_PATH to another Chromium)." >&2
      ;;
    poppler-utils)
      echo "The PDF tests read PDFs with pdfinfo and pdftotext, which are not installed. Install them with: sudo apt-get install -y poppler-utils" >&2
      ;;
  esac
done
exit 1
