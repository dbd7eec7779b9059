package kr.catalog.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import kr.catalog.api.account.ThrottleCounters.Counter;
import kr.catalog.api.config.AuthConfig;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;

/**
 * Slows password guessing without letting anyone lock someone else out. Four counters, each keyed
 * so that its lock falls on the one who fails:
 *
 * <ol>
 *   <li><b>user name and client address</b>: after {@code per-user-and-address} (5) failures in a
 *       row that pair is locked: 30 s, doubling with each further failure up to 15 minutes. An
 *       attacker at address A locks only A's attempts at that name; the user at B logs in.
 *   <li><b>client address</b> over all names: {@code per-address} (20) failures lock the address
 *       (same schedule) for every name that never logged in from there: spraying from one address
 *       is stopped while a colleague behind the same address still logs in. A success does not
 *       reset it, so an attacker cannot interleave log-ins to an own account.
 *   <li><b>user name</b> over all addresses: {@code per-user} (50) failures lock the name, but only
 *       for addresses that never logged in to it successfully (remembered 30 days): guessing one
 *       account from many addresses is slowed, and its owner, from a known address, still gets in.
 *   <li><b>the platform</b>: above {@code global-per-minute} (300) failures per minute, only
 *       addresses that logged in successfully before are served until the minute ends (a spray from
 *       many addresses).
 * </ol>
 *
 * A locked attempt is refused (429 with Retry-After) before the password is checked, so a guess
 * during a lock learns nothing. The client address is the TCP peer, or the address a trusted proxy
 * names ({@code quarkus.http.proxy.trusted-proxies}); IPv6 addresses count per /64, the block one
 * subscriber usually holds. Unknown user names count like known ones, so answers do not tell which
 * names exist. The counters live behind {@link ThrottleCounters}: in PostgreSQL, so the throttle
 * holds across every API instance behind the load balancer.
 */
@ApplicationScoped
public class LoginThrottle {

  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  /** How long a counter is kept after its last failure (well past the longest lock). */
  static final Duration FORGET_AFTER = LONGEST_LOCK.multipliedBy(4);

  /** How long a successful log-in makes an address known for that name and for the platform. */
  static final Duration KNOWN_FOR = Duration.ofDays(30);

  private static final Duration WINDOW = Duration.ofMinutes(1);

  @Inject Clock clock;
  @Inject ThrottleCounters counters;
  @Inject AuthConfig config;

  /**
   * Refuses the attempt while any lock that applies to this name and address runs.
   *
   * @throws BusinessRefusal {@link Refusal#TOO_MANY_ATTEMPTS} with the seconds until the longest
   *     applicable lock runs out
   */
  public void check(String username, String address) {
    Instant now = clock.instant();
    String client = clientKey(address);
    List<Instant> locks = new ArrayList<>();
    lockOf(pairKey(username, client), now, locks);
    boolean knownForUser = counters.get(knownKey(username, client), now).isPresent();
    boolean knownClient = knownForUser || counters.get("known:" + client, now).isPresent();
    if (!knownForUser) {
      // Someone who logged in to this name from here before is not locked out by a spray from
      // the same address (an office behind one NAT) nor by guesses at the name from elsewhere.
      lockOf("addr:" + client, now, locks);
      lockOf("user:" + username, now, locks);
    }
    if (!knownClient) {
      Instant window = windowStart(now);
      counters
          .get("global:" + window.getEpochSecond(), now)
          .filter(c -> c.count() >= config.throttle().globalPerMinute())
          .ifPresent(c -> locks.add(window.plus(WINDOW)));
    }
    Instant until = locks.stream().max(Instant::compareTo).orElse(null);
    if (until == null) {
      return;
    }
    Duration left = Duration.between(now, until);
    throw new BusinessRefusal(
            Refusal.TOO_MANY_ATTEMPTS, "Too many failed log-ins. Try again in a moment.")
        .retryAfter(Math.max(1, (left.toMillis() + 999) / 1000));
  }

  /** Counts a failed attempt on every counter it belongs to. */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    String client = clientKey(address);
    count(pairKey(username, client), config.throttle().perUserAndAddress(), now);
    count("addr:" + client, config.throttle().perAddress(), now);
    count("user:" + username, config.throttle().perUser(), now);
    Instant window = windowStart(now);
    counters.update(
        "global:" + window.getEpochSecond(),
        now,
        c -> new Counter(c == null ? 1 : c.count() + 1, null, window.plus(WINDOW.multipliedBy(2))));
  }

  /**
   * A successful log-in: the pair's count starts again, and the address is known to this name and
   * to the platform (exempt from the name-wide and platform-wide locks) for {@link #KNOWN_FOR}.
   */
  public void succeeded(String username, String address) {
    Instant now = clock.instant();
    String client = clientKey(address);
    counters.remove(pairKey(username, client));
    Counter known = new Counter(0, null, now.plus(KNOWN_FOR));
    counters.update(knownKey(username, client), now, c -> known);
    counters.update("known:" + client, now, c -> known);
  }

  /**
   * Forgets the failures counted against a user name from every address (an administrator unlocking
   * it). Pair counters of other addresses expire by themselves.
   */
  public void clear(String username) {
    counters.remove("user:" + username);
  }

  /** Forgets everything counted about a user name from one address and about that address. */
  public void clear(String username, String address) {
    String client = clientKey(address);
    counters.remove("user:" + username);
    counters.remove(pairKey(username, client));
    counters.remove(knownKey(username, client));
    counters.remove("addr:" + client);
    counters.remove("known:" + client);
  }

  private void lockOf(String key, Instant now, List<Instant> locks) {
    counters
        .get(key, now)
        .map(Counter::lockedUntil)
        .filter(until -> until != null && until.isAfter(now))
        .ifPresent(locks::add);
  }

  private void count(String key, int free, Instant now) {
    counters.update(
        key,
        now,
        c -> {
          int count = (c == null ? 0 : c.count()) + 1;
          Instant lockedUntil = count <= free ? null : now.plus(lock(count - free));
          return new Counter(count, lockedUntil, now.plus(FORGET_AFTER));
        });
  }

  /**
   * 30 s for the first failure over the threshold, doubling with each further one, 15 min at most.
   */
  static Duration lock(int over) {
    Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(over - 1, 10));
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }

  private static Instant windowStart(Instant now) {
    long seconds = WINDOW.toSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
  }

  private static String pairKey(String username, String client) {
    return "pair:" + client + "|" + username;
  }

  private static String knownKey(String username, String client) {
    return "known-for:" + client + "|" + username;
  }

  /**
   * The address as counted: IPv4 as it is, IPv6 by its /64 prefix (one subscriber usually holds a
   * whole /64 and could otherwise rotate through it). Only literals reach here, so no name lookup.
   */
  static String clientKey(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      byte[] raw = InetAddress.getByName(address).getAddress();
      if (raw.length != 16) {
        return address;
      }
      return HexFormat.of().formatHex(Arrays.copyOf(raw, 8)) + "::/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
