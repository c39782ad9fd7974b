#!/usr/bin/env bash
# Times payroll classification and both exports on 1 000 generated employees x one month, under a 512 MB heap.
# Usage: scripts/bench-payroll.sh [employees] [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-payroll.classpath
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-payroll.classpath)" \
    org.permanence.payroll.PayrollBench "$@"
