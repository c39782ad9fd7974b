package org.permanence.payroll.rules;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** An immutable amount per {@link PayItem}: minutes for hour items, a count for count items. */
public final class PayAmounts {

    private static final PayItem[] ITEMS = PayItem.values();

    private final long[] values;

    private PayAmounts(long[] values) {
        this.values = values;
    }

    static PayAmounts copyOf(long[] values) {
        return new PayAmounts(Arrays.copyOf(values, ITEMS.length));
    }

    static long[] newAccumulator() {
        return new long[ITEMS.length];
    }

    public long get(PayItem item) {
        return values[item.ordinal()];
    }

    /** The non-zero amounts, in {@link PayItem} order. */
    public Map<PayItem, Long> nonZero() {
        Map<PayItem, Long> map = new EnumMap<>(PayItem.class);
        for (PayItem item : ITEMS) {
            if (values[item.ordinal()] != 0) {
                map.put(item, values[item.ordinal()]);
            }
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PayAmounts amounts && Arrays.equals(values, amounts.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return nonZero().toString();
    }
}
