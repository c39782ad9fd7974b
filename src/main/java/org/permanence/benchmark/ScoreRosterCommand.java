package org.permanence.benchmark;

import java.nio.file.Path;

/**
 * {@code scripts/score-roster.sh INSTANCE_FILE ROSTER_GRID}: prints whether the roster is feasible, each hard
 * violation in plain words and the benchmark penalty. Exits with 1 when the roster is infeasible.
 */
public final class ScoreRosterCommand {

    private ScoreRosterCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: score-roster.sh INSTANCE_FILE ROSTER_GRID");
            System.exit(2);
        }
        Instance instance = InstanceReader.read(Path.of(args[0]));
        Roster roster = RosterGrid.read(instance, Path.of(args[1]));
        Evaluation evaluation = new RosterEvaluator(instance).evaluate(roster);
        System.out.println(instance.name() + ": " + (evaluation.feasible() ? "feasible"
                : "INFEASIBLE, " + evaluation.hardViolations().size() + " hard violation(s)"));
        evaluation.hardViolations().forEach(violation -> System.out.println("  hard: " + violation.describe()));
        System.out.println("penalty " + evaluation.penalty() + " (shift-on requests "
                + evaluation.shiftOnRequestPenalty() + ", shift-off requests " + evaluation.shiftOffRequestPenalty()
                + ", under cover " + evaluation.underCoverPenalty() + ", over cover "
                + evaluation.overCoverPenalty() + ")");
        System.exit(evaluation.feasible() ? 0 : 1);
    }
}
