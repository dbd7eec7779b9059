package kr.catalog.api.notify;

/** Fired in a transaction that enqueued mail; observed after its commit to wake the sender. */
record NotificationsQueued(int mails) {}
