package org.permanence.rota.solver;

import ai.timefold.solver.core.api.function.QuadFunction;
import ai.timefold.solver.core.api.function.QuadPredicate;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintBuilder;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.quad.QuadConstraintBuilder;
import ai.timefold.solver.core.api.score.stream.quad.QuadConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import org.permanence.rota.domain.Availability;
import org.permanence.rota.domain.AvailabilityKind;
import org.permanence.rota.domain.CivilDayPart;
import org.permanence.rota.domain.CoverCell;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.FixedDayOff;
import org.permanence.rota.domain.RotaCalendar;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftOccurrence;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;
import org.permanence.rota.solver.RuleBreach.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

/**
 * Every rule of a rota. Hard = law and contract, medium = uncovered demand, soft = quality. Default weights are
 * documented in docs/constraints.md; a rota overrides them by constraint name.
 * <p>
 * Lambdas shared by several constraints are constants so Timefold shares the stream nodes between them.
 */
public class RotaConstraintProvider implements ConstraintProvider {

    public static final String REQUIRED_SKILL = "Required skill";
    public static final String UNAVAILABLE_TIME = "Unavailable time";
    public static final String FIXED_DAY_OFF = "Fixed day off";
    public static final String AFTER_EMPLOYMENT_END = "Work after the employment ends";
    public static final String OVERLAPPING_SHIFTS = "Overlapping shifts";
    public static final String MINIMUM_REST = "Minimum rest between shifts";
    public static final String MINIMUM_REST_AFTER_HISTORY = "Minimum rest after the previous period";
    public static final String MINIMUM_REST_BEFORE_NEXT_PERIOD = "Minimum rest before the next period";
    public static final String DAILY_MAXIMUM = "Daily maximum";
    public static final String WEEKLY_MAXIMUM = "Weekly maximum";
    public static final String PART_TIME_WEEKLY_MAXIMUM = "Part-time weekly maximum";
    public static final String AVERAGE_WEEKLY_MAXIMUM = "Average weekly maximum";
    public static final String WEEKLY_REST = "Weekly rest";
    public static final String WORKING_DAYS_PER_WEEK = "Maximum working days per week";
    public static final String MAX_CONSECUTIVE_WORKING_DAYS = "Maximum consecutive working days";
    public static final String MIN_CONSECUTIVE_WORKING_DAYS = "Minimum consecutive working days";
    public static final String MIN_CONSECUTIVE_DAYS_OFF = "Minimum consecutive days off";
    public static final String MAX_WORKED_WEEKENDS = "Maximum worked weekends";
    public static final String FORBIDDEN_SUCCESSION = "Forbidden shift succession";
    public static final String FORBIDDEN_SUCCESSION_AFTER_HISTORY = "Forbidden shift succession after the previous period";
    public static final String FORBIDDEN_SUCCESSION_BEFORE_NEXT_PERIOD =
            "Forbidden shift succession before the next period";
    public static final String NIGHT_WORK_NOT_ALLOWED = "Night work not allowed";
    public static final String NIGHT_WORKER_DAILY_MAXIMUM = "Night worker daily maximum";
    public static final String NIGHT_WORKER_AVERAGE_WEEKLY_MAXIMUM = "Night worker average weekly maximum";
    public static final String MAX_SHIFTS_OF_TYPE = "Maximum shifts of a type";
    public static final String MIN_TOTAL_MINUTES = "Minimum total minutes";
    public static final String MAX_TOTAL_MINUTES = "Maximum total minutes";
    public static final String UNDERSTAFFING = "Understaffing";
    public static final String OVERSTAFFING = "Overstaffing";
    public static final String CONTRACT_DEVIATION = "Deviation from contract hours";
    public static final String HOURS_ABOVE_CONTRACT_IN_A_WEEK = "Hours above contract in a week";
    public static final String UNDESIRED_TIME = "Undesired time worked";
    public static final String DESIRED_TIME = "Desired time worked";
    public static final String FAIR_NIGHTS = "Fair spread of nights";
    public static final String FAIR_WEEKEND_DAYS = "Fair spread of weekend days";
    public static final String FAIR_HOLIDAY_HOURS = "Fair spread of public-holiday hours";
    public static final String ISOLATED_WORKING_DAY = "Isolated working day";
    public static final String ISOLATED_DAY_OFF = "Isolated day off";
    public static final String SHIFT_ON_REQUEST = "Shift-on request";
    public static final String SHIFT_OFF_REQUEST = "Shift-off request";
    public static final String CHANGE_FROM_PUBLISHED = "Change from published rota";

    /** Fairness loads are counted per full-time equivalent, in hundredths, so part-timers are compared fairly. */
    private static final long FAIRNESS_SCALE = 100;
    /** A working day, the unit in which a deviation from contract hours grows its cost. */
    private static final long WORKING_DAY_MINUTES = 8 * 60;

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
    private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;
    /**
     * The fair-spread rules weigh 10 soft per unit: at 1 their gradient was too small against the minutes of
     * overstaffing and contract deviation, and on the demo month one person had no weekend day while another had ten
     * per full-time equivalent. At 10 the spread narrows at no measurable cost in cover (docs/constraints.md).
     */
    private static final HardMediumSoftLongScore FAIRNESS = HardMediumSoftLongScore.ofSoft(10);

