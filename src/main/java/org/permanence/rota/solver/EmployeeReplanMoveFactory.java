package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;

/**
 * Random {@link EmployeeReplanMove}s: over a window of one to five weeks (or from there to the last day), one to three
 * (custom property {@value #MOST_EMPLOYEES_RE_PLANNED}) random employees are taken off and re-planned by
 * {@link EmployeePatternPlanner} one after the other, each against everyone as they then stand; the days around the
 * window stay and bound the patterns. With two or three, one can take a shift another then gives up, a hand-over no
 * single re-plan makes when the shift is already covered. Half the moves (custom property {@value #AIMED_PERCENT})
 * aim: their window holds a day with a cell short of people, their first employee may work it (after exchanging
 * shifts with people who have minutes to spare, if they lack the minutes), and each next one may work a shift the one
 * before gave up and left short (a hand-over chain), which helps most on the large benchmark instances
 * (docs/benchmarks.md). On a Saturday or Sunday, custom property {@value #HALF_WEEKEND_PERCENT} of them start with
 * someone who works the other day of that weekend: the shift costs them no weekend more; custom property
 * {@value #AIMED_CELL_BONUS_PERCENT} makes the cell aimed at worth more to the first. Each move costs a few
 * dynamic programmes, about a hundred times a cell change; with custom property {@value #BACKGROUND_PLANNERS},
 * threads of their own plan them while the solver evaluates moves.
 */
public class EmployeeReplanMoveFactory implements MoveIteratorFactory<RotaPlan, EmployeeReplanMove> {

    private static final int SHORTEST_WINDOW_DAYS = 7;
    private static final int LONGEST_WINDOW_DAYS = 35;
    /** An aimed re-plan looks for a cell short of people on this many random days before falling back to chance. */
    private static final int DAYS_TRIED_FOR_UNDERSTAFFING = 8;
    /**
     * A hand-over chain re-plans up to this many employees by default (custom property
     * {@value #LONGEST_HAND_OVER_CHAIN}), even where random re-plans take one at a time: it only goes on while a shift
     * given up is missed, and at 30 s it took instance 24 from a mean gap of 144 to 131 % and 23 from 93 to 83 %
     * (docs/benchmarks.md).
     */
    private static final int DEFAULT_LONGEST_HAND_OVER_CHAIN = 3;
    /** The move selector's custom property that sets how many employees a hand-over chain re-plans at most. */
    public static final String LONGEST_HAND_OVER_CHAIN = "longestHandOverChain";
    /** The move selector's custom property that sets how many employees one move re-plans at most. */
    public static final String MOST_EMPLOYEES_RE_PLANNED = "mostEmployeesRePlanned";
    /** The move selector's custom property that sets the percentage of re-plans aimed at a cell short of people. */
    public static final String AIMED_PERCENT = "aimedPercent";
    /**
     * The move selector's custom property that sets the percentage of aimed re-plans whose first employee, short of
     * minutes for the shift aimed at, borrows them from people with minutes to spare
     * ({@link EmployeePatternPlanner#lendMinutes}).
     */
    public static final String LENDING_PERCENT = "lendingPercent";

    /**
     * The move selector's custom property that sets the percentage of aimed re-plans on a Saturday or Sunday that
     * start, when there is one, with someone off that day who works the other day of the weekend (default 0: anyone who
     * may work the shift).
     */
    public static final String HALF_WEEKEND_PERCENT = "halfWeekendPercent";

    /**
     * The move selector's custom property that sets how much more, in percent of its cells' under weight, the first
     * person of an aimed re-plan sees the short cell aimed at worth (default 0): at par with a shift they work that
     * someone else would then have to take, their pattern has no reason to give that shift up for it.
     */
    public static final String AIMED_CELL_BONUS_PERCENT = "aimedCellBonusPercent";

    /**
     * The move selector's custom property that sets how many threads plan re-plans in the background while the
     * solver evaluates moves (default 0: the solver's thread plans each one when it is selected).
     */
    public static final String BACKGROUND_PLANNERS = "backgroundPlanners";
    /**
     * Re-plans a background planner keeps ready: each is planned against the rota as it was then, so a short queue
     * keeps them close to the rota they are tried on.
     */
    private static final int READY_RE_PLANS = 2;

    private int mostEmployeesRePlanned = 3;
    private int aimedPercent = 50;
    private int lendingPercent = 100;
    private int halfWeekendPercent;
    private int aimedCellBonusPercent;
    private int longestHandOverChain = DEFAULT_LONGEST_HAND_OVER_CHAIN;
    private int backgroundPlanners;
    private EmployeeDay[][] grid;
    private RotaPlan rota;
    private Planning inSolverThread;
    private BackgroundPlanning background;

