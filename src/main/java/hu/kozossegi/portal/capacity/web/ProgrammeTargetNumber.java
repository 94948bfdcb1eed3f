package hu.kozossegi.portal.capacity.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A programme target typed on the targets form: empty (no target) or 0 to {@link ProgrammeTargetForm#MAX}. */
@Min(value = 0, message = "{programmeTarget.error.range}")
@Max(value = ProgrammeTargetForm.MAX, message = "{programmeTarget.error.range}")
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface ProgrammeTargetNumber {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
