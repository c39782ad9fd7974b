# Sourced by the benchmark scripts: compiles the project if needed and sets BENCHMARK_CLASSPATH.
if [ ! -f target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt >&2
fi
./mvnw -B -q compile >&2
BENCHMARK_CLASSPATH="target/classes:$(cat target/classpath.txt)"
export BENCHMARK_CLASSPATH
