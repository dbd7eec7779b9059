/**
 * Accounts: customer companies (with their pricing grade) and their users, staff members with one
 * role each, password log-in and bearer-token sessions.
 *
 * <p>Flow: {@code POST /api/auth/login} checks the bcrypt hash ({@link
 * kr.catalog.api.account.Passwords}) and opens an {@link kr.catalog.api.account.AuthSession} whose
 * random token is handed out once and stored only as its SHA-256; every later request carries it
 * ({@code Authorization: Bearer} or the {@code catalog_session} cookie) and {@code
 * kr.catalog.api.security} turns it back into the caller's identity and role. The quick start seeds
 * one demo account per role ({@link kr.catalog.api.demo.DemoSeeder}).
 *
 * <p>Defences (docs/SECURITY.md): {@link kr.catalog.api.account.LoginThrottle} slows guessing per
 * user name and client address without letting anyone lock another client out, its counters behind
 * {@link kr.catalog.api.account.ThrottleCounters}; administrators deactivate accounts, reset
 * passwords and end sessions through {@link kr.catalog.api.account.UserAdministration}, each action
 * audited in {@link kr.catalog.api.account.AccountAudit}.
 */
package kr.catalog.api.account;
