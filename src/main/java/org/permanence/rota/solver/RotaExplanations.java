package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.permanence.rota.solver.RuleBreach.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a constraint match ({@link RuleBreach}, {@link CoverBreach}) into a sentence a planner reads without knowing the solver:
 * "Alice Martin: 9 h rest between CH-N 3 May and CH-M 4 May; at least 11 h required". Dates read as "3 May",
 * instants as local times in the helpline's zone, minutes as hours.
 */
public final class RotaExplanations {

    private static final Set<String> MINIMUM_RULES = Set.of(
            RotaConstraintProvider.MINIMUM_REST, RotaConstraintProvider.MINIMUM_REST_AFTER_HISTORY,
            RotaConstraintProvider.MINIMUM_REST_BEFORE_NEXT_PERIOD,
            RotaConstraintProvider.WEEKLY_REST, RotaConstraintProvider.MIN_CONSECUTIVE_WORKING_DAYS,
            RotaConstraintProvider.MIN_CONSECUTIVE_DAYS_OFF, RotaConstraintProvider.MIN_TOTAL_MINUTES);
    private static final Set<String> MAXIMUM_RULES = Set.of(
            RotaConstraintProvider.DAILY_MAXIMUM, RotaConstraintProvider.WEEKLY_MAXIMUM,
            RotaConstraintProvider.PART_TIME_WEEKLY_MAXIMUM,
            RotaConstraintProvider.AVERAGE_WEEKLY_MAXIMUM, RotaConstraintProvider.WORKING_DAYS_PER_WEEK,
            RotaConstraintProvider.MAX_CONSECUTIVE_WORKING_DAYS, RotaConstraintProvider.MAX_WORKED_WEEKENDS,
            RotaConstraintProvider.NIGHT_WORKER_DAILY_MAXIMUM,
            RotaConstraintProvider.NIGHT_WORKER_AVERAGE_WEEKLY_MAXIMUM, RotaConstraintProvider.MAX_SHIFTS_OF_TYPE,
            RotaConstraintProvider.MAX_TOTAL_MINUTES);
    private static final Set<String> COVERAGE_RULES = Set.of(
            RotaConstraintProvider.UNDERSTAFFING, RotaConstraintProvider.OVERSTAFFING);

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** What the justifications append to name the unit of their number; the sentence states it with the number. */
    private static final Pattern TRAILING_UNIT = Pattern.compile(",\\s*(minutes|weight)?\\s*$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    public RotaExplanations(ZoneId zone) {
        this.zone = zone;
    }

    /** The sentence for one match of the named constraint, whatever its justification. */
    public String describe(String constraintName, ConstraintJustification justification) {
        if (justification instanceof CoverBreach cover) {
            return explain(constraintName, cover.asRuleBreach());
        }
        return justification instanceof RuleBreach breach ? explain(constraintName, breach)
                : constraintName + ": " + justification;
    }

    /** The sentence for one match of the named constraint. */
    public String explain(String constraintName, RuleBreach breach) {
        String what = readable(TRAILING_UNIT.matcher(breach.what()).replaceFirst(""));
        String subject = readable(breach.subject()) + dates(breach.from(), breach.to());
        boolean countedInWords = countsIn(breach.unit(), what);
        String measured = countedInWords ? String.valueOf(breach.measured()) : quantity(breach.measured(), breach.unit());
        String limit = countedInWords ? String.valueOf(breach.limit()) : quantity(breach.limit(), breach.unit());
        if (COVERAGE_RULES.contains(constraintName)) {
            return subject + ": " + measured + " " + what + ", " + limit + " needed";
        }
        if (MINIMUM_RULES.contains(constraintName)) {
            return subject + ": " + measured + " " + what + "; at least " + limit + " required";
        }
        if (MAXIMUM_RULES.contains(constraintName)) {
            return subject + ": " + measured + " " + what + "; at most " + limit + " allowed";
        }
        return switch (constraintName) {
            case RotaConstraintProvider.CONTRACT_DEVIATION ->
                    subject + ": worked " + measured + " against " + limit + " by contract";
            case RotaConstraintProvider.HOURS_ABOVE_CONTRACT_IN_A_WEEK ->
                    subject + ": " + measured + " " + what + ", " + limit + " by contract";
            case RotaConstraintProvider.ISOLATED_WORKING_DAY -> subject + ": a single working day between days off";
            case RotaConstraintProvider.ISOLATED_DAY_OFF -> subject + ": a single day off between working days";
            case RotaConstraintProvider.FAIR_NIGHTS, RotaConstraintProvider.FAIR_WEEKEND_DAYS,
                 RotaConstraintProvider.FAIR_HOLIDAY_HOURS -> "Unfairness of the spread between employees: "
                    + breach.measured() + " (per full-time equivalent, in hundredths); " + breach.subject();
            case RotaConstraintProvider.FIXED_DAY_OFF, RotaConstraintProvider.FORBIDDEN_SUCCESSION,
                 RotaConstraintProvider.FORBIDDEN_SUCCESSION_AFTER_HISTORY,
                 RotaConstraintProvider.FORBIDDEN_SUCCESSION_BEFORE_NEXT_PERIOD ->
                    subject + ": " + what;
            default -> subject + ": " + what + " (" + measured + ")";
        };
    }

    /** "consecutive working days" already says what the number counts: "7 consecutive working days". */
    private static boolean countsIn(Unit unit, String what) {
        return switch (unit) {
            case DAYS, SHIFTS, WEEKENDS -> what.contains(unit.name().toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    private String dates(LocalDate from, LocalDate to) {
        if (from == null) {
            return "";
        }
        return to == null || to.equals(from) ? ", " + DAY.format(from)
                : ", " + DAY.format(from) + " to " + DAY.format(to);
    }

    /** ISO instants become local day and time, ISO dates become "3 May". */
    private String readable(String text) {
        Matcher instants = INSTANT.matcher(text);
        StringBuilder withTimes = new StringBuilder();
        while (instants.find()) {
            instants.appendReplacement(withTimes,
                    DAY_TIME.format(Instant.parse(instants.group()).atZone(zone)));
        }
        instants.appendTail(withTimes);
        Matcher dates = DATE.matcher(withTimes);
        StringBuilder result = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(result, DAY.format(LocalDate.parse(dates.group())));
        }
        dates.appendTail(result);
        return result.toString();
    }

    static String quantity(long amount, Unit unit) {
        return switch (unit) {
            case MINUTES -> duration(amount);
            case DAYS -> amount + (amount == 1 ? " day" : " days");
            case SHIFTS -> amount + (amount == 1 ? " shift" : " shifts");
            case WEEKENDS -> amount + (amount == 1 ? " weekend" : " weekends");
            case PERSONS -> amount + (amount == 1 ? " person" : " people");
            case WEIGHT -> "weight " + amount;
            case FAIRNESS -> "unfairness " + amount;
        };
    }

    /** 540 → "9 h", 570 → "9 h 30", 45 → "45 min". */
    static String duration(long minutes) {
        long abs = Math.abs(minutes);
        String sign = minutes < 0 ? "-" : "";
        if (abs < 60) {
            return sign + abs + " min";
        }
        return sign + (abs / 60) + " h" + (abs % 60 == 0 ? "" : String.format(" %02d", abs % 60));
    }
}
