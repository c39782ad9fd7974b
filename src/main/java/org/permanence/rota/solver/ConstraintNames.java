package org.permanence.rota.solver;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The names of the rota constraints: the public String constants of {@link RotaConstraintProvider}. */
public final class ConstraintNames {

    private static final Set<String> ALL = read();

    private ConstraintNames() {
    }

    public static Set<String> all() {
        return ALL;
    }

    public static boolean isKnown(String name) {
        return ALL.contains(name);
    }

    private static Set<String> read() {
        return Set.copyOf(Arrays.stream(RotaConstraintProvider.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ConstraintNames::value)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
