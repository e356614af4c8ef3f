#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser is ever downloaded).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
else
  echo "The browser tests need Debian's chromium: run 'sudo apt-get install -y chromium' first." >&2
  exit 1
fi
