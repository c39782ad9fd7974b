package org.permanence.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** The best-known objective value (upper bound) of every benchmark instance, from README §5. */
public final class BestKnownValues {

    private static final String RESOURCE = "/benchmark/best-known.csv";

    private final Map<String, Long> bestKnownByInstance;

    private BestKnownValues(Map<String, Long> bestKnownByInstance) {
        this.bestKnownByInstance = Map.copyOf(bestKnownByInstance);
    }

    public static BestKnownValues load() {
        try (InputStream stream = BestKnownValues.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            Map<String, Long> values = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.US_ASCII)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] fields = line.split(",");
                        values.put(fields[0].strip(), Long.parseLong(fields[1].strip()));
                    });
            return new BestKnownValues(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OptionalLong of(String instanceName) {
        Long value = bestKnownByInstance.get(instanceName);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** Relative gap in percent of a penalty above the best-known value. */
    public static double gapPercent(long penalty, long bestKnown) {
        return bestKnown == 0 ? (penalty == 0 ? 0 : Double.POSITIVE_INFINITY) : 100.0 * (penalty - bestKnown) / bestKnown;
    }
}
