package kr.catalog.api.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Password hashing with bcrypt (Elytron's implementation, as used by Quarkus' own security realms):
 * salted, slow by design, stored in modular crypt form.
 */
public final class Passwords {
  /** Bcrypt cost: 2^10 rounds, about 60 ms per check on the 2-core machines. */
  public static final int COST = 10;

  private static final WildFlyElytronPasswordProvider PROVIDER =
      new WildFlyElytronPasswordProvider();

  /**
   * A valid hash of a password nobody has, checked when the user name is unknown so that an unknown
   * user costs as much time as a wrong password (no user-name probing by timing).
   */
  private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such user", COST);

  private Passwords() {}

  /** The bcrypt hash of a password, with a fresh salt. */
  public static String hash(String password) {
    return BcryptUtil.bcryptHash(password, COST);
  }

  /** Whether the password matches the stored hash; a null hash checks a dummy and fails. */
  public static boolean matches(String password, String storedHash) {
    boolean known = storedHash != null;
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
      Password stored = factory.translate(ModularCrypt.decode(known ? storedHash : DUMMY_HASH));
      return factory.verify(stored, password.toCharArray()) && known;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
