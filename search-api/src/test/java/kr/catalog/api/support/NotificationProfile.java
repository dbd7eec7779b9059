package kr.catalog.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Notification e-mail on, to the GreenMail server of {@link SmtpTestResource}, with short waits so
 * a test sees retries within seconds: polling every 200 ms, retries after 300 ms doubling to 1 s, a
 * 2 s SMTP timeout and batches of 5 (the lease must exceed batch-size x 3 x timeout).
 */
public class NotificationProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "catalog.notifications.from", "산업용품 카탈로그 <no-reply@catalog.test>",
        "catalog.notifications.site-url", "https://catalog.test",
        "catalog.notifications.poll-interval", "200ms",
        "catalog.notifications.batch-size", "5",
        "catalog.notifications.lease", "1m",
        "catalog.notifications.smtp.timeout", "2s",
        "catalog.notifications.retry.initial", "300ms",
        "catalog.notifications.retry.max", "1s");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(SmtpTestResource.class));
  }
}
