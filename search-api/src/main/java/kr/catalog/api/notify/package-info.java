/**
 * Notifications of order events: recorded with the change, shown to the customer, mailed.
 *
 * <p>Data flow: {@code OrderService} fires {@code OrderMoved} inside the order's transaction;
 * {@link kr.catalog.api.notify.OrderNotifications} turns the moves customers care about into a
 * {@link kr.catalog.api.notify.NotificationEvent} and {@link kr.catalog.api.notify.Outbox} writes
 * one {@code notification} row per customer user of the company, in that same transaction (the
 * outbox: no row for a change that rolled back, no change without its rows). After the commit
 * {@link kr.catalog.api.notify.NotificationSender} is woken; on every instance it also polls. It
 * claims due rows with {@code FOR UPDATE SKIP LOCKED} and a lease ({@link
 * kr.catalog.api.notify.OutboxStore}), sends each by SMTP ({@link
 * kr.catalog.api.notify.MailSender}, Message-ID derived from the event), and marks it sent, or
 * schedules a retry with exponential backoff ({@link kr.catalog.api.notify.Backoff}). The rows are
 * also the customer's notification list ({@code GET /api/notifications}). Decision: ADR 0022.
 */
package kr.catalog.api.notify;
