#!/usr/bin/env bash
# Compares solver configurations with Timefold's PlannerBenchmark on a subset of the shift scheduling instances
# and writes the HTML report under target/benchmarks/shift-scheduling/<timestamp>/index.html.
# usage: scripts/benchmark-solver-configs.sh [BENCHMARK_XML]   (default solver-config/benchmark-shift-scheduling.xml)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/benchmark-classpath.sh
# The parallel collector: more moves a second than the default G1 on 2 cores (docs/benchmarks.md).
exec java -XX:+UseParallelGC -Xmx1500m -Dlogback.configurationFile=scripts/benchmark-logback.xml -Dtimefold.log.level=WARN \
  -cp "$BENCHMARK_CLASSPATH" org.permanence.benchmark.SolverConfigBenchmarkCommand "$@"
