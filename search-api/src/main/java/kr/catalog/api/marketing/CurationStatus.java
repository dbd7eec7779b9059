package kr.catalog.api.marketing;

import java.time.Instant;

/** Where a time window stands at one instant (windows are half-open: start in, end out). */
public enum CurationStatus {
  /** Not started yet: {@code now < startsAt}. */
  SCHEDULED,
  /** {@code startsAt <= now < endsAt}. */
  ACTIVE,
  /** Over: {@code endsAt <= now}. */
  ENDED;

  /** The status of the window {@code [startsAt, endsAt)} at {@code now}. */
  public static CurationStatus of(Instant startsAt, Instant endsAt, Instant now) {
    if (now.isBefore(startsAt)) {
      return SCHEDULED;
    }
    return now.isBefore(endsAt) ? ACTIVE : ENDED;
  }
}
