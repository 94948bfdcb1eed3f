package hu.kozossegi.portal.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date typed into a form lies between {@link #minYear()} and {@link #maxYear()} (a typo such as 20244 does not). Null is valid. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Check.class)
public @interface PlausibleDate {

    String message();

    int minYear() default 1990;

    int maxYear() default 2100;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        private int min;
        private int max;

        @Override
        public void initialize(PlausibleDate annotation) {
            min = annotation.minYear();
            max = annotation.maxYear();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= min && value.getYear() <= max);
        }
    }
}
