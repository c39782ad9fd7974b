#!/usr/bin/env bash
# Prints what the contracts of each benchmark instance allow against what its cover asks for (weekend shifts,
# minutes, shifts per type) and the lower bound on the penalty that follows, next to the best-known value.
# usage: scripts/instance-capacity.sh [INSTANCE...]   (default: all 24; a number, a name or a path)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/benchmark-classpath.sh
java -Dlogback.configurationFile=scripts/benchmark-logback.xml -cp "$BENCHMARK_CLASSPATH" org.permanence.benchmark.CapacityBoundsCommand "$@"
