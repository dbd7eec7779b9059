/**
 * End-to-end tests of the web UI (module ui-static): a real headless Chromium, driven by Selenium
 * through Debian's chromedriver, against the running platform. Skipped with a message when Chromium
 * is not installed, failed when that happens on CI ({@code CI=true}). Screenshots of the main pages
 * are written to {@code target/e2e-screenshots/}.
 */
package kr.catalog.api.e2e;
