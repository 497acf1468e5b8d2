#!/usr/bin/env bash
# Seconds from typing `./newsroom up` to the query API answering q=Putin with the 3 sample articles.
# usage: scripts/time-first-query.sh [REPO_DIR]
#   cold: a fresh clone with MAVEN_OPTS=-Dmaven.repo.local=<empty dir> MAVEN_USER_HOME=<empty dir>
#   warm: built, with .newsroom/ removed first
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
t0=$(date +%s.%N)
./newsroom up > .newsroom-timing.out 2>&1 &
pid=$!
trap 'kill -TERM $(pgrep -f "newsroom-cli-.*-exec.jar") 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -s 'http://localhost:8080/api/articles?q=Putin' | grep -q '"total":[3-9]'; do
  kill -0 $pid 2>/dev/null || { cat .newsroom-timing.out; exit 1; }
  sleep 0.5
done
echo "first query answered after $(echo "$(date +%s.%N) - $t0" | bc) s"
