package org.permanence.payroll.export;

import org.permanence.payroll.rules.PayItem;
import org.permanence.payroll.rules.PayrollRuleSet;

/** Column headings an HR reader understands, with the rule set's rates. */
final class PayItemLabels {

    private PayItemLabels() {
    }

    static String label(PayItem item, PayrollRuleSet rules) {
        return switch (item) {
            case CONTRACT_BASE -> "Contract base (h)";
            case WORKED -> "Worked (h)";
            case NORMAL -> "Normal (h)";
            case OVERTIME_FIRST_TIER -> "Overtime +" + rules.overtimeFirstTierRatePercent() + " % (h)";
            case OVERTIME_SECOND_TIER -> "Overtime +" + rules.overtimeSecondTierRatePercent() + " % (h)";
            case COMPLEMENTARY_FIRST_TIER -> "Complementary +" + rules.complementaryFirstTierRatePercent() + " % (h)";
            case COMPLEMENTARY_SECOND_TIER -> "Complementary +" + rules.complementarySecondTierRatePercent() + " % (h)";
            case PART_TIME_EXCESS -> "Part-time excess, to review (h)";
            case NIGHT -> "Night (h)";
            case SUNDAY -> "Sunday (h)";
            case PUBLIC_HOLIDAY -> "Public holiday (h)";
            case MAY_DAY -> "1 May (h)";
            case ABSENCE_PAID_LEAVE -> "Paid leave (h)";
            case ABSENCE_SICKNESS -> "Sickness (h)";
            case ABSENCE_TRAINING -> "Training (h)";
            case ABSENCE_UNPAID -> "Unpaid absence (h)";
            case ABSENCE_OTHER -> "Other absence (h)";
            case NIGHT_SHIFTS -> "Night shifts";
        };
    }
}
