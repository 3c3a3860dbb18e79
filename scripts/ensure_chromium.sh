#!/usr/bin/env bash
# Install Debian's chromium (the dashboard's browser tests drive it with Playwright) when it is missing.
# Playwright never downloads a browser here. In CI (CI=true) a browser that cannot be installed is a
# failure; elsewhere the browser tests skip and say why.
set -euo pipefail
CHROMIUM="${SITROOM_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
fi
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || [ -n "$SUDO" ]; }; then
  echo "installing chromium (apt-get) for the browser tests" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "chromium is not installed at $CHROMIUM and could not be installed (needs apt-get as root)" >&2
  if [ "${CI:-}" = "true" ]; then
    exit 1
  fi
  echo "the dashboard's browser tests will skip" >&2
fi
