package dev.godwit.engine.d1;

import dev.godwit.engine.db.DatabaseException;

/**
 * A failure talking to Cloudflare D1: a refused token, an unknown account or database, a rate
 * limit, a server error, a lost answer, or SQL that D1 refused. Carries the HTTP status (0 when
 * no answer came) and D1's first error code (0 when none). Never carries the API token.
 */
public class D1Exception extends DatabaseException {

    private final int httpStatus;
    private final int errorCode;

    public D1Exception(String message, int httpStatus, int errorCode, int statementIndex, String statement, String databaseMessage,
                       boolean outcomeUnknown, Throwable cause) {
        super(message, statementIndex, statement, databaseMessage, outcomeUnknown, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    private D1Exception(String message, int httpStatus, int errorCode, int statementIndex, String statement, String databaseMessage,
                        boolean outcomeUnknown, boolean notSent, Throwable cause) {
        super(message, statementIndex, statement, databaseMessage, outcomeUnknown, notSent, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** A request Godwit refused to send (it breaks a D1 limit): nothing reached D1. */
    static D1Exception notSent(String message, int statementIndex, String statement) {
        return new D1Exception(message, 0, 0, statementIndex, statement, message, false, true, null);
    }

    /** A request over the bytes Godwit sends D1 in one, refused before sending: nothing reached D1. */
    public static final class TooLarge extends D1Exception {
        private final long bytes;
        private final long max;

        TooLarge(String message, long bytes, long max) {
            super(message, 0, 0, -1, null, message, false, true, null);
            this.bytes = bytes;
            this.max = max;
        }

        /** The size the request would have had, in bytes of its JSON body. */
        public long bytes() {
            return bytes;
        }

        /** The most bytes Godwit sends in one request. */
        public long max() {
            return max;
        }
    }

    /**
     * A request Cloudflare answered HTTP 429 (its API rate limit) through every retry: nothing of it ran. {@link #limitHit} is the
     * part of the message that says what happened ("Cloudflare's API rate limit was hit (HTTP 429, retry after 0 s, 5 attempt(s))"),
     * for a caller that says the rest in its own words (the studio: what was not written, and to reload or save again), where
     * the message goes on with the way on of a migration ("wait, then run again").
     */
    public static final class RateLimited extends D1Exception {
        private final String limitHit;

        RateLimited(long retryAfterMillis, int attempts) {
            this(limitHit(retryAfterMillis, attempts));
        }

        private RateLimited(String limitHit) {
            this(limitHit + ". Cloudflare allows 1,200 API requests per 5 minutes per token; wait, then run again.", limitHit);
        }

        private RateLimited(String message, String limitHit) {
            super(message, 429, 0, -1, null, message, false, true, null);
            this.limitHit = limitHit;
        }

        @Override
        public D1Exception withMessage(String message) {
            return copied(new RateLimited(message, limitHit));
        }

        private static String limitHit(long retryAfterMillis, int attempts) {
            return "Cloudflare's API rate limit was hit (HTTP 429" + (retryAfterMillis >= 0 ? ", retry after " + retryAfterMillis / 1000 + " s" : "")
                    + ", " + attempts + " attempt(s))";
        }

        /** What happened, without the way on: "Cloudflare's API rate limit was hit (HTTP 429, retry after 0 s, 5 attempt(s))". */
        public String limitHit() {
            return limitHit;
        }
    }

    /** A request that never reached D1 (a TLS handshake the server at the endpoint did not speak): nothing of it ran. */
    static D1Exception notReached(String message, Throwable cause) {
        return new D1Exception(message, 0, 0, -1, null, message, false, true, cause);
    }

    /**
     * Cloudflare answered without D1 running anything (a rate limit, a refused token or account, an unknown database): like a
     * request never sent, nothing of it ran, so a migration's caller need not read the history to know it was not applied.
     */
    static D1Exception refusedBeforeRunning(String message, int httpStatus, int errorCode) {
        return new D1Exception(message, httpStatus, errorCode, -1, null, message, false, true, null);
    }

    public D1Exception(String message, int httpStatus, int errorCode, boolean outcomeUnknown, Throwable cause) {
        this(message, httpStatus, errorCode, -1, null, message, outcomeUnknown, cause);
    }

    /** How D1Client ends a 5xx whose retries were spent on a request D1 rolled back. */
    static final String ROLLED_BACK_ENDING = "; D1 rolls a failed request back, so nothing was applied.";

    /**
     * The same failure, said to have happened while reading {@code what} (a read: its "nothing was applied" would read as a
     * migration's).
     */
    public D1Exception whileReading(String what) {
        String m = getMessage();
        if (m.endsWith(ROLLED_BACK_ENDING)) m = m.substring(0, m.length() - ROLLED_BACK_ENDING.length());
        else if (m.endsWith(".")) m = m.substring(0, m.length() - 1);
        D1Exception e = new D1Exception(m + " while reading " + what + ".", httpStatus, errorCode, statementIndex(), statement(), databaseMessage(),
                outcomeUnknown(), notSent(), getCause());
        return e;
    }

    /** The HTTP status of D1's answer, or 0 when there was none (connection refused, timeout). */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether no connection to the API could be made at all (refused, no route, unknown host, connect timeout): no answer of D1's. */
    public boolean unreachable() {
        if (httpStatus != 0) return false;
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.NoRouteToHostException || t instanceof java.net.UnknownHostException
                    || t instanceof org.apache.hc.client5.http.ConnectTimeoutException) return true;
        }
        return false;
    }

    /** D1's first error code ({@code 7500} SQL error, {@code 10000} authentication, …), or 0. */
    public int errorCode() {
        return errorCode;
    }

    /**
     * True for an error D1 raised while running the SQL (HTTP 400, code 7500): the request was rolled back. Not where the outcome
     * is unknown, though D1's envelope says 400/7500 ("Network connection lost.", a refusal after a 5xx attempt): it may have run;
     * nor where D1 failed before running anything ("D1 DB is overloaded", its storage failing to start, past the retries).
     */
    public boolean isSqlError() {
        return httpStatus == 400 && errorCode == 7500 && !outcomeUnknown() && !notSent();
    }

    /**
     * Whether D1's words say it reset the request for running too long ("... exceeded timeout which caused object to be reset.",
     * "... exceeded its CPU time limit and was reset.": the 7500 family, d1.md §1.6), whatever the HTTP status: rolled back, and
     * cut again if sent again.
     */
    public static boolean cutForTime(String databaseMessage) {
        if (databaseMessage == null) return false;
        String m = databaseMessage.toLowerCase(java.util.Locale.ROOT);
        return m.contains("exceeded timeout") || m.contains("exceeded its cpu time limit");
    }

    /**
     * Whether D1's words say it reset the database for a request's memory ("D1 DB's isolate exceeded its memory limit and was
     * reset.", debug-d1's "List of D1_ERRORs": a query loaded too much into memory): rolled back, and reset again if sent again,
     * as the resets for time ({@link #cutForTime}). Taken for refused SQL, the migration was re-sent in growing parts to find the
     * failing statement, each part a database reset, and "fix the migration" said with no word of memory.
     */
    public static boolean resetForMemory(String databaseMessage) {
        return databaseMessage != null && databaseMessage.toLowerCase(java.util.Locale.ROOT).contains("exceeded its memory limit");
    }

    /** {@link #cutForTime} or {@link #resetForMemory}: a reset for what the request took, which sending it again would take again. */
    public static boolean resetForItsLoad(String databaseMessage) {
        return cutForTime(databaseMessage) || resetForMemory(databaseMessage);
    }

    /**
     * Whether D1's words say its worker lost the connection to the database ("Network connection lost.", the 7500 family, d1.md
     * §1.6), or one of the two network failures D1's docs list with it under the same note, retry only what is idempotent
     * (debug-d1, "List of D1_ERRORs": "Replica disconnected from primary.", "Cannot resolve D1 DB due to transient issue on remote
     * node."), or D1's "Can't read from request stream because client disconnected." (the same list: retry, keeping the connection
     * open): whether the request committed before that is not known. Taken for refused SQL, they read "rolled back ... fix the
     * data, or the migration", and a committed migration "applied by another run".
     */
    public static boolean connectionLost(String databaseMessage) {
        if (databaseMessage == null) return false;
        String m = databaseMessage.toLowerCase(java.util.Locale.ROOT);
        return m.contains("network connection lost") || m.contains("replica disconnected from primary")
                || m.contains("cannot resolve d1 db due to transient issue on remote node")
                || m.contains("read from request stream because client disconnected");
    }

    /**
     * Whether Cloudflare refused the API token (HTTP 401 or 403, or 400 code 6003 for one it could not read) in this failure: it, a cause of it, or an error suppressed by one
     * of those (a fleet's database failing among others), or one suppressed by that (the refusal that stopped the search for a
     * refused migration's statement, kept by D1's failure, kept by the migration's).
     */
    public static boolean refusedTokenIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (Throwable d : java.util.stream.Stream.concat(java.util.stream.Stream.of(t), java.util.Arrays.stream(t.getSuppressed())).toList()) {
                if (refusedToken(d)) return true;
                for (Throwable inner : d == t ? new Throwable[0] : d.getSuppressed()) if (refusedToken(inner)) return true;
            }
        }
        return false;
    }

    private static boolean refusedToken(Throwable d) {
        return d instanceof D1Exception d1 && (d1.httpStatus() == 401 || d1.httpStatus() == 403
                || d1.httpStatus() == 400 && d1.errorCode() == 6003);   // 6003: a token Cloudflare could not read
    }

    /**
     * The refusal of the token that stopped the search for the statement {@code failure} names (a probe re-sending part of the
     * refused migration met an expired token): its message, or null.
     */
    public static String tokenRefusedWhileLocating(DatabaseException failure) {
        for (Throwable s : failure.getSuppressed()) if (s instanceof D1Exception d && refusedTokenIn(d)) return d.getMessage();
        return null;
    }

    @Override
    public D1Exception withMessage(String message) {
        return copied(new D1Exception(message, httpStatus, errorCode, statementIndex(), statement(), databaseMessage(), outcomeUnknown(), notSent(), getCause()));
    }

    /** A copy naming the statement that failed. */
    D1Exception withStatement(String message, int index, String statement) {
        return new D1Exception(message, httpStatus, errorCode, index, statement, databaseMessage(), outcomeUnknown(), notSent(), getCause());
    }
}