    /** Set by Timefold from the custom property {@value #MOST_EMPLOYEES_RE_PLANNED}. */
    public void setMostEmployeesRePlanned(int mostEmployeesRePlanned) {
        if (mostEmployeesRePlanned < 1) {
            throw new IllegalArgumentException(MOST_EMPLOYEES_RE_PLANNED + " must be at least 1");
        }
        this.mostEmployeesRePlanned = mostEmployeesRePlanned;
    }

    /** Set by Timefold from the custom property {@value #AIMED_PERCENT}. */
    public void setAimedPercent(int aimedPercent) {
        this.aimedPercent = percent(AIMED_PERCENT, aimedPercent);
    }

    /** Set by Timefold from the custom property {@value #LENDING_PERCENT}. */
    public void setLendingPercent(int lendingPercent) {
        this.lendingPercent = percent(LENDING_PERCENT, lendingPercent);
    }

    /** Set by Timefold from the custom property {@value #HALF_WEEKEND_PERCENT}. */
    public void setHalfWeekendPercent(int halfWeekendPercent) {
        this.halfWeekendPercent = percent(HALF_WEEKEND_PERCENT, halfWeekendPercent);
    }

    /** Set by Timefold from the custom property {@value #AIMED_CELL_BONUS_PERCENT}. */
    public void setAimedCellBonusPercent(int aimedCellBonusPercent) {
        this.aimedCellBonusPercent = percent(AIMED_CELL_BONUS_PERCENT, aimedCellBonusPercent);
    }

