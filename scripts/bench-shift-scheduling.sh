#!/usr/bin/env bash
# Solves the Curtois & Qu shift scheduling instances with the product's solver and prints one row per instance:
#   instance feasible penalty best_known gap_pct seconds_to_feasible moves_per_second
# (moves_per_second: moves evaluated a second by the instance's searches together, how fast the machine ran), then
# the mean gap. Default: all 24 instances, 60 s each, the product model and constraints with the phases of
# solver-config/shift-scheduling-solver.xml (pass --config solver-config/rota-solver.xml for the helpline phases).
# usage: scripts/bench-shift-scheduling.sh [--seconds N] [--seed N] [--searches N] [--out DIR] [--config SOLVER_XML]
#                                          [INSTANCE...]
#        --seed sets the local search's random seed (the construction is always the same), to compare over runs.
#        --searches runs that many searches at once on each small or mid-sized instance (one on 13 and 20-24,
#        where more than one lets a second thread plan the search's re-plans),
#        seeds N, N+1, ..., and keeps the best roster (default: one per processor; the 60 s tables of
#        docs/benchmarks.md are measured on 2 cores).
#        BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=run.jfr to profile).
#        INSTANCE is a number (7), a name (Instance7) or a path to an instance file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/benchmark-classpath.sh
# The parallel collector: more moves a second than the default G1 on 2 cores (docs/benchmarks.md).
exec java -XX:+UseParallelGC -Xmx3g ${BENCH_JAVA_OPTS:-} -Dlogback.configurationFile=scripts/benchmark-logback.xml -cp "$BENCHMARK_CLASSPATH" org.permanence.benchmark.ShiftSchedulingBenchCommand "$@"
