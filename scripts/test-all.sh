#!/usr/bin/env bash
# Everything the test suite needs, then every test: type check, lint, unit and integration
# tests (vitest on a real embedded PostgreSQL), a production build and the Playwright e2e
# suite in Debian's Chromium. Used by `npm run test:all` and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || need_apt+=(python3-icalendar)
/usr/bin/python3 -c 'import vobject' 2>/dev/null || need_apt+=(python3-vobject)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v jing >/dev/null || need_apt+=(jing)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing from Debian: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "== typecheck"; npm run -s typecheck
echo "== lint"; npm run -s lint
echo "== import cycles"; npm run -s check:cycles
echo "== copy-paste (clone count at most the level in scripts/duplicates-level.json)"; npm run -s check:duplicates
echo "== unit and integration tests"; npm test
echo "== run command (npm run dev on a fresh data folder)"; npx tsx scripts/smoke-run.ts
echo "== production build"; npm run -s build
echo "== end-to-end tests"; E2E_SKIP_BUILD=1 npm run -s test:e2e
