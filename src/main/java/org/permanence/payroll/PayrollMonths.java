package org.permanence.payroll;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.permanence.payroll.rules.HourClassifier;
import org.permanence.payroll.rules.PayPeriod;
import org.permanence.security.CurrentUser;
import org.permanence.staff.StaffDirectory;
import org.permanence.staff.StaffMember;
import org.permanence.system.ConflictException;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of payroll months (open, confirmed, closed) with an audit trail of every change. A month's row is locked
 * (SELECT ... FOR UPDATE) by whoever changes its state or one of its entries, so closing and editing serialise.
 * <p>
 * Which entries belong to a month: for confirming and closing, those overlapping its pay period; for locking, those
 * overlapping the whole civil weeks its classification reads (a closed month's figures must not move).
 */
@Service
public class PayrollMonths {

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private final Clock clock;

    PayrollMonths(JdbcClient jdbc, RuleSets ruleSets, StaffDirectory staff, CurrentUser currentUser,
            HelplineProperties helpline, Clock clock) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.staff = staff;
        this.currentUser = currentUser;
        this.zone = helpline.zone();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MonthState state(YearMonth month) {
        MonthStatus status = jdbc.sql("SELECT status FROM payroll_month WHERE month = ?")
                .param(month.toString()).query(MonthStatus.class).optional().orElse(MonthStatus.OPEN);
        List<MonthEvent> events = jdbc.sql("""
                        SELECT action, skill_id, actor, occurred_at, reason FROM payroll_month_event
                        WHERE month = ? ORDER BY id""")
                .param(month.toString())
                .query((row, i) -> new MonthEvent(row.getString("action"), row.getObject("skill_id", Long.class),
                        row.getString("actor"), row.getTimestamp("occurred_at").toInstant(), row.getString("reason")))
                .list();
        return new MonthState(month, status, events);
    }

    /**
     * Confirms the month's planned entries as worked: all of them, or those of the employees holding {@code skillId}
     * (a team). Only a confirmation for the whole helpline makes the month CONFIRMED (and its exports final).
     */
    @Transactional
    public MonthState confirm(YearMonth month, Long skillId) {
        MonthStatus status = lock(month);
        if (status == MonthStatus.CLOSED) {
            throw closed(month);
        }
        List<Long> employees = null;
        if (skillId != null) {
            if (staff.skill(skillId).isEmpty()) {
                throw new InvalidRequestException("skillId", "skill " + skillId + " does not exist");
            }
            PayPeriod period = payPeriod(month);
            employees = staff.employedBetween(period.firstDay(), period.lastDay()).stream()
                    .filter(member -> member.skillIds().contains(skillId))
                    .map(StaffMember::id).toList();
        }
        Instant[] bounds = payPeriodBounds(month);
        if (employees == null) {
            jdbc.sql("""
                            UPDATE time_entry SET status = 'CONFIRMED', version = version + 1
                            WHERE status = 'PLANNED' AND start_time < ? AND end_time > ?""")
                    .params(Timestamp.from(bounds[1]), Timestamp.from(bounds[0])).update();
            setStatus(month, MonthStatus.CONFIRMED);
        } else if (!employees.isEmpty()) {
            jdbc.sql("""
                            UPDATE time_entry SET status = 'CONFIRMED', version = version + 1
                            WHERE status = 'PLANNED' AND start_time < :end AND end_time > :start
                              AND employee_id IN (:employees)""")
                    .param("start", Timestamp.from(bounds[0])).param("end", Timestamp.from(bounds[1]))
                    .param("employees", employees).update();
        }
        for (LeaverTail tail : leaverTails(month)) {
            if (employees == null || employees.contains(tail.employeeId())) {
                jdbc.sql("""
                                UPDATE time_entry SET status = 'CONFIRMED', version = version + 1
                                WHERE status = 'PLANNED' AND employee_id = ? AND start_time < ? AND end_time > ?""")
                        .params(tail.employeeId(), Timestamp.from(tail.end()), Timestamp.from(tail.start()))
                        .update();
            }
        }
        record(month, "CONFIRMED", skillId, null);
        return state(month);
    }

    /** Closes the month; every entry must have been confirmed (none still PLANNED). */
    @Transactional
    public MonthState close(YearMonth month) {
        MonthStatus status = lock(month);
        if (status == MonthStatus.CLOSED) {
            throw new ConflictException("month", month + " is already closed");
        }
        Instant[] bounds = payPeriodBounds(month);
        long planned = jdbc.sql("""
                        SELECT COUNT(*) FROM time_entry WHERE status = 'PLANNED' AND start_time < ? AND end_time > ?""")
                .params(Timestamp.from(bounds[1]), Timestamp.from(bounds[0])).query(Long.class).single();
        for (LeaverTail tail : leaverTails(month)) {
            planned += jdbc.sql("""
                            SELECT COUNT(*) FROM time_entry
                            WHERE status = 'PLANNED' AND employee_id = ? AND start_time < ? AND end_time > ?""")
                    .params(tail.employeeId(), Timestamp.from(tail.end()), Timestamp.from(tail.start()))
                    .query(Long.class).single();
        }
        if (planned > 0) {
            throw new ConflictException("month", month + " still has " + planned
                    + " planned time entries; confirm the month first");
        }
        setStatus(month, MonthStatus.CLOSED);
        keepClosedInputs(month);
        record(month, "CLOSED", null, null);
        return state(month);
    }

    /** The rule set and the employees a closed month was classified with, empty while it is not closed. */
    @Transactional(readOnly = true)
    public Optional<ClosedInputs> closedInputs(YearMonth month) {
        // A month closed before its inputs were kept (migration V401) has none and is classified as it is today.
        return closedRuleSetId(month)
                .map(ruleSetId -> new ClosedInputs(ruleSetId, jdbc.sql("""
                                SELECT employee_id, payroll_number, first_name, last_name, contract_weekly_minutes,
                                       employment_end
                                FROM payroll_month_employee WHERE month = ? ORDER BY employee_id""")
                        .param(month.toString())
                        .query((row, i) -> new PayrollEmployee(row.getLong("employee_id"),
                                row.getString("payroll_number"), row.getString("first_name"),
                                row.getString("last_name"), row.getInt("contract_weekly_minutes"),
                                row.getObject("employment_end", LocalDate.class)))
                        .list()));
    }

    private Optional<Long> closedRuleSetId(YearMonth month) {
        return jdbc.sql("""
                        SELECT closed_rule_set_id FROM payroll_month
                        WHERE month = ? AND status = 'CLOSED' AND closed_rule_set_id IS NOT NULL""")
                .param(month.toString()).query(Long.class).optional();
    }

    /** The closed months that reported the employee's last week as a leaver's, with the last day they reported. */
    Map<YearMonth, LocalDate> closedWithLastWeekOf(long employeeId) {
        record ClosedWith(YearMonth month, long ruleSetId, LocalDate employmentEnd) {
        }
        Map<YearMonth, LocalDate> closed = new TreeMap<>();
        jdbc.sql("""
                        SELECT m.month, m.closed_rule_set_id, e.employment_end
                        FROM payroll_month m JOIN payroll_month_employee e ON e.month = m.month
                        WHERE m.status = 'CLOSED' AND m.closed_rule_set_id IS NOT NULL AND e.employee_id = ?
                          AND e.employment_end IS NOT NULL""")
                .param(employeeId)
                .query((row, i) -> new ClosedWith(YearMonth.parse(row.getString("month")),
                        row.getLong("closed_rule_set_id"), row.getObject("employment_end", LocalDate.class)))
                .list()
                .forEach(month -> {
                    HourClassifier classifier = new HourClassifier(ruleSets.get(month.ruleSetId()).rules(), zone);
                    if (!classifier.payPeriod(month.month(), month.employmentEnd())
                            .equals(classifier.payPeriod(month.month()))) {
                        closed.put(month.month(), month.employmentEnd());
                    }
                });
        return closed;
    }

    /**
     * What a closed month's figures read besides its locked entries, kept as they are at closing: the active rule
     * set and the identity and contract hours of everyone employed during the pay period.
     */
    public record ClosedInputs(long ruleSetId, List<PayrollEmployee> employees) {
    }

    private void keepClosedInputs(YearMonth month) {
        jdbc.sql("UPDATE payroll_month SET closed_rule_set_id = ? WHERE month = ?")
                .params(ruleSets.active().id(), month.toString()).update();
        for (PayrollEmployee employee : payees(month, classifier())) {
            jdbc.sql("""
                            INSERT INTO payroll_month_employee (month, employee_id, payroll_number, first_name,
                                last_name, contract_weekly_minutes, employment_end)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(month.toString(), employee.id(), employee.payrollNumber(), employee.firstName(),
                            employee.lastName(), employee.contractWeeklyMinutes(), employee.employmentEnd())
                    .update();
        }
    }

    /**
     * Whom the month reports, classified by {@code classifier}: everyone employed during its pay period, except who
     * left before the month began (their last week was reported in the month they left).
     */
    List<PayrollEmployee> payees(YearMonth month, HourClassifier classifier) {
        PayPeriod period = classifier.payPeriod(month);
        LocalDate lastDay = period.lastDay().isAfter(month.atEndOfMonth()) ? period.lastDay() : month.atEndOfMonth();
        return staff.employedBetween(period.firstDay(), lastDay).stream()
                .filter(member -> classifier.reports(month, member.employmentEnd()))
                .filter(member -> !member.employmentStart().isAfter(period.lastDay())
                        || !classifier.payPeriod(month, member.employmentEnd()).equals(period))
                .map(PayrollEmployee::of).toList();
    }

    /** Reopens a closed month so its entries can change again; the reason is kept in the audit trail. */
    @Transactional
    public MonthState reopen(YearMonth month, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "is required to reopen a closed month");
        }
        MonthStatus status = lock(month);
        if (status != MonthStatus.CLOSED) {
            throw new ConflictException("month", month + " is not closed but " + status);
        }
        setStatus(month, MonthStatus.OPEN);
        jdbc.sql("DELETE FROM payroll_month_employee WHERE month = ?").param(month.toString()).update();
        jdbc.sql("UPDATE payroll_month SET closed_rule_set_id = NULL WHERE month = ?").param(month.toString()).update();
        record(month, "REOPENED", null, reason.trim());
        return state(month);
    }

    /**
     * Called before entries covering the {@code changed} windows are created, changed or deleted: refuses (409 naming
     * the month) if a month whose figures they affect is closed; a confirmed month goes back to OPEN, recorded as
     * UNCONFIRMED. Each affected month's row stays locked until the transaction ends, so changes to entries that
     * could overlap run one after the other.
     */
    void beforeEntryChange(String what, long employeeId, HourClassifier.TimeWindow... changed) {
        HourClassifier active = classifier();
        LocalDate employmentEnd = staff.employee(employeeId).map(StaffMember::employmentEnd).orElse(null);
        // Locked in ascending order, so that two changes never wait for each other's month.
        SortedSet<YearMonth> affected = new TreeSet<>();
        for (HourClassifier.TimeWindow window : changed) {
            YearMonth first = YearMonth.from(window.start().atZone(zone).minusWeeks(1));
            YearMonth last = YearMonth.from(window.end().atZone(zone).plusWeeks(1));
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                HourClassifier.TimeWindow input = inputWindowOf(month, employeeId, active, employmentEnd);
                if (input.start().isBefore(window.end()) && input.end().isAfter(window.start())) {
                    affected.add(month);
                }
            }
        }
        for (YearMonth month : affected) {
            MonthStatus status = lock(month);
            if (status == MonthStatus.CLOSED) {
                throw closed(month);
            }
            if (status == MonthStatus.CONFIRMED) {
                setStatus(month, MonthStatus.OPEN);
                record(month, "UNCONFIRMED", null, what);
            }
        }
    }

    /**
     * The weeks one employee's figures of the month read: a closed month's under the rule set and employment end it
     * was closed with, whichever are current now; a leaver's last week included in the month they leave.
     */
    private HourClassifier.TimeWindow inputWindowOf(YearMonth month, long employeeId, HourClassifier active,
            LocalDate currentEmploymentEnd) {
        Optional<Long> closedRuleSet = closedRuleSetId(month);
        HourClassifier classifier = closedRuleSet
                .map(ruleSetId -> new HourClassifier(ruleSets.get(ruleSetId).rules(), zone)).orElse(active);
        LocalDate employmentEnd = closedRuleSet.isEmpty() ? currentEmploymentEnd : jdbc.sql("""
                        SELECT employment_end FROM payroll_month_employee WHERE month = ? AND employee_id = ?""")
                .params(month.toString(), employeeId)
                .query((row, i) -> row.getObject("employment_end", LocalDate.class)).list().stream()
                .filter(Objects::nonNull).findFirst().orElse(null);
        return classifier.payPeriod(month, employmentEnd).equals(classifier.payPeriod(month))
                ? classifier.inputWindow(month) : classifier.inputWindowWithLeavers(month);
    }

    /** Everything a month's figures read or report: its calendar days and the whole civil weeks of its pay period. */
    HourClassifier.TimeWindow importWindow(YearMonth month) {
        HourClassifier.TimeWindow weeks = classifier().inputWindow(month);
        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return new HourClassifier.TimeWindow(weeks.start().isBefore(monthStart) ? weeks.start() : monthStart,
                weeks.end().isAfter(monthEnd) ? weeks.end() : monthEnd);
    }

    PayPeriod payPeriod(YearMonth month) {
        return classifier().payPeriod(month);
    }

    /** The days after the month's pay period that a leaver's final figures of the month report. */
    private record LeaverTail(long employeeId, Instant start, Instant end) {
    }

    private List<LeaverTail> leaverTails(YearMonth month) {
        HourClassifier classifier = classifier();
        PayPeriod period = classifier.payPeriod(month);
        Instant start = period.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        return payees(month, classifier).stream()
                .filter(payee -> !classifier.payPeriod(month, payee.employmentEnd()).equals(period))
                .map(payee -> new LeaverTail(payee.id(), start,
                        payee.employmentEnd().plusDays(1).atStartOfDay(zone).toInstant()))
                .toList();
    }

    private Instant[] payPeriodBounds(YearMonth month) {
        PayPeriod period = payPeriod(month);
        return new Instant[] {period.firstDay().atStartOfDay(zone).toInstant(),
                period.lastDay().plusDays(1).atStartOfDay(zone).toInstant()};
    }

    private HourClassifier classifier() {
        return new HourClassifier(ruleSets.active().rules(), zone);
    }

    private MonthStatus lock(YearMonth month) {
        // ON DUPLICATE KEY takes the row's exclusive lock at once; INSERT IGNORE took a shared one first, and two
        // first entries of a new month then deadlocked upgrading it.
        jdbc.sql("INSERT INTO payroll_month (month, status) VALUES (?, 'OPEN') ON DUPLICATE KEY UPDATE month = month")
                .param(month.toString()).update();
        return jdbc.sql("SELECT status FROM payroll_month WHERE month = ? FOR UPDATE")
                .param(month.toString()).query(MonthStatus.class).single();
    }

    private void setStatus(YearMonth month, MonthStatus status) {
        jdbc.sql("UPDATE payroll_month SET status = ? WHERE month = ?").params(status.name(), month.toString()).update();
    }

    private void record(YearMonth month, String action, Long skillId, String reason) {
        jdbc.sql("""
                        INSERT INTO payroll_month_event (month, action, skill_id, actor, occurred_at, reason)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(month.toString(), action, skillId, currentUser.username(),
                        Timestamp.from(clock.instant()), reason)
                .update();
    }

    private static ConflictException closed(YearMonth month) {
        return new ConflictException("month", "payroll month " + month + " is closed; an ADMIN must reopen it first");
    }
}
