#!/usr/bin/env bash
# Solves synthetic helplines (default 60, 150 and 500 staff, one month, 30-minute demand) with a fixed time budget
# and prints: staff, shifts, time to 0 hard, final score, coverage %, score calculation speed.
# Usage: scripts/bench-rota.sh [--seconds N] [STAFF...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.permanence.rota.bench.RotaBenchmark "$@"
