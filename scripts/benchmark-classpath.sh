# Sourced by the benchmark scripts: compiles the project if needed and sets BENCHMARK_CLASSPATH.
# One Maven run at a time: two benchmarks started together (to compare two variants on the same machine) would
# otherwise rewrite target/ under each other.
mkdir -p target
if [ ! -f target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  flock target/.compile.lock ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt >&2
fi
flock target/.compile.lock ./mvnw -B -q compile >&2
BENCHMARK_CLASSPATH="target/classes:$(cat target/classpath.txt)"
export BENCHMARK_CLASSPATH
