package org.permanence.payroll.rules;

/**
 * The categories a month is classified into. Hour items are amounts of minutes; {@link #NIGHT_SHIFTS} is a count.
 * <p>
 * NORMAL + OVERTIME_* + COMPLEMENTARY_* + PART_TIME_EXCESS = WORKED. NIGHT, SUNDAY, PUBLIC_HOLIDAY and MAY_DAY
 * are overlapping views of the same worked time (a Sunday night counts in both NIGHT and SUNDAY);
 * PUBLIC_HOLIDAY excludes 1 May, which has its own item.
 */
public enum PayItem {
    CONTRACT_BASE(Unit.MINUTES),
    WORKED(Unit.MINUTES),
    NORMAL(Unit.MINUTES),
    OVERTIME_FIRST_TIER(Unit.MINUTES),
    OVERTIME_SECOND_TIER(Unit.MINUTES),
    COMPLEMENTARY_FIRST_TIER(Unit.MINUTES),
    COMPLEMENTARY_SECOND_TIER(Unit.MINUTES),
    /** Part-time hours beyond the complementary cap or beyond the legal weekly duration: for HR to review. */
    PART_TIME_EXCESS(Unit.MINUTES),
    NIGHT(Unit.MINUTES),
    SUNDAY(Unit.MINUTES),
    PUBLIC_HOLIDAY(Unit.MINUTES),
    MAY_DAY(Unit.MINUTES),
    ABSENCE_PAID_LEAVE(Unit.MINUTES),
    ABSENCE_SICKNESS(Unit.MINUTES),
    ABSENCE_TRAINING(Unit.MINUTES),
    ABSENCE_UNPAID(Unit.MINUTES),
    ABSENCE_OTHER(Unit.MINUTES),
    NIGHT_SHIFTS(Unit.COUNT);

    public enum Unit { MINUTES, COUNT }

    private final Unit unit;

    PayItem(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    public static PayItem absence(TimeKind kind) {
        return switch (kind) {
            case PAID_LEAVE -> ABSENCE_PAID_LEAVE;
            case SICKNESS -> ABSENCE_SICKNESS;
            case TRAINING -> ABSENCE_TRAINING;
            case UNPAID -> ABSENCE_UNPAID;
            case OTHER -> ABSENCE_OTHER;
            case WORKED -> throw new IllegalArgumentException("worked time is not an absence");
        };
    }
}
