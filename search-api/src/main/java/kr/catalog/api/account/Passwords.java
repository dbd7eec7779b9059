package kr.catalog.api.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import kr.catalog.api.refusal.InvalidParameterException;
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

  /**
   * Longest password in UTF-8 bytes: bcrypt reads only the first 72 bytes of its key, so a longer
   * password would be cut silently and any password sharing those 72 bytes would match it. Longer
   * ones are refused rather than pre-hashed (why: docs/SECURITY.md, "Passwords and bcrypt").
   */
  public static final int MAX_BYTES = 72;

  /** The bcrypt hash of a password, with a fresh salt. */
  public static String hash(String password) {
    // The edge refuses these first with a 400 naming its field (@BcryptLength); this guard keeps
    // any other caller from storing a hash of a cut password.
    if (!fitsBcrypt(password)) {
      throw new InvalidParameterException("password", tooLong());
    }
    return BcryptUtil.bcryptHash(password, COST);
  }

  /** Whether bcrypt reads the whole password: at most {@value #MAX_BYTES} bytes in UTF-8. */
  public static boolean fitsBcrypt(String password) {
    return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  /** The refusal's reason, in the client's terms. */
  public static String tooLong() {
    return "must be at most "
        + MAX_BYTES
        + " bytes in UTF-8 (72 Latin letters or 24 Korean syllables): bcrypt ignores the rest";
  }

  /**
   * Whether the password matches the stored hash; a null hash checks a dummy and fails. A password
   * longer than bcrypt reads never matches (no stored hash can be of one), and still costs one
   * check, so the answer takes as long as for any wrong password.
   */
  public static boolean matches(String password, String storedHash) {
    boolean known = storedHash != null && fitsBcrypt(password);
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
