package hu.kozossegi.portal.capacity.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A dimension's score on an assessment form: required, 1 to 4 (each refusal with its own message). */
@NotNull(message = "{assessment.error.scoreRequired}")
@Min(value = 1, message = "{assessment.error.scoreRange}")
@Max(value = 4, message = "{assessment.error.scoreRange}")
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface AssessmentScore {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
