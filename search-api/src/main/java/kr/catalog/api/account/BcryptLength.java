package kr.catalog.api.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password bcrypt reads whole: at most {@value Passwords#MAX_BYTES} bytes in UTF-8 (issue #21,
 * point 9). Put it on every request field that sets a password, so the refusal is a 400 naming that
 * field; {@link Passwords#hash} refuses again for any caller that skips it. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = BcryptLength.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BcryptLength {
  String message() default
      "must be at most 72 bytes in UTF-8 (72 Latin letters or 24 Korean syllables): bcrypt"
          + " ignores the rest";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the UTF-8 length, not the number of characters: Korean takes 3 bytes a syllable. */
  class Validator implements ConstraintValidator<BcryptLength, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Passwords.fitsBcrypt(value);
    }
  }
}
