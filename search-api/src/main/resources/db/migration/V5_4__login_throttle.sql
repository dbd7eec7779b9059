-- The log-in throttle's counters (kr.catalog.api.account.DatabaseThrottleCounters), shared by every
-- API instance behind the load balancer (issue #15): counted in one instance's memory, a guesser
-- alternating between two instances would get twice the tries, and a lock would hold on one only.
-- Versioned 5.4 so that parallel branches adding migration 5 do not collide.
CREATE TABLE login_throttle (
    -- pair:ADDRESS|NAME, addr:ADDRESS, user:NAME, known:..., global:MINUTE (kr.catalog.api.account.LoginThrottle)
    throttle_key     VARCHAR(600)  NOT NULL PRIMARY KEY,
    failures         INTEGER       NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    -- When the entry may be forgotten; compared with the application clock, not now().
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Expired entries are deleted in batches by expiry.
CREATE INDEX login_throttle_expires ON login_throttle (expires_at);
