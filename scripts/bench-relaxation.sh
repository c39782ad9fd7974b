#!/usr/bin/env bash
# Times column generation's first relaxation on benchmark instances, from the pattern construction's rota (the same
# on every run): one row per instance with the linear programme's and the pricing's share of the time.
# usage: scripts/bench-relaxation.sh [--seconds N] [INSTANCE...]
#        default: the instances the phase runs on at 60 s (1-12, 14, 16-18), at most 60 s each.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/benchmark-classpath.sh
# The parallel collector: more moves a second than the default G1 on 2 cores (docs/benchmarks.md).
exec java -XX:+UseParallelGC -Xmx3g -Dlogback.configurationFile=scripts/benchmark-logback.xml -cp "$BENCHMARK_CLASSPATH" org.permanence.benchmark.RelaxationBenchCommand "$@"
