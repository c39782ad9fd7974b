package org.permanence.rota.solver;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PredecessorGroupsTest {

    /** Early (0), day (1), late (2) and night (3) shifts: each forbids every earlier one on the next day. */
    private static final boolean[][] LATER_FORBIDS_EARLIER = {
            {false, false, false, false},
            {true, false, false, false},
            {true, true, false, false},
            {true, true, true, false},
    };

    @Test
    void whenLaterShiftsForbidEarlierOnesEachGroupAddsOnlyWhatThePreviousLacks() {
        PredecessorGroups groups = PredecessorGroups.of(LATER_FORBIDS_EARLIER);

        assertThat(groups.added()).isDeepEqualTo(new int[][] {{0}, {1}, {2}, {3}});
        assertThat(groups.extendsPrevious()).containsExactly(false, true, true, true);
        assertThat(groups.groupOf()).containsExactly(0, 1, 2, 3);
        assertThat(predecessorsOf(groups, 2)).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void classesWithTheSamePredecessorsShareAGroup() {
        boolean[][] forbidden = {
                {false, false, false},
                {false, false, false},
                {true, true, false},
        };

        PredecessorGroups groups = PredecessorGroups.of(forbidden);

        assertThat(groups.added()).hasNumberOfRows(2);
        assertThat(groups.groupOf()[0]).isEqualTo(groups.groupOf()[1]);
        assertThat(predecessorsOf(groups, 0)).containsExactlyInAnyOrder(0, 1);
        assertThat(predecessorsOf(groups, 2)).containsExactlyInAnyOrder(0, 1, 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyClassGetsExactlyThePredecessorsItAllowsNestedOrNot(int seed) {
        Random random = new Random(seed);
        int classCount = 1 + random.nextInt(12);
        boolean[][] forbidden = new boolean[classCount][classCount];
        for (boolean[] row : forbidden) {
            for (int next = 0; next < classCount; next++) {
                row[next] = random.nextInt(3) == 0;
            }
        }

        PredecessorGroups groups = PredecessorGroups.of(forbidden);

        for (int next = 0; next < classCount; next++) {
            Set<Integer> allowed = new HashSet<>();
            for (int before = 0; before < classCount; before++) {
                if (!forbidden[before][next]) {
                    allowed.add(before);
                }
            }
            assertThat(predecessorsOf(groups, next)).as("class %d of %d", next, classCount)
                    .containsExactlyInAnyOrderElementsOf(allowed);
        }
    }

    /** The classes the planner sees before class {@code next}: its group's, and the groups' it extends. */
    private static Set<Integer> predecessorsOf(PredecessorGroups groups, int next) {
        Set<Integer> classes = new HashSet<>();
        int group = groups.groupOf()[next];
        while (true) {
            for (int shiftClass : groups.added()[group]) {
                assertThat(classes.add(shiftClass)).as("class %d added twice", shiftClass).isTrue();
            }
            if (!groups.extendsPrevious()[group]) {
                return classes;
            }
            group--;
        }
    }
}
