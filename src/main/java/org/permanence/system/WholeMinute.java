package org.permanence.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A time of day without seconds: plans and payroll count whole minutes. Null is left to {@code @NotNull}. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeMinute.Validator.class)
public @interface WholeMinute {

    String message() default "must be on a whole minute (no seconds)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeMinute, LocalTime> {

        @Override
        public boolean isValid(LocalTime value, ConstraintValidatorContext context) {
            return value == null || (value.getSecond() == 0 && value.getNano() == 0);
        }
    }
}
