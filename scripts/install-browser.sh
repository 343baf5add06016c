#!/usr/bin/env bash
# Install Debian's Chromium and a CJK font for the browser tests of the viz pages (tests marked
# `browser`; they drive Chromium over the DevTools protocol, so no chromedriver is needed).
# Idempotent: installs only what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Without a CJK font screenshots of Chinese labels show boxes (the tests still pass; people look).
fc-list 2>/dev/null | grep -qi -E "wqy|noto sans cjk" || need+=(fonts-wqy-zenhei)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi
chromium --version 2>/dev/null || true
