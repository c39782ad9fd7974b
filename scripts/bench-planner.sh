#!/usr/bin/env bash
# Times the pattern planner alone (construction plans over the whole period, then random four-week re-plans) on the
# same work every run: one row per instance, the best of the repeats, in processor milliseconds per plan.
# usage: scripts/bench-planner.sh [--windows N] [--repeats N] [INSTANCE...]
#        default: instances 13 and 20-24 (where planning bounds the search), 3 000 windows, 3 repeats.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/benchmark-classpath.sh
exec java -XX:+UseParallelGC -Xmx3g -Dlogback.configurationFile=scripts/benchmark-logback.xml -cp "$BENCHMARK_CLASSPATH" org.permanence.benchmark.PlannerBenchCommand "$@"
