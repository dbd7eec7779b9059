-- The search log (issue #19, point 4; docs/adr/0016-search-log-asynchronous-and-anonymous.md):
-- one row per search, written in batches by a background worker (kr.catalog.api.searchlog), read
-- by marketing's reports (top, zero-result and corrected queries over a period). No user, session
-- or client address is kept; rows older than catalog.search-log.retention (90 days) and beyond
-- catalog.search-log.max-rows are purged. Versioned 5.1 so that parallel branches do not collide.
CREATE TABLE search_log (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    searched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- q as typed (at most 200 characters, as /api/search accepts); empty when browsing by filters.
    query            VARCHAR(200)  NOT NULL,
    -- q in the vocabulary's key form (NFKC, lower case, no whitespace): the reports group by it.
    query_key        VARCHAR(200)  NOT NULL,
    -- The filters as name=value pairs (category=04.01&maker=bosch), null when none.
    filters          VARCHAR(1000),
    hits             BIGINT        NOT NULL,
    -- The typo correction that ran instead of q (SearchResult.query), null when none ran.
    corrected_to     VARCHAR(200),
    -- The vocabulary runs that expanded the query that ran (기리 → 드릴비트, 드릴 비트), null when none.
    expanded_to      VARCHAR(1000),
    backend          VARCHAR(16)   NOT NULL,
    latency_micros   INTEGER       NOT NULL,
    -- The page that asked (path of a same-site Referer: /, /index.html) or 'api' without one.
    surface          VARCHAR(64)   NOT NULL,
    page             INTEGER       NOT NULL
);

-- Reports read a period; the purge deletes by age.
CREATE INDEX search_log_searched_at ON search_log (searched_at);
-- Zero-result queries of a period, without scanning the searches that found something.
CREATE INDEX search_log_zero_results ON search_log (searched_at) WHERE hits = 0;
