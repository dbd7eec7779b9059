package kr.catalog.api.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through Debian's chromedriver, with the waits the end-to-end
 * tests share. Selenium cannot download browsers or drivers on these machines, so both executables
 * are named explicitly, which keeps Selenium Manager out of the way.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Where the screenshots of the main pages are kept as test artifacts. */
  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;
  private final URI base;

  /**
   * Skips the calling tests when Chromium or chromedriver is missing, except on CI (environment
   * variable {@code CI=true}), where a missing browser is a failure.
   */
  static void requireInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message =
        "End-to-end UI tests need "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + ": apt-get install chromium chromium-driver";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + " (CI=true, so this is a failure, not a skip)");
    }
    Assumptions.abort(message);
  }

  Browser(URI base) {
    this.base = base;
    try {
      profile = Files.createTempDirectory("e2e-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=ko-KR",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(PATIENCE);
  }

  /**
   * Milliseconds from navigation start until the search page showed its first results (the mark
   * {@code js/search.js} sets), waiting for it.
   */
  double firstResultsMillis() {
    return ((Number)
            until(
                "first results on screen",
                d ->
                    script(
                        "const m = performance.getEntriesByName('first-results');"
                            + " return m.length ? m[0].startTime : null;")))
        .doubleValue();
  }

  /** Opens a path of the platform under test. */
  void open(String path) {
    driver.get(base.resolve(path).toString());
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** Waits until the element is visible, and answers it. */
  WebElement visible(String css) {
    return until(
        css + " visible", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until the element can be clicked, then clicks it. */
  void click(String css) {
    until(css + " clickable", ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /**
   * Waits until a condition over the page holds, re-evaluating it when the page re-rendered the
   * elements it looked at (the UI replaces whole lists on each answer).
   */
  <T> T until(String what, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, PATIENCE)
          .withMessage(what)
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException e) {
      // What the page showed when the wait gave up, next to the other screenshots.
      screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
      throw e;
    }
  }

  /** Replaces an input's text. */
  void type(String css, CharSequence text) {
    WebElement input = visible(css);
    input.clear();
    input.sendKeys(text);
  }

  /** Logs in through the log-in page, waiting until the page it leads to has its menu. */
  void logIn(String username) {
    open("/login.html");
    type("#username", username);
    type("#password", username + "-demo");
    click("#login-submit");
    until("logged in as " + username, d -> !d.getCurrentUrl().contains("/login.html"));
    visible("#logout");
  }

  /** Logs out through the menu. */
  void logOut() {
    click("#logout");
    until("logged out", d -> d.getCurrentUrl().contains("/login.html"));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  Object asyncScript(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
  }

  /** Saves a screenshot of the current page as a test artifact. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      script("window.scrollTo(0, 0)");
      Path file = SCREENSHOTS.resolve(name.toLowerCase(Locale.ROOT) + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // A leftover temp profile is harmless.
                }
              });
    } catch (IOException e) {
      // Same.
    }
  }
}