    private static int percent(String property, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(property + " must be between 0 and 100");
        }
        return value;
    }

    /** Set by Timefold from the custom property {@value #LONGEST_HAND_OVER_CHAIN}. */
    public void setLongestHandOverChain(int longestHandOverChain) {
        if (longestHandOverChain < 1) {
            throw new IllegalArgumentException(LONGEST_HAND_OVER_CHAIN + " must be at least 1");
        }
        this.longestHandOverChain = longestHandOverChain;
    }

    /** Set by Timefold from the custom property {@value #BACKGROUND_PLANNERS}. */
    public void setBackgroundPlanners(int backgroundPlanners) {
        if (backgroundPlanners < 0) {
            throw new IllegalArgumentException(BACKGROUND_PLANNERS + " must be at least 0");
        }
        this.backgroundPlanners = backgroundPlanners;
    }

    @Override
    public void phaseStarted(ScoreDirector<RotaPlan> scoreDirector) {
        startOn(scoreDirector.getWorkingSolution());
    }

    /** Re-plans the employee-days of {@code rota} from now on. */
    void startOn(RotaPlan rota) {
        stopBackground();
        this.rota = rota;
        grid = EmployeeBlockSwapMoveFactory.grid(rota);
        inSolverThread = new Planning(new EmployeePatternPlanner(rota, grid));
    }

    @Override
    public void phaseEnded(ScoreDirector<RotaPlan> scoreDirector) {
        stopBackground();
        rota = null;
        grid = null;
        inSolverThread = null;
    }

    private void stopBackground() {
        if (background != null) {
            background.stop();
            background = null;
        }
    }

    @Override
    public long getSize(ScoreDirector<RotaPlan> scoreDirector) {
        RotaPlan rota = scoreDirector.getWorkingSolution();
        return (long) rota.getEmployees().size() * rota.getCalendar().getDayCount();
    }

    @Override
    public Iterator<EmployeeReplanMove> createOriginalMoveIterator(ScoreDirector<RotaPlan> scoreDirector) {
        throw new UnsupportedOperationException("Re-plans are only selected at random");
    }

    @Override
    public Iterator<EmployeeReplanMove> createRandomMoveIterator(ScoreDirector<RotaPlan> scoreDirector,
                                                                 Random random) {
        if (inSolverThread == null) {
            phaseStarted(scoreDirector);
        }
        if (background == null && backgroundPlanners > 0 && grid.length > 0) {
            background = new BackgroundPlanning(random.nextLong());
        }
        int employees = grid.length;
        int days = employees == 0 ? 0 : grid[0].length;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return employees > 0 && days > 0;
            }

            @Override
            public EmployeeReplanMove next() {
                EmployeeReplanMove ready = background == null ? null : background.next();
                return ready != null ? ready : inSolverThread.next(random).move();
            }
        };
    }

    /** Test access: a hand-over chain as the solver's thread plans it. */
    Planned handOverChain(Random random, int from, int to, int first) {
        return inSolverThread.handOverChain(random, from, to, first, new ShiftType[grid.length][], List.of(), -1,
                null);
    }

    /** Test access: an aimed hand-over chain as the solver's thread plans it. */
    Planned aimedChain(Random random, int from, int to, int first, int day, ShiftType type) {
        return inSolverThread.aimedChain(random, from, to, first, day, type);
    }

    /** Test access: a re-plan aimed at a cell short of people, as the solver's thread plans it (null if none found). */
    Planned aimedAtUnderstaffing(Random random, int length) {
        return inSolverThread.aimedAtUnderstaffing(random, length);
    }

    /**
     * A re-plan with the rows it changes as they were when it was planned: it still gives them the patterns planned
     * while they are so.
     */
    record Planned(EmployeeReplanMove move, List<EmployeeDay[]> rows, List<ShiftType[]> rowsSeen) {

        boolean stillFits() {
            for (int index = 0; index < rows.size(); index++) {
                EmployeeDay[] row = rows.get(index);
                ShiftType[] seen = rowsSeen.get(index);
                for (int day = 0; day < row.length; day++) {
                    if (row[day].getShiftType() != seen[day]) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * Threads that plan re-plans while the solver evaluates moves, each with a planner of its own, against the rota
     * as they read it: it may be in the middle of a move's evaluation, so they only pick what to try. A re-plan whose
     * rows changed since is dropped; the others' changes only make it a little less apt, and the score judges it.
     * On the large benchmark instances, where planning took two thirds of the search's time and one search leaves a
     * processor idle, one planner in the background took instance 24 from 2 650 to 6 100 moves evaluated a second and
     * instance 13 from 24 300 to 43 500 (docs/benchmarks.md).
     */
    private final class BackgroundPlanning {

        private final BlockingQueue<Planned> ready = new ArrayBlockingQueue<>(READY_RE_PLANS);
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean stopped;
        private volatile RuntimeException failure;

        BackgroundPlanning(long seed) {
            for (int index = 0; index < backgroundPlanners; index++) {
                Planning planning = new Planning(new EmployeePatternPlanner(rota, grid));
                Random random = new Random(seed + index);
                Thread thread = new Thread(() -> plan(planning, random), "re-plans-" + index);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        private void plan(Planning planning, Random random) {
            try {
                while (!stopped) {
                    Planned planned = planning.next(random);
                    while (!stopped && !ready.offer(planned, 100, TimeUnit.MILLISECONDS)) {
                        // full: the solver has not taken the last ones yet
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** A re-plan planned in the background that still fits the rota, or null when none is ready. */
        EmployeeReplanMove next() {
            if (failure != null) {
                throw new IllegalStateException("A background planner failed", failure);
            }
            Planned planned;
            while ((planned = ready.poll()) != null) {
                if (planned.stillFits()) {
                    return planned.move();
                }
            }
            return null;
        }

        void stop() {
            stopped = true;
            for (Thread thread : threads) {
                thread.interrupt();
            }
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Plans re-plans with one planner, in one thread. */
    private final class Planning {

        private final EmployeePatternPlanner planner;

        Planning(EmployeePatternPlanner planner) {
            this.planner = planner;
        }

        Planned next(Random random) {
            return planner.planningOneMove(() -> planOneMove(random));
        }

        private Planned planOneMove(Random random) {
            int days = grid[0].length;
            int length = Math.min(days, SHORTEST_WINDOW_DAYS
                    + random.nextInt(LONGEST_WINDOW_DAYS - SHORTEST_WINDOW_DAYS + 1));
            if (random.nextInt(100) < aimedPercent) {
                Planned aimed = aimedAtUnderstaffing(random, length);
                if (aimed != null) {
                    return aimed;
                }
            }
            int from = random.nextInt(4) == 0 ? 0 : random.nextInt(days - length + 1);
            int to = from == 0 && length < days && random.nextBoolean() ? days : from + length;
            return ruinAndReplan(random, from, to);
        }

        /**
         * A re-plan around a cell short of people: a window holding a day with such a cell, re-planning first an
         * employee who may work a shift covering it and does not. Null when a few random days show no such cell.
         */
        private Planned aimedAtUnderstaffing(Random random, int length) {
            int days = grid[0].length;
            for (int attempt = 0; attempt < DAYS_TRIED_FOR_UNDERSTAFFING; attempt++) {
                int day = random.nextInt(days);
                ShiftType type = planner.understaffedType(day, random);
                if (type == null) {
                    continue;
                }
                List<Integer> candidates = whoMayTake(day, type, new ShiftType[grid.length][], List.of());
                if (halfWeekendPercent > 0 && random.nextInt(100) < halfWeekendPercent) {
                    List<Integer> halfWeekend = workingTheRestOfTheWeekend(day, candidates);
                    if (!halfWeekend.isEmpty()) {
                        candidates = halfWeekend;
                    }
                }
                if (!candidates.isEmpty()) {
                    int from = Math.max(0, Math.min(day - random.nextInt(length), days - length));
                    return aimedChain(random, from, from + length, candidates.get(random.nextInt(candidates.size())),
                            day, type);
                }
            }
            return null;
        }

        /**
         * Those of {@code candidates} off on {@code day}, a Saturday or Sunday, who work the other day of its weekend:
         * the shift would complete a weekend they already count against their maximum. Empty on weekdays.
         */
        private List<Integer> workingTheRestOfTheWeekend(int day, List<Integer> candidates) {
            int partner = planner.isSaturday(day) ? day + 1 : planner.isSunday(day) ? day - 1 : -1;
            if (partner < 0 || partner >= grid[0].length) {
                return List.of();
            }
            List<Integer> working = new ArrayList<>();
            for (int employee : candidates) {
                if (grid[employee][partner].getShiftType() != null && grid[employee][day].getShiftType() == null) {
                    working.add(employee);
                }
            }
            return working;
        }

        /**
         * A hand-over chain from {@code first}, who may work the short {@code type} on {@code day}: if they lack the
         * minutes for it, people with minutes to spare first exchange shorter shifts for their longer ones on days out of
         * the window ({@link EmployeePatternPlanner#lendMinutes}).
         */
        Planned aimedChain(Random random, int from, int to, int first, int day, ShiftType type) {
            ShiftType[][] assumed = new ShiftType[grid.length][];
            List<Integer> lenders = lendingPercent == 100 || random.nextInt(100) < lendingPercent
                    ? planner.lendMinutes(first, planner.minutesOf(type, day), from, to, random, assumed) : List.of();
            return handOverChain(random, from, to, first, assumed, lenders, day, type);
        }

        /**
         * Takes one to {@code mostEmployeesRePlanned} random employees off the window, then re-plans them one after the
         * other, each against everyone else as they stand then.
         */
        private Planned ruinAndReplan(Random random, int from, int to) {
            int count = 1 + random.nextInt(Math.min(mostEmployeesRePlanned, grid.length));
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                int employee = random.nextInt(grid.length);
                if (!chosen.contains(employee)) {
                    chosen.add(employee);
                }
            }
            ShiftType[][] assumed = new ShiftType[grid.length][];
            if (count > 1) {
                for (int employee : chosen) {
                    ShiftType[] ruined = new ShiftType[grid[employee].length];
                    for (EmployeeDay day : grid[employee]) {
                        boolean kept = day.getDayIndex() < from || day.getDayIndex() >= to || day.isPinned();
                        ruined[day.getDayIndex()] = kept ? day.getShiftType() : null;
                    }
                    assumed[employee] = ruined;
                }
            }
            List<EmployeeDay[]> rows = new ArrayList<>();
            List<ShiftType[]> planned = new ArrayList<>();
            for (int employee : chosen) {
                ShiftType[] pattern = planner.plan(employee, from, to, random, assumed);
                assumed[employee] = pattern;
                rows.add(grid[employee]);
                planned.add(pattern);
            }
            return plannedOf(rows, planned);
        }

        /**
         * Re-plans {@code first}, then someone who may take a shift the one before gave up and so left short of
         * people, and so on up to {@code longestHandOverChain} (or {@code mostEmployeesRePlanned} if more): the
         * hand-overs that fill a short cell by emptying one that someone else then fills, which random companions in
         * a re-plan rarely find among many employees. Before that, {@code lenders} (if any) exchanged shifts with
         * {@code first} to give them minutes to spare: {@code assumed} holds those exchanges, which the move makes too.
         * An aimed chain's short cell ({@code aimedType} on {@code aimedDay}, null type for none) is worth
         * {@code aimedCellBonusPercent} more to {@code first}.
         */
        Planned handOverChain(Random random, int from, int to, int first, ShiftType[][] assumed,
                              List<Integer> lenders, int aimedDay, ShiftType aimedType) {
            List<Integer> chosen = new ArrayList<>(lenders);
            List<EmployeeDay[]> rows = new ArrayList<>();
            List<ShiftType[]> planned = new ArrayList<>();
            for (int lender : lenders) {
                rows.add(grid[lender]);
                planned.add(assumed[lender]);
            }
            int longestChain = lenders.size() + Math.max(longestHandOverChain, mostEmployeesRePlanned);
            int employee = first;
            while (employee >= 0) {
                chosen.add(employee);
                ShiftType[] pattern = employee == first && aimedType != null && aimedCellBonusPercent > 0
                        ? planner.plan(employee, from, to, random, assumed, aimedDay, aimedType,
                                aimedCellBonusPercent / 100.0)
                        : planner.plan(employee, from, to, random, assumed);
                assumed[employee] = pattern;
                rows.add(grid[employee]);
                planned.add(pattern);
                employee = chosen.size() < longestChain
                        ? takerOfAShiftGivenUp(random, employee, from, to, assumed, chosen) : -1;
            }
            return plannedOf(rows, planned);
        }

        /**
         * Someone not in {@code chosen} who may work a shift that row {@code giver} worked in the window, gives up in
         * its new pattern and leaves short of people; -1 when no shift given up is missed.
         */
        private int takerOfAShiftGivenUp(Random random, int giver, int from, int to, ShiftType[][] assumed,
                                         List<Integer> chosen) {
            List<Integer> missedDays = new ArrayList<>();
            List<ShiftType> missedTypes = new ArrayList<>();
            for (int day = from; day < to; day++) {
                // Read once: in a background planner the rota may change between two reads.
                ShiftType given = grid[giver][day].getShiftType();
                if (given != null && given != assumed[giver][day] && planner.isShortOf(day, given, assumed)) {
                    missedDays.add(day);
                    missedTypes.add(given);
                }
            }
            if (missedDays.isEmpty()) {
                return -1;
            }
            int missed = random.nextInt(missedDays.size());
            List<Integer> takers = whoMayTake(missedDays.get(missed), missedTypes.get(missed), assumed, chosen);
            return takers.isEmpty() ? -1 : takers.get(random.nextInt(takers.size()));
        }

        /**
         * The employee rows, {@code excluded} aside, whose {@code day} is not pinned and who may work {@code type} on it
         * and do not (as {@code assumed} where it is set).
         */
        private List<Integer> whoMayTake(int day, ShiftType type, ShiftType[][] assumed, List<Integer> excluded) {
            List<Integer> takers = new ArrayList<>();
            for (int employee = 0; employee < grid.length; employee++) {
                EmployeeDay employeeDay = grid[employee][day];
                ShiftType worked = assumed[employee] != null ? assumed[employee][day] : employeeDay.getShiftType();
                if (!excluded.contains(employee) && !employeeDay.isPinned() && worked != type
                        && employeeDay.getAllowedShiftTypes().contains(type)) {
                    takers.add(employee);
                }
            }
            return takers;
        }
    }

    /** The days of {@code rows} whose planned value differs from the current one (one unchanged day if none). */
    static EmployeeReplanMove moveOf(List<EmployeeDay[]> rows, List<ShiftType[]> planned) {
        return moveOf(rows, planned, currentValues(rows));
    }

    private static Planned plannedOf(List<EmployeeDay[]> rows, List<ShiftType[]> planned) {
        List<ShiftType[]> seen = currentValues(rows);
        return new Planned(moveOf(rows, planned, seen), rows, seen);
    }

    private static List<ShiftType[]> currentValues(List<EmployeeDay[]> rows) {
        List<ShiftType[]> values = new ArrayList<>(rows.size());
        for (EmployeeDay[] row : rows) {
            ShiftType[] current = new ShiftType[row.length];
            for (int day = 0; day < row.length; day++) {
                current[day] = row[day].getShiftType();
            }
            values.add(current);
        }
        return values;
    }

    /** The days of {@code rows} whose planned value differs from {@code seen} (one unchanged day if none). */
    private static EmployeeReplanMove moveOf(List<EmployeeDay[]> rows, List<ShiftType[]> planned,
                                             List<ShiftType[]> seen) {
        List<EmployeeDay> changed = new ArrayList<>();
        List<ShiftType> values = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            EmployeeDay[] row = rows.get(index);
            for (int day = 0; day < row.length; day++) {
                if (seen.get(index)[day] != planned.get(index)[day]) {
                    changed.add(row[day]);
                    values.add(planned.get(index)[day]);
                }
            }
        }
        if (changed.isEmpty()) {
            changed.add(rows.get(0)[0]);
            values.add(seen.get(0)[0]);
        }
        return new EmployeeReplanMove(changed, values);
    }
}
