package hu.kozossegi.portal.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.beans.BeanWrapperImpl;

/**
 * A class-level rule of a form (docs/architecture.md, "Forms"): {@link #field()} must be filled in when
 * {@link #when()} is; the message goes to {@link #field()}, so that the summary links to it. A field whose
 * text did not even convert (a {@code typeMismatch}) keeps only that error.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RequiredWith.List.class)
@Constraint(validatedBy = RequiredWith.Check.class)
public @interface RequiredWith {

    String field();

    String when();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several rules on one form. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        RequiredWith[] value();
    }

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<RequiredWith, Object> {

        private String field;
        private String when;

        @Override
        public void initialize(RequiredWith annotation) {
            field = annotation.field();
            when = annotation.when();
        }

        @Override
        public boolean isValid(Object form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            BeanWrapperImpl bean = new BeanWrapperImpl(form);
            if (blank(bean.getPropertyValue(when)) || !blank(bean.getPropertyValue(field))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }

        private static boolean blank(Object value) {
            return value == null || (value instanceof CharSequence text && text.toString().isBlank());
        }
    }
}
