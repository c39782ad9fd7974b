package org.permanence.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code scripts/instance-capacity.sh [INSTANCE...]}: prints, per instance, the weekend shifts and minutes the
 * contracts allow against what cover asks for, the shift types short of capacity, and the lower bound on the penalty
 * ({@link CapacityBounds}) next to the best-known value.
 */
public final class CapacityBoundsCommand {

    private CapacityBoundsCommand() {
    }

    public static void main(String[] args) {
        List<Path> files = ShiftSchedulingBenchCommand.instanceFiles(List.of(args));
        BestKnownValues bestKnown = BestKnownValues.load();
        System.out.println("instance weekend_shifts_capacity/required max_minutes/required min_minutes "
                + "types_short(capacity<required) people_short_at_least people_over_at_least penalty_at_least "
                + "best_known");
        for (Path file : files) {
            Instance instance = InstanceReader.read(file);
            CapacityBounds bounds = CapacityBounds.of(instance);
            StringBuilder types = new StringBuilder();
            bounds.shortTypeCapacity().forEach((type, capacity) -> types.append(types.isEmpty() ? "" : ",")
                    .append(type).append(':').append(capacity).append('<')
                    .append(bounds.shortTypeRequired().get(type)));
            OptionalLong best = bestKnown.of(instance.name());
            System.out.println(instance.name() + " " + bounds.weekendShiftCapacity() + "/"
                    + bounds.weekendShiftsRequired() + " " + bounds.maxMinutes() + "/" + bounds.minutesRequired()
                    + " " + bounds.minMinutes() + " " + (types.isEmpty() ? "-" : types) + " "
                    + bounds.peopleShortAtLeast() + " " + bounds.peopleOverAtLeast() + " " + bounds.penaltyAtLeast()
                    + " " + (best.isPresent() ? String.valueOf(best.getAsLong()) : "-"));
        }
    }
}
