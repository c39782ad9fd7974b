package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BestKnownValuesTest {

    @Test
    void knowsEveryInstanceAndTheGapToIt() {
        BestKnownValues bestKnown = BestKnownValues.load();

        assertThat(bestKnown.of("Instance1")).hasValue(607);
        assertThat(bestKnown.of("Instance24")).hasValue(40439);
        assertThat(bestKnown.of("Instance25")).isEmpty();
        assertThat(BestKnownValues.gapPercent(1100, 1000)).isEqualTo(10.0);
    }
}