    private static final Function<EmployeeDay, Employee> EMPLOYEE = EmployeeDay::getEmployee;
    private static final Function<EmployeeDay, Integer> NEXT_DAY_INDEX = day -> day.getDayIndex() + 1;
    private static final Function<EmployeeDay, Integer> DAY_AFTER_NEXT_INDEX = day -> day.getDayIndex() + 2;
    private static final Function<EmployeeDay, Integer> DAY_INDEX_BOXED = EmployeeDay::getDayIndex;
    private static final Function<EmployeeDay, Iterable<CivilDayPart>> CIVIL_DAY_PARTS =
            day -> day.getShift().civilDayParts();
    /** The minutes of each civil week per employee: one node shared by the three weekly rules. */
    private static final BiFunction<EmployeeDay, CivilDayPart, Employee> PART_EMPLOYEE = (day, part) -> day.getEmployee();
    private static final BiFunction<EmployeeDay, CivilDayPart, Integer> PART_WEEK = (day, part) -> part.weekIndex();
    private static final BiConstraintCollector<EmployeeDay, CivilDayPart, ?, Integer> PART_MINUTES =
            sum((EmployeeDay day, CivilDayPart part) -> part.minutes());
    private static final Function<EmployeeDay, Iterable<CoverCell>> COVERED_CELLS =
            day -> day.getShift().coveredCells();
    private static final ToIntFunction<EmployeeDay> SHIFT_MINUTES = day -> day.getShift().durationMinutes();
    private static final Function<Employee, Integer> ZERO_MINUTES = employee -> 0;
    private static final Function<CoverCell, Integer> NOBODY = cell -> 0;
    private static final Predicate<EmployeeDay> NIGHT_SHIFT = day -> day.getShift().nightShift();
    private static final Function<EmployeeDay, Integer> START_WEEK = day -> day.getShift().weekIndex();
    private static final QuadPredicate<Employee, Integer, Integer, RotaCalendar> NIGHT_WORKER_WEEK =
            (employee, week, nights, calendar) -> nights + employee.getHistory().nightShiftsInWeek(
                    calendar.weekMonday(week)) >= calendar.getSettings().nightWorkerNightShifts();
    private static final QuadFunction<Employee, Integer, Integer, RotaCalendar, Employee> NIGHT_WEEK_EMPLOYEE =
            (employee, week, nights, calendar) -> employee;
    private static final BiPredicate<Employee, RotaCalendar> NIGHT_WORKER_BEFORE_PERIOD = (employee, calendar) ->
            employee.getHistory().mostNightShiftsInAWeek() >= calendar.getSettings().nightWorkerNightShifts();
    private static final BiFunction<Employee, RotaCalendar, Employee> EMPLOYEE_OF_CALENDAR =
            (employee, calendar) -> employee;
    private static final ToIntFunction<WorkRules> AVERAGE_LIMIT = WorkRules::averageWeeklyMaxMinutes;
    private static final ToIntFunction<WorkRules> NIGHT_WORKER_AVERAGE_LIMIT =
            WorkRules::nightWorkerAverageWeeklyMaxMinutes;
    private static final Predicate<EmployeeDay> HAS_AVERAGE_MAXIMUM = day ->
            day.getEmployee().getRules().averageWeeklyMaxMinutes() != WorkRules.NO_MAXIMUM
                    || day.getEmployee().getRules().nightWorkerAverageWeeklyMaxMinutes() != WorkRules.NO_MAXIMUM;
    private static final Function<EmployeeDay, Iterable<WindowMinutes>> AVERAGING_WINDOWS =
            RotaConstraintProvider::averagingWindowsOf;
    private static final BiFunction<EmployeeDay, WindowMinutes, Employee> WINDOW_EMPLOYEE =
            (day, window) -> day.getEmployee();
    private static final BiFunction<EmployeeDay, WindowMinutes, Integer> WINDOW_LAST_WEEK =
            (day, window) -> window.lastWeek();
    private static final BiConstraintCollector<EmployeeDay, WindowMinutes, ?, Integer> WINDOW_MINUTES =
            sum((EmployeeDay day, WindowMinutes window) -> window.minutes());
    private static final DayRunCollector DAY_RUNS = new DayRunCollector();
    private static final Function<List<DayRun>, Iterable<DayRun>> RUNS = runs -> runs;
    private static final BiPredicate<Employee, DayRun> WORKING_RUN = (employee, run) -> run.working();
    private static final BiPredicate<Employee, DayRun> DAYS_OFF_RUN = (employee, run) -> !run.working();

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                requiredSkill(factory),
                unavailableTime(factory),
                fixedDayOff(factory),
                workAfterEmploymentEnd(factory),
                overlappingShifts(factory),
                minimumRestBetweenShifts(factory),
                minimumRestAfterPreviousPeriod(factory),
                minimumRestBeforeNextPeriod(factory),
                dailyMaximum(factory),
                weeklyMaximum(factory),
                partTimeWeeklyMaximum(factory),
                averageWeeklyMaximum(factory),
                weeklyRest(factory),
                maximumWorkingDaysPerWeek(factory),
                maximumConsecutiveWorkingDays(factory),
                minimumConsecutiveWorkingDays(factory),
                minimumConsecutiveDaysOff(factory),
                maximumWorkedWeekends(factory),
                forbiddenShiftSuccession(factory),
                forbiddenSuccessionAfterPreviousPeriod(factory),
                forbiddenSuccessionBeforeNextPeriod(factory),
                nightWorkNotAllowed(factory),
                nightWorkerDailyMaximum(factory),
                nightWorkerAverageWeeklyMaximum(factory),
                maximumShiftsOfType(factory),
                minimumTotalMinutes(factory),
                maximumTotalMinutes(factory),
                understaffing(factory),
                overstaffing(factory),
                deviationFromContractHours(factory),
                hoursAboveContractInAWeek(factory),
                undesiredTimeWorked(factory),
                desiredTimeWorked(factory),
                fairSpreadOfNights(factory),
                fairSpreadOfWeekendDays(factory),
                fairSpreadOfPublicHolidayHours(factory),
                isolatedWorkingDay(factory),
                isolatedDayOff(factory),
                shiftOnRequest(factory),
                shiftOffRequest(factory),
                changeFromPublishedRota(factory)
        };
    }

    // ---------------------------------------------------------------- hard: who may work what, when

    Constraint requiredSkill(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> !day.getEmployee().canWork(day.getShiftType()))
                .penalizeLong(HARD, day -> day.getShift().durationMinutes())
                .justifyWith((day, score) -> breach(day, day.getShift().durationMinutes(), 0, Unit.MINUTES,
                        day.getShiftType() + " needs skill " + day.getShiftType().getRequiredSkill() + ", minutes"))
                .asConstraint(REQUIRED_SKILL);
    }

    Constraint unavailableTime(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .join(factory.forEach(Availability.class).filter(a -> a.kind() == AvailabilityKind.UNAVAILABLE),
                        equal(EMPLOYEE, Availability::employee),
                        Joiners.filtering((day, unavailable) -> overlap(day.getShift(), unavailable) > 0))
                .penalizeLong(HARD, (day, unavailable) -> overlap(day.getShift(), unavailable))
                .justifyWith((day, unavailable, score) -> breach(day, overlap(day.getShift(), unavailable), 0,
                        Unit.MINUTES, day.getShiftType() + " while unavailable, minutes"))
                .asConstraint(UNAVAILABLE_TIME);
    }

    Constraint fixedDayOff(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .ifExists(FixedDayOff.class, equal(EMPLOYEE, FixedDayOff::employee),
                        equal(EmployeeDay::getDate, FixedDayOff::date))
                .penalizeLong(HARD, day -> 1)
                .justifyWith((day, score) -> breach(day, 1, 0, Unit.SHIFTS, day.getShiftType() + " on a fixed day off,"))
                .asConstraint(FIXED_DAY_OFF);
    }

    /**
     * A shift started on the employment's last day may not run past its end (local midnight): the days after it are
     * fixed days off, but a night started on the last day would still cover the next morning.
     */
    Constraint workAfterEmploymentEnd(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> minutesAfterEmploymentEnd(day) > 0)
                .penalizeLong(HARD, RotaConstraintProvider::minutesAfterEmploymentEnd)
                .justifyWith((day, score) -> breach(day, minutesAfterEmploymentEnd(day), 0, Unit.MINUTES,
                        day.getShift() + " after the end of the employment, minutes"))
                .asConstraint(AFTER_EMPLOYMENT_END);
    }

    /** Shifts starting after the end are on fixed days off, a rule of their own. */
    private static long minutesAfterEmploymentEnd(EmployeeDay day) {
        long end = day.getEmployee().getEmploymentEndMinute();
        ShiftOccurrence shift = day.getShift();
        return shift.startMinute() < end ? Math.max(0, shift.endMinute() - end) : 0;
    }

    Constraint overlappingShifts(ConstraintFactory factory) {
        return nextDayPairs(factory)
                .filter((day, next) -> day.getShift().endMinute() > next.getShift().startMinute())
                .penalizeLong(HARD, (day, next) -> day.getShift().endMinute() - next.getShift().startMinute())
                .justifyWith((day, next, score) -> breach(day, next,
                        day.getShift().endMinute() - next.getShift().startMinute(), 0, Unit.MINUTES,
                        "overlap of " + day.getShift() + " and " + next.getShift() + ","))
                .asConstraint(OVERLAPPING_SHIFTS);
    }

    Constraint minimumRestBetweenShifts(ConstraintFactory factory) {
        return nextDayPairs(factory)
                .concat(factory.forEach(EmployeeDay.class)
                        .join(EmployeeDay.class, equal(EMPLOYEE, EMPLOYEE), equal(DAY_AFTER_NEXT_INDEX, DAY_INDEX_BOXED)))
                .filter((day, later) -> restShortfall(day, later) > 0)
                .penalizeLong(HARD, RotaConstraintProvider::restShortfall)
                .justifyWith((day, later, score) -> breach(day, later, rest(day, later),
                        day.getEmployee().getRules().minRestMinutes(), Unit.MINUTES,
                        "rest between " + day.getShift() + " and " + later.getShift() + ","))
                .asConstraint(MINIMUM_REST);
    }

    Constraint minimumRestAfterPreviousPeriod(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getDayIndex() < 2 && day.getEmployee().getHistory().lastShiftEnd() != null)
                .filter(day -> restAfterHistoryShortfall(day) > 0)
                .penalizeLong(HARD, RotaConstraintProvider::restAfterHistoryShortfall)
                .justifyWith((day, score) -> breach(day, restAfterHistory(day),
                        day.getEmployee().getRules().minRestMinutes(), Unit.MINUTES,
                        "rest between the last shift before the period and " + day.getShift() + ","))
                .asConstraint(MINIMUM_REST_AFTER_HISTORY);
    }

    /**
     * The rest between a shift of the period's last days and the employee's first shift published after the period
     * (the rota that follows, already told to staff): editing or re-planning the end of a month may not break it.
     */
    Constraint minimumRestBeforeNextPeriod(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getEmployee().getHistory().nextShiftStart() != null)
                .filter(day -> restBeforeNextPeriodShortfall(day) > 0)
                .penalizeLong(HARD, RotaConstraintProvider::restBeforeNextPeriodShortfall)
                .justifyWith((day, score) -> breach(day, restBeforeNextPeriod(day),
                        day.getEmployee().getRules().minRestMinutes(), Unit.MINUTES,
                        "rest between " + day.getShift() + " and the first shift published after the period,"))
                .asConstraint(MINIMUM_REST_BEFORE_NEXT_PERIOD);
    }

    // ---------------------------------------------------------------- hard: working time

    /** The first day counts the minutes after midnight of a night started before the period too. */
    Constraint dailyMaximum(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getEmployee().getRules().dailyMaxMinutes() != WorkRules.NO_MAXIMUM)
                .flatten(CIVIL_DAY_PARTS)
                .groupBy((day, part) -> day.getEmployee(), (day, part) -> part.dayIndex(),
                        sum((EmployeeDay day, CivilDayPart part) -> part.minutes()))
                .filter((employee, dayIndex, minutes) -> dayMinutes(employee, dayIndex, minutes)
                        > employee.getRules().dailyMaxMinutes())
                .join(RotaCalendar.class)
                .penalizeLong(HARD, (employee, dayIndex, minutes, calendar) ->
                        dayMinutes(employee, dayIndex, minutes) - employee.getRules().dailyMaxMinutes())
                .justifyWith((employee, dayIndex, minutes, calendar, score) -> new RuleBreach(employee.getName(),
                        calendar.date(dayIndex), null, dayMinutes(employee, dayIndex, minutes),
                        employee.getRules().dailyMaxMinutes(), Unit.MINUTES, "worked on the civil day"))
                .asConstraint(DAILY_MAXIMUM);
    }

    private static long dayMinutes(Employee employee, int dayIndex, int minutes) {
        return (long) minutes + (dayIndex == 0 ? employee.getHistory().minutesOnFirstDay() : 0);
    }

    Constraint weeklyMaximum(ConstraintFactory factory) {
        return weekOverLimit(factory, HARD, (employee, calendar, week) -> employee.getRules().weeklyMaxMinutes(),
                (employee, calendar, week) -> "worked in the civil week")
                .asConstraint(WEEKLY_MAXIMUM);
    }

    /**
     * A part-timer's complementary hours stay within their share of the contract hours, and never bring the week to
     * a full-time week (Labour Code L3123-9); beyond, payroll can only flag them as not allowed.
     */
    Constraint partTimeWeeklyMaximum(ConstraintFactory factory) {
        return weekOverLimit(factory, HARD,
                (employee, calendar, week) -> partTimeWeeklyLimit(employee, calendar.getSettings()),
                (employee, calendar, week) -> "worked in the civil week (part-time: contract hours and complementary hours)")
                .asConstraint(PART_TIME_WEEKLY_MAXIMUM);
    }

    /**
     * Minutes of a civil week above the contract's weekly hours: overtime (complementary hours for a part-timer) that
     * payroll pays extra for, where the period's hours are spread unevenly between its weeks. The deviation from
     * contract hours is counted over the whole period and does not see it. A week the period cuts is held to the
     * contract's share of the days known (see {@link #contractMinutesOfWeek}).
     */
    Constraint hoursAboveContractInAWeek(ConstraintFactory factory) {
        return weekOverLimit(factory, SOFT, RotaConstraintProvider::contractMinutesOfWeek,
                (employee, calendar, week) -> contractMinutesOfWeek(employee, calendar, week)
                        == employee.getRules().contractMinutesPerWeek() ? "worked in the civil week"
                        : "worked in the civil week the rota cuts")
                .asConstraint(HOURS_ABOVE_CONTRACT_IN_A_WEEK);
    }

    /**
     * The contract's weekly minutes, prorated over the days of the week that this period plans or the history knows:
     * the days before or after the period were or will be planned elsewhere, at the contract's pace, so a week the
     * period cuts does not take the whole week's hours in its few days. The week after the period, reached only by
     * the last day's night, is left to the next period (NO_MAXIMUM).
     */
    static int contractMinutesOfWeek(Employee employee, RotaCalendar calendar, int week) {
        int contract = employee.getRules().contractMinutesPerWeek();
        int days = calendar.daysOfWeekInPeriod(week)
                + (week == 0 ? employee.getHistory().knownDaysBeforePeriod() : 0);
        if (contract <= 0 || days == 0) {
            return WorkRules.NO_MAXIMUM;
        }
        return days >= 7 ? contract : Math.round(contract * days / 7f);
    }

    /** A limit on the minutes of one civil week of an employee ({@link WorkRules#NO_MAXIMUM}: none). */
    @FunctionalInterface
    private interface WeekLimit {
        int minutes(Employee employee, RotaCalendar calendar, int week);
    }

    /** What a limit of {@link WeekLimit} counts, in the analysis' words. */
    @FunctionalInterface
    private interface WeekText {
        String of(Employee employee, RotaCalendar calendar, int week);
    }

    /** Minutes an employee's civil weeks, history included, go over {@code limit}. */
    private static QuadConstraintBuilder<Employee, Integer, Integer, RotaCalendar, HardMediumSoftLongScore>
            weekOverLimit(ConstraintFactory factory, HardMediumSoftLongScore level, WeekLimit limit,
                          WeekText what) {
        return factory.forEach(EmployeeDay.class)
                .flatten(CIVIL_DAY_PARTS)
                .groupBy(PART_EMPLOYEE, PART_WEEK, PART_MINUTES)
                .join(RotaCalendar.class)
                .filter((employee, week, minutes, calendar) -> limit.minutes(employee, calendar, week)
                        != WorkRules.NO_MAXIMUM && weekMinutes(employee, calendar, week, minutes)
                        > limit.minutes(employee, calendar, week))
                .penalizeLong(level, (employee, week, minutes, calendar) -> weekMinutes(employee, calendar, week,
                        minutes) - limit.minutes(employee, calendar, week))
                .justifyWith((employee, week, minutes, calendar, score) -> new RuleBreach(employee.getName(),
                        calendar.weekMonday(week), calendar.weekMonday(week).plusDays(6),
                        weekMinutes(employee, calendar, week, minutes),
                        limit.minutes(employee, calendar, week), Unit.MINUTES, what.of(employee, calendar, week)));
    }

    /** Contract minutes plus their complementary share, and one minute short of a full-time week at most. */
    private static int partTimeWeeklyLimit(Employee employee, RotaSettings settings) {
        int contract = employee.getRules().contractMinutesPerWeek();
        if (contract <= 0 || contract >= settings.fullTimeWeeklyMinutes()) {
            return WorkRules.NO_MAXIMUM;
        }
        return Math.min(contract + contract * settings.complementaryHoursPercent() / 100,
                settings.fullTimeWeeklyMinutes() - 1);
    }

    /** Every window of consecutive civil weeks ending inside the rota, history included (44 h over 12 weeks). */
    Constraint averageWeeklyMaximum(ConstraintFactory factory) {
        return minutesPerAveragingWindow(factory)
                .filter((employee, lastWeek, minutes, calendar) ->
                        averageOverMaximum(employee, calendar, lastWeek, minutes, AVERAGE_LIMIT) > 0)
                .penalizeLong(HARD, (employee, lastWeek, minutes, calendar) ->
                        averageOverMaximum(employee, calendar, lastWeek, minutes, AVERAGE_LIMIT))
                .justifyWith((employee, lastWeek, minutes, calendar, score) ->
                        averageBreach(employee, calendar, lastWeek, minutes, AVERAGE_LIMIT, ""))
                .asConstraint(AVERAGE_WEEKLY_MAXIMUM);
    }

    /** The same windows for the night workers (see {@link #nightWorkers}), held to their lower average (40 h). */
    Constraint nightWorkerAverageWeeklyMaximum(ConstraintFactory factory) {
        return minutesPerAveragingWindow(factory)
                .filter((employee, lastWeek, minutes, calendar) ->
                        averageOverMaximum(employee, calendar, lastWeek, minutes, NIGHT_WORKER_AVERAGE_LIMIT) > 0)
                .ifExists(nightWorkers(factory), equal((employee, lastWeek, minutes, calendar) -> employee,
                        Function.identity()))
                .penalizeLong(HARD, (employee, lastWeek, minutes, calendar) ->
                        averageOverMaximum(employee, calendar, lastWeek, minutes, NIGHT_WORKER_AVERAGE_LIMIT))
                .justifyWith((employee, lastWeek, minutes, calendar, score) -> averageBreach(employee, calendar,
                        lastWeek, minutes, NIGHT_WORKER_AVERAGE_LIMIT, " (a night worker)"))
                .asConstraint(NIGHT_WORKER_AVERAGE_WEEKLY_MAXIMUM);
    }

    private static RuleBreach averageBreach(Employee employee, RotaCalendar calendar, int lastWeek, int minutes,
                                            ToIntFunction<WorkRules> weeklyLimit, String who) {
        WorkRules rules = employee.getRules();
        return new RuleBreach(employee.getName(), calendar.weekMonday(lastWeek - rules.averagingWeeks() + 1),
                calendar.weekMonday(lastWeek).plusDays(6), minutes + windowHistoryMinutes(employee, calendar, lastWeek),
                (long) weeklyLimit.applyAsInt(rules) * rules.averagingWeeks(), Unit.MINUTES,
                "worked over " + rules.averagingWeeks() + " weeks" + who);
    }

    Constraint weeklyRest(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getEmployee().getRules().weeklyRestMinutes() > 0)
                .flatten(day -> day.getShift().touchedWeeks())
                .groupBy((day, week) -> day.getEmployee(), (day, week) -> week, new WeeklyRestCollector())
                .filter((employee, week, rest) -> rest < employee.getRules().weeklyRestMinutes())
                .join(RotaCalendar.class)
                .penalizeLong(HARD, (employee, week, rest, calendar) -> employee.getRules().weeklyRestMinutes() - rest)
                .justifyWith((employee, week, rest, calendar, score) -> new RuleBreach(employee.getName(),
                        calendar.weekMonday(week), calendar.weekMonday(week).plusDays(6), rest,
                        employee.getRules().weeklyRestMinutes(), Unit.MINUTES, "longest rest in the civil week"))
                .asConstraint(WEEKLY_REST);
    }

    Constraint maximumWorkingDaysPerWeek(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getEmployee().getRules().maxWorkingDaysPerWeek() != WorkRules.NO_MAXIMUM)
                .groupBy(EMPLOYEE, day -> day.getShift().weekIndex(), count())
                .join(RotaCalendar.class)
                .filter((employee, week, days, calendar) -> workingDaysInWeek(employee, calendar, week, days)
                        > employee.getRules().maxWorkingDaysPerWeek())
                .penalizeLong(HARD, (employee, week, days, calendar) -> workingDaysInWeek(employee, calendar, week, days)
                        - employee.getRules().maxWorkingDaysPerWeek())
                .justifyWith((employee, week, days, calendar, score) -> new RuleBreach(employee.getName(),
                        calendar.weekMonday(week), calendar.weekMonday(week).plusDays(6),
                        workingDaysInWeek(employee, calendar, week, days), employee.getRules().maxWorkingDaysPerWeek(),
                        Unit.DAYS, "working days in the civil week"))
                .asConstraint(WORKING_DAYS_PER_WEEK);
    }

    // ---------------------------------------------------------------- hard: day patterns

    Constraint maximumConsecutiveWorkingDays(ConstraintFactory factory) {
        return workingRuns(factory)
                .filter((employee, run) -> runLengthWithHistory(employee, run)
                        > employee.getRules().maxConsecutiveWorkingDays())
                .penalizeLong(HARD, (employee, run) -> runLengthWithHistory(employee, run)
                        - employee.getRules().maxConsecutiveWorkingDays())
                .justifyWith((employee, run, score) -> new RuleBreach(employee.getName(),
                        run.firstDate().minusDays(runLengthWithHistory(employee, run) - run.length()), run.lastDate(),
                        runLengthWithHistory(employee, run), employee.getRules().maxConsecutiveWorkingDays(),
                        Unit.DAYS, "consecutive working days"))
                .asConstraint(MAX_CONSECUTIVE_WORKING_DAYS);
    }

    /** Runs touching either end of the period are not checked: the days beyond are unknown. */
    Constraint minimumConsecutiveWorkingDays(ConstraintFactory factory) {
        return workingRuns(factory)
                .filter((employee, run) -> run.isInsidePeriod()
                        && run.length() < employee.getRules().minConsecutiveWorkingDays())
                .penalizeLong(HARD, (employee, run) -> employee.getRules().minConsecutiveWorkingDays() - run.length())
                .justifyWith((employee, run, score) -> new RuleBreach(employee.getName(),
                        run.firstDate(), run.lastDate(), run.length(),
                        employee.getRules().minConsecutiveWorkingDays(), Unit.DAYS, "consecutive working days"))
                .asConstraint(MIN_CONSECUTIVE_WORKING_DAYS);
    }

    /** Days off between two working runs; days off touching either end of the period are not checked. */
    Constraint minimumConsecutiveDaysOff(ConstraintFactory factory) {
        return daysOffBetweenRuns(factory)
                .filter((employee, gap) -> gap.length() < employee.getRules().minConsecutiveDaysOff())
                .penalizeLong(HARD, (employee, gap) -> employee.getRules().minConsecutiveDaysOff() - gap.length())
                .justifyWith((employee, gap, score) -> new RuleBreach(employee.getName(),
                        gap.firstDate(), gap.lastDate(), gap.length(),
                        employee.getRules().minConsecutiveDaysOff(), Unit.DAYS, "consecutive days off"))
                .asConstraint(MIN_CONSECUTIVE_DAYS_OFF);
    }

    /** A weekend is worked when the employee starts a shift on its Saturday or its Sunday. */
    Constraint maximumWorkedWeekends(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getShift().weekendDay()
                        && day.getEmployee().getRules().maxWorkedWeekends() != WorkRules.NO_MAXIMUM)
                .groupBy(EMPLOYEE, day -> day.getShift().weekIndex())
                .groupBy((employee, week) -> employee, countBi())
                .filter((employee, weekends) -> weekends > employee.getRules().maxWorkedWeekends())
                .penalizeLong(HARD, (employee, weekends) -> weekends - employee.getRules().maxWorkedWeekends())
                .justifyWith((employee, weekends, score) -> new RuleBreach(employee.getName(), null, null, weekends,
                        employee.getRules().maxWorkedWeekends(), Unit.WEEKENDS, "worked weekends"))
                .asConstraint(MAX_WORKED_WEEKENDS);
    }

    Constraint forbiddenShiftSuccession(ConstraintFactory factory) {
        return nextDayPairs(factory)
                .filter((day, next) -> day.getShiftType().forbidsOnNextDay(next.getShiftType()))
                .penalizeLong(HARD, (day, next) -> 1)
                .justifyWith((day, next, score) -> breach(day, next, 1, 0, Unit.SHIFTS,
                        next.getShiftType() + " the day after " + day.getShiftType() + ","))
                .asConstraint(FORBIDDEN_SUCCESSION);
    }

    /** The first day's shift may not be one that the shift published for the day before forbids. */
    Constraint forbiddenSuccessionAfterPreviousPeriod(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getEmployee().getHistory().forbidsOnFirstDay(day.getDate(), day.getShiftType()))
                .penalizeLong(HARD, day -> 1)
                .justifyWith((day, score) -> breach(day, 1, 0, Unit.SHIFTS, day.getShiftType() + " the day after "
                        + day.getEmployee().getHistory().shiftBeforePeriod().shiftType() + " (published),"))
                .asConstraint(FORBIDDEN_SUCCESSION_AFTER_HISTORY);
    }

    /**
     * The last day's shift may not forbid the shift published for the next day (the rota that follows, already told
     * to staff).
     */
    Constraint forbiddenSuccessionBeforeNextPeriod(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getEmployee().getHistory().forbiddenAfter(day.getDate(), day.getShiftType()))
                .penalizeLong(HARD, day -> 1)
                .justifyWith((day, score) -> breach(day, 1, 0, Unit.SHIFTS,
                        day.getEmployee().getHistory().shiftAfterPeriod().shiftType() + " (published) the day after "
                                + day.getShiftType() + ","))
                .asConstraint(FORBIDDEN_SUCCESSION_BEFORE_NEXT_PERIOD);
    }

    Constraint nightWorkNotAllowed(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getShift().nightShift() && !day.getEmployee().getRules().nightWorkAllowed())
                .penalizeLong(HARD, day -> day.getShift().nightMinutes())
                .justifyWith((day, score) -> breach(day, day.getShift().nightMinutes(), 0, Unit.MINUTES,
                        "night work (not allowed) on " + day.getShift() + ","))
                .asConstraint(NIGHT_WORK_NOT_ALLOWED);
    }

    /**
     * No shift of a night worker, by day or by night, is longer than their daily maximum (8 h by default): the day's
     * work is the shift the employee starts that day, in real time (see {@link #nightWorkers}).
     */
    Constraint nightWorkerDailyMaximum(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getShift().durationMinutes()
                        > day.getEmployee().getRules().nightWorkerDailyMaxMinutes())
                .ifExists(nightWorkers(factory), equal(EMPLOYEE, Function.identity()))
                .penalizeLong(HARD, day -> day.getShift().durationMinutes()
                        - day.getEmployee().getRules().nightWorkerDailyMaxMinutes())
                .justifyWith((day, score) -> breach(day, day.getShift().durationMinutes(),
                        day.getEmployee().getRules().nightWorkerDailyMaxMinutes(), Unit.MINUTES,
                        "length of " + day.getShift() + " (a night worker's shift),"))
                .asConstraint(NIGHT_WORKER_DAILY_MAXIMUM);
    }

    Constraint maximumShiftsOfType(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> !day.getEmployee().getRules().maxShiftsPerType().isEmpty())
                .groupBy(EMPLOYEE, EmployeeDay::getShiftType, count())
                .filter((employee, type, shifts) -> shifts > employee.getRules().maxShiftsOf(type))
                .penalizeLong(HARD, (employee, type, shifts) -> shifts - employee.getRules().maxShiftsOf(type))
                .justifyWith((employee, type, shifts, score) -> new RuleBreach(employee.getName(), null, null,
                        shifts, employee.getRules().maxShiftsOf(type), Unit.SHIFTS, type.getCode() + " shifts"))
                .asConstraint(MAX_SHIFTS_OF_TYPE);
    }

    Constraint minimumTotalMinutes(ConstraintFactory factory) {
        return totalMinutesPerEmployee(factory)
                .filter((employee, minutes) -> minutes < employee.getRules().minTotalMinutes())
                .penalizeLong(HARD, (employee, minutes) -> employee.getRules().minTotalMinutes() - minutes)
                .justifyWith((employee, minutes, score) -> new RuleBreach(employee.getName(), null, null, minutes,
                        employee.getRules().minTotalMinutes(), Unit.MINUTES, "worked in the period (minimum)"))
                .asConstraint(MIN_TOTAL_MINUTES);
    }

    Constraint maximumTotalMinutes(ConstraintFactory factory) {
        return totalMinutesPerEmployee(factory)
                .filter((employee, minutes) -> minutes > employee.getRules().maxTotalMinutes())
                .penalizeLong(HARD, (employee, minutes) -> minutes - employee.getRules().maxTotalMinutes())
                .justifyWith((employee, minutes, score) -> new RuleBreach(employee.getName(), null, null, minutes,
                        employee.getRules().maxTotalMinutes(), Unit.MINUTES, "worked in the period (maximum)"))
                .asConstraint(MAX_TOTAL_MINUTES);
    }

    // ---------------------------------------------------------------- medium and soft: coverage

    /** Missing people per demand, weighted; demands nobody covers at all count too. */
    Constraint understaffing(ConstraintFactory factory) {
        return coveragePerCell(factory)
                .filter((cell, people) -> people < cell.getRequired())
                .penalizeLong(MEDIUM, (cell, people) -> (cell.getRequired() - people) * cell.getUnderWeight())
                .justifyWith((cell, people, score) -> CoverBreach.of(cell, people))
                .asConstraint(UNDERSTAFFING);
    }

    Constraint overstaffing(ConstraintFactory factory) {
        return coveragePerCell(factory)
                .filter((cell, people) -> people > cell.getRequired())
                .penalizeLong(SOFT, CoverCell::overstaffingCost)
                .justifyWith((cell, people, score) -> CoverBreach.of(cell, people))
                .asConstraint(OVERSTAFFING);
    }

    // ---------------------------------------------------------------- soft: quality

    /**
     * Minutes worked away from the contract's weekly minutes prorated over the period, either way, times the working
     * days (of 8 h) of that deviation: when the needs cannot give everyone their contract hours, the shortfall is shared
     * instead of falling on a few (one person 90 h short costs far more than twenty people 4.5 h short each), and a
     * shift is added to reduce a shortfall of more than a day rather than to overstaff a slot twice.
     */
    Constraint deviationFromContractHours(ConstraintFactory factory) {
        return totalMinutesPerEmployee(factory)
                .filter((employee, minutes) -> employee.getRules().contractMinutesPerWeek() > 0)
                .join(RotaCalendar.class)
                .filter((employee, minutes, calendar) -> contractDeviation(employee, minutes, calendar) != 0)
                .penalizeLong(SOFT, (employee, minutes, calendar) ->
                        squaredPerWorkingDay(contractDeviation(employee, minutes, calendar)))
                .justifyWith((employee, minutes, calendar, score) -> new RuleBreach(employee.getName(),
                        calendar.getFirstDay(), calendar.getLastDay(), minutes,
                        minutes - contractDeviation(employee, minutes, calendar), Unit.MINUTES,
                        "worked against contract minutes"))
                .asConstraint(CONTRACT_DEVIATION);
    }

    Constraint undesiredTimeWorked(ConstraintFactory factory) {
        return availabilityOverlaps(factory, AvailabilityKind.UNDESIRED)
                .penalizeLong(SOFT, (day, undesired) -> overlap(day.getShift(), undesired))
                .justifyWith((day, undesired, score) -> breach(day, overlap(day.getShift(), undesired), 0,
                        Unit.MINUTES, day.getShiftType() + " in undesired time, minutes"))
                .asConstraint(UNDESIRED_TIME);
    }

    Constraint desiredTimeWorked(ConstraintFactory factory) {
        return availabilityOverlaps(factory, AvailabilityKind.DESIRED)
                .rewardLong(SOFT, (day, desired) -> overlap(day.getShift(), desired))
                .justifyWith((day, desired, score) -> breach(day, overlap(day.getShift(), desired), 0,
                        Unit.MINUTES, day.getShiftType() + " in desired time, minutes"))
                .asConstraint(DESIRED_TIME);
    }

    /**
     * Nights per full-time equivalent among the employees who may work nights and hold the skill of a night shift
     * (a coordinator allowed nights but with no night shift to work is not the least loaded).
     */
    Constraint fairSpreadOfNights(ConstraintFactory factory) {
        return fairSpread(factory.forEach(EmployeeDay.class).filter(day -> day.getShift().nightShift()),
                day -> 1, (employee, calendar) -> calendar.offersNightShiftsTo(employee), "nights", FAIR_NIGHTS);
    }

    Constraint fairSpreadOfWeekendDays(ConstraintFactory factory) {
        return fairSpread(factory.forEach(EmployeeDay.class).filter(day -> day.getShift().weekendDay()),
                day -> 1, (employee, calendar) -> true, "weekend days", FAIR_WEEKEND_DAYS);
    }

    /** Public-holiday hours (the part of each shift falling on a holiday) per full-time equivalent. */
    Constraint fairSpreadOfPublicHolidayHours(ConstraintFactory factory) {
        return fairSpread(factory.forEach(EmployeeDay.class).filter(day -> day.getShift().holidayMinutes() > 0),
                day -> day.getShift().holidayMinutes() / 60, (employee, calendar) -> true, "public-holiday hours",
                FAIR_HOLIDAY_HOURS);
    }

    Constraint isolatedWorkingDay(ConstraintFactory factory) {
        return workingRuns(factory)
                .filter((employee, run) -> run.isInsidePeriod() && run.length() == 1)
                .penalizeLong(SOFT, (employee, run) -> 1)
                .justifyWith((employee, run, score) -> new RuleBreach(employee.getName(), run.firstDate(),
                        null, 1, 2, Unit.DAYS, "working days between days off"))
                .asConstraint(ISOLATED_WORKING_DAY);
    }

    Constraint isolatedDayOff(ConstraintFactory factory) {
        return daysOffBetweenRuns(factory)
                .filter((employee, gap) -> gap.length() == 1)
                .penalizeLong(SOFT, (employee, gap) -> 1)
                .justifyWith((employee, gap, score) -> new RuleBreach(employee.getName(),
                        gap.firstDate(), null, 1, 2, Unit.DAYS,
                        "days off between working days"))
                .asConstraint(ISOLATED_DAY_OFF);
    }

    Constraint shiftOnRequest(ConstraintFactory factory) {
        return requestsNotGranted(factory, ShiftRequest.Kind.ON).asConstraint(SHIFT_ON_REQUEST);
    }

    /** A repair after publishing: every day whose assignment differs from the published one (no baseline, no match). */
    Constraint changeFromPublishedRota(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(EmployeeDay.class)
                .filter(EmployeeDay::differsFromPublished)
                .penalizeLong(SOFT, day -> 1)
                .justifyWith((day, score) -> breach(day, 1, 0, Unit.SHIFTS, "published "
                        + describe(day.getPublishedShiftType()) + ", now " + describe(day.getShiftType())
                        + ", changed"))
                .asConstraint(CHANGE_FROM_PUBLISHED);
    }

    private static String describe(ShiftType shiftType) {
        return shiftType == null ? "day off" : shiftType.getCode();
    }

    Constraint shiftOffRequest(ConstraintFactory factory) {
        return requestsNotGranted(factory, ShiftRequest.Kind.OFF).asConstraint(SHIFT_OFF_REQUEST);
    }

    // ---------------------------------------------------------------- shared streams

    private static BiConstraintStream<EmployeeDay, EmployeeDay> nextDayPairs(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .join(EmployeeDay.class, equal(EMPLOYEE, EMPLOYEE), equal(NEXT_DAY_INDEX, DAY_INDEX_BOXED));
    }

    /**
     * The night workers of the period: employees with at least {@link RotaSettings#nightWorkerNightShifts()} night
     * shifts in one civil week, counting the published ones before the period (its history weeks, and the days of
     * its first week before it). The status holds for the whole period.
     */
    private static UniConstraintStream<Employee> nightWorkers(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(NIGHT_SHIFT)
                .groupBy(EMPLOYEE, START_WEEK, count())
                .join(RotaCalendar.class)
                .filter(NIGHT_WORKER_WEEK)
                .groupBy(NIGHT_WEEK_EMPLOYEE)
                .concat(factory.forEach(Employee.class)
                        .join(RotaCalendar.class)
                        .filter(NIGHT_WORKER_BEFORE_PERIOD)
                        .map(EMPLOYEE_OF_CALENDAR));
    }

    /**
     * The minutes of every averaging window (identified by its last week) of each employee with an average maximum:
     * one node shared by the two average rules.
     */
    private static QuadConstraintStream<Employee, Integer, Integer, RotaCalendar> minutesPerAveragingWindow(
            ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(HAS_AVERAGE_MAXIMUM)
                .flatten(AVERAGING_WINDOWS)
                .groupBy(WINDOW_EMPLOYEE, WINDOW_LAST_WEEK, WINDOW_MINUTES)
                .join(RotaCalendar.class);
    }

    /** The runs of days some day-pattern rule may penalize, kept per employee by {@link DayRunCollector}. */
    private static BiConstraintStream<Employee, DayRun> dayRunsOfInterest(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(EMPLOYEE, DAY_RUNS)
                .flattenLast(RUNS);
    }

    private static BiConstraintStream<Employee, DayRun> workingRuns(ConstraintFactory factory) {
        return dayRunsOfInterest(factory).filter(WORKING_RUN);
    }

    /** Days off between two working runs. */
    private static BiConstraintStream<Employee, DayRun> daysOffBetweenRuns(ConstraintFactory factory) {
        return dayRunsOfInterest(factory).filter(DAYS_OFF_RUN);
    }

    private static BiConstraintStream<Employee, Integer> totalMinutesPerEmployee(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(EMPLOYEE, sum(SHIFT_MINUTES))
                .complement(Employee.class, ZERO_MINUTES);
    }

    private static BiConstraintStream<CoverCell, Integer> coveragePerCell(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .flattenLast(COVERED_CELLS)
                .groupBy(Function.identity(), count())
                .complement(CoverCell.class, NOBODY);
    }

    private static BiConstraintStream<EmployeeDay, Availability> availabilityOverlaps(ConstraintFactory factory,
                                                                                     AvailabilityKind kind) {
        return factory.forEach(EmployeeDay.class)
                .join(factory.forEach(Availability.class).filter(a -> a.kind() == kind),
                        equal(EMPLOYEE, Availability::employee),
                        Joiners.filtering((day, availability) -> overlap(day.getShift(), availability) > 0));
    }

    private static BiConstraintBuilder<EmployeeDay, ShiftRequest,
            HardMediumSoftLongScore> requestsNotGranted(ConstraintFactory factory, ShiftRequest.Kind kind) {
        return factory.forEachIncludingUnassigned(EmployeeDay.class)
                .join(factory.forEach(ShiftRequest.class).filter(request -> request.kind() == kind),
                        equal(EMPLOYEE, ShiftRequest::employee), equal(EmployeeDay::getDate, ShiftRequest::date))
                .filter((day, request) -> !request.isGrantedBy(day.getShiftType()))
                .penalizeLong(SOFT, (day, request) -> request.weight())
                .justifyWith((day, request, score) -> breach(day, request.weight(), 0, Unit.WEIGHT,
                        (kind == ShiftRequest.Kind.ON ? "request to work " : "request not to work ")
                                + (request.shiftType() == null ? "" : request.shiftType().getCode() + " ")
                                + "not granted, weight"));
    }

    private static Constraint fairSpread(UniConstraintStream<EmployeeDay> counted,
                                         ToIntFunction<EmployeeDay> amount,
                                         BiPredicate<Employee, RotaCalendar> concerned, String counting,
                                         String name) {
        return counted
                .groupBy(EMPLOYEE, sum(amount))
                .complement(Employee.class, ZERO_MINUTES)
                .join(RotaCalendar.class)
                .filter((employee, total, calendar) -> concerned.test(employee, calendar)
                        && dueDays(employee, calendar) > 0)
                .groupBy(ConstraintCollectors.loadBalance((Employee employee, Integer total, RotaCalendar calendar) ->
                        employee, RotaConstraintProvider::perFullTimeEquivalent))
                .map(balance -> new Spread(balance, unfairness(balance)))
                .filter(spread -> spread.unfairness() > 0)
                .penalizeLong(FAIRNESS, Spread::unfairness)
                .justifyWith((spread, score) -> new RuleBreach(spread.extremes(counting), null, null,
                        spread.unfairness(), 0,
                        Unit.FAIRNESS, "unfairness (per full-time equivalent, hundredths)"))
                .asConstraint(name);
    }

    /** A load balance with its unfairness, computed once per match. */
    private record Spread(LoadBalance<Employee> balance, long unfairness) {

        /** Who carries the most and who the least, per full-time equivalent: where a planner would start. */
        String extremes(String counting) {
            Map.Entry<Employee, Long> most = Collections.max(balance.loads().entrySet(), Map.Entry.comparingByValue());
            Map.Entry<Employee, Long> least = Collections.min(balance.loads().entrySet(), Map.Entry.comparingByValue());
            return "most " + most.getKey().getName() + " (" + load(most.getValue()) + " " + counting + "), least "
                    + least.getKey().getName() + " (" + load(least.getValue()) + " " + counting + ")";
        }

        private static String load(long scaled) {
            return BigDecimal.valueOf(scaled).divide(BigDecimal.valueOf(FAIRNESS_SCALE), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
    }

    // ---------------------------------------------------------------- measures

    private static long overlap(ShiftOccurrence shift, Availability availability) {
        return shift.overlapMinutes(availability.startMinute(), availability.endMinute());
    }

    private static long rest(EmployeeDay day, EmployeeDay later) {
        return later.getShift().startMinute() - day.getShift().endMinute();
    }

    /**
     * Shifts that overlap have a rest below zero, short by the minimum plus the overlap: an overlap must never cost
     * less than back-to-back shifts (it is also counted by "Overlapping shifts").
     */
    private static long restShortfall(EmployeeDay day, EmployeeDay later) {
        return Math.max(0, day.getEmployee().getRules().minRestMinutes() - rest(day, later));
    }

    private static long restAfterHistory(EmployeeDay day) {
        return day.getShift().startMinute() - day.getEmployee().getHistory().lastShiftEnd().getEpochSecond() / 60;
    }

    private static long restBeforeNextPeriod(EmployeeDay day) {
        return day.getEmployee().getHistory().nextShiftStart().getEpochSecond() / 60 - day.getShift().endMinute();
    }

    private static long restBeforeNextPeriodShortfall(EmployeeDay day) {
        return Math.max(0, day.getEmployee().getRules().minRestMinutes() - restBeforeNextPeriod(day));
    }

    private static long restAfterHistoryShortfall(EmployeeDay day) {
        return Math.max(0, day.getEmployee().getRules().minRestMinutes() - restAfterHistory(day));
    }

    private static int historyMinutes(Employee employee, RotaCalendar calendar, int week) {
        return employee.getHistory().workedMinutesInWeek(calendar.weekMonday(week));
    }

    private static long weekMinutes(Employee employee, RotaCalendar calendar, int week, int minutes) {
        return (long) minutes + historyMinutes(employee, calendar, week);
    }

    private record WindowMinutes(int lastWeek, int minutes) {
    }

    /** Each civil-day part counts in every averaging window (identified by its last week) that holds its week. */
    private static Iterable<WindowMinutes> averagingWindowsOf(EmployeeDay day) {
        int weeks = day.getEmployee().getRules().averagingWeeks();
        int lastWeekOfRota = day.getCalendar().getWeekCount() - 1;
        List<WindowMinutes> windows = new ArrayList<>();
        for (CivilDayPart part : day.getShift().civilDayParts()) {
            for (int lastWeek = part.weekIndex(); lastWeek < part.weekIndex() + weeks && lastWeek <= lastWeekOfRota;
                 lastWeek++) {
                windows.add(new WindowMinutes(lastWeek, part.minutes()));
            }
        }
        return windows;
    }

    private static long windowHistoryMinutes(Employee employee, RotaCalendar calendar, int lastWeek) {
        long minutes = 0;
        for (int week = lastWeek - employee.getRules().averagingWeeks() + 1; week <= lastWeek; week++) {
            minutes += historyMinutes(employee, calendar, week);
        }
        return minutes;
    }

    private static long averageOverMaximum(Employee employee, RotaCalendar calendar, int lastWeek, int minutes,
                                           ToIntFunction<WorkRules> weeklyLimit) {
        WorkRules rules = employee.getRules();
        return minutes + windowHistoryMinutes(employee, calendar, lastWeek)
                - (long) weeklyLimit.applyAsInt(rules) * rules.averagingWeeks();
    }

    private static int workingDaysInWeek(Employee employee, RotaCalendar calendar, int week, int days) {
        return days + employee.getHistory().workedDaysInWeek(calendar.weekMonday(week));
    }

    private static int runLengthWithHistory(Employee employee, DayRun run) {
        return run.length() + (run.touchesStart() ? employee.getHistory().trailingWorkingDays() : 0);
    }

    private static long squaredPerWorkingDay(long minutes) {
        return Math.max(1, minutes * minutes / WORKING_DAY_MINUTES);
    }

    private static long contractDeviation(Employee employee, int minutes, RotaCalendar calendar) {
        return minutes - employee.contractMinutesDue(calendar.getDayCount());
    }

    /**
     * A load scaled up to what it would be over the whole period at full time: a part-timer's by their contract, and
     * everyone's by the days their contract hours are due (a fortnight's nights worked in the week back from leave
     * count double); rules without contract hours count by the days only.
     */
    private static long perFullTimeEquivalent(Employee employee, int amount, RotaCalendar calendar) {
        int contract = employee.getRules().contractMinutesPerWeek();
        long scaled = amount * FAIRNESS_SCALE * calendar.getDayCount() / dueDays(employee, calendar);
        return contract <= 0 ? scaled : scaled * calendar.getSettings().fullTimeWeeklyMinutes() / contract;
    }

    /** The days the employee's contract hours are due: not on leave all day, not outside the employment. */
    private static int dueDays(Employee employee, RotaCalendar calendar) {
        return calendar.getDayCount() - employee.getDaysWithoutContractHours();
    }

    private static long unfairness(LoadBalance<Employee> balance) {
        return balance.unfairness().setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static RuleBreach breach(EmployeeDay day, long measured, long limit, Unit unit, String what) {
        return new RuleBreach(day.getEmployee().getName(), day.getDate(), null, measured, limit, unit, what);
    }

    private static RuleBreach breach(EmployeeDay day, EmployeeDay other, long measured, long limit, Unit unit,
                                     String what) {
        return new RuleBreach(day.getEmployee().getName(), day.getDate(), other.getDate(), measured, limit, unit,
                what);
    }
}
