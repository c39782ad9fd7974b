package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The classes of shift that may precede each class, grouped: classes with the same allowed predecessors share a
 * group, and the groups are ordered by size so that, where one group's predecessors include the previous group's
 * (as they all do when later shifts forbid earlier ones on the next day, as in every benchmark instance), it adds
 * only the classes the previous one lacks. The pattern planner then finds the best predecessor of every class in one
 * pass over the classes instead of one scan per class whose overall best predecessor is forbidden.
 *
 * @param groupOf         the group of each class
 * @param added           per group, its predecessor classes not already in the previous group when it extends it, or
 *                        all of them
 * @param extendsPrevious per group, whether its predecessors include all of the previous group's
 */
record PredecessorGroups(int[] groupOf, int[][] added, boolean[] extendsPrevious) {

    /** @param forbidden {@code forbidden[a][b]}: a shift of class b may not follow one of class a on the next day */
    static PredecessorGroups of(boolean[][] forbidden) {
        int classCount = forbidden.length;
        List<BitSet> distinct = new ArrayList<>();
        BitSet[] allowedBefore = new BitSet[classCount];
        for (int next = 0; next < classCount; next++) {
            BitSet allowed = new BitSet(classCount);
            for (int before = 0; before < classCount; before++) {
                allowed.set(before, !forbidden[before][next]);
            }
            allowedBefore[next] = allowed;
            if (!distinct.contains(allowed)) {
                distinct.add(allowed);
            }
        }
        distinct.sort(Comparator.comparingInt(BitSet::cardinality));
        int[] groupOf = new int[classCount];
        for (int next = 0; next < classCount; next++) {
            groupOf[next] = distinct.indexOf(allowedBefore[next]);
        }
        int[][] added = new int[distinct.size()][];
        boolean[] extendsPrevious = new boolean[distinct.size()];
        for (int group = 0; group < distinct.size(); group++) {
            BitSet members = (BitSet) distinct.get(group).clone();
            if (group > 0) {
                BitSet outsidePrevious = (BitSet) distinct.get(group - 1).clone();
                outsidePrevious.andNot(members);
                if (outsidePrevious.isEmpty()) {
                    extendsPrevious[group] = true;
                    members.andNot(distinct.get(group - 1));
                }
            }
            added[group] = members.stream().toArray();
        }
        return new PredecessorGroups(groupOf, added, extendsPrevious);
    }
}
