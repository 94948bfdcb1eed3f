package hu.kozossegi.portal.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.beans.BeanWrapperImpl;

/**
 * A class-level rule of a form: {@link #field()} is not less than {@link #other()} when both are filled in (a
 * maximum and its minimum, an end and its start); the message goes to {@link #field()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotLessThan.Check.class)
public @interface NotLessThan {

    String field();

    String other();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<NotLessThan, Object> {

        private String field;
        private String other;

        @Override
        public void initialize(NotLessThan annotation) {
            field = annotation.field();
            other = annotation.other();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean isValid(Object form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            BeanWrapperImpl bean = new BeanWrapperImpl(form);
            Object value = bean.getPropertyValue(field);
            Object bound = bean.getPropertyValue(other);
            if (!(value instanceof Comparable comparable) || bound == null || comparable.compareTo(bound) >= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
