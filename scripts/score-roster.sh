#!/usr/bin/env bash
# Scores a roster grid against a benchmark instance: feasibility, every hard violation, the penalty.
# usage: scripts/score-roster.sh INSTANCE_FILE ROSTER_GRID
set -euo pipefail
cd "$(dirname "$0")/.."
instance=$(realpath "$1")
grid=$(realpath "$2")
source scripts/benchmark-classpath.sh
java -Dlogback.configurationFile=scripts/benchmark-logback.xml -cp "$BENCHMARK_CLASSPATH" org.permanence.benchmark.ScoreRosterCommand "$instance" "$grid"
