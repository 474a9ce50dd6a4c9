package dev.godwit.engine.studio;

import dev.godwit.engine.EngineLog;
import dev.godwit.schema.model.SchemaDef;
import java.time.Duration;
import java.util.Set;

/**
 * How a studio runs.
 *
 * @param write          {@code -Ddb.studio.write}: the SQL console may change data and schema (in one transaction per run),
 *                       and rows of a remote database may be edited (read-only there by default)
 * @param codeSchema     the project's schema, for drizzle's column modes (timestamps, booleans, JSON); null if not loaded
 * @param hiddenTables   tables not shown (the migrations history table)
 * @param requestTimeout how long a client may take to send one request before its connection is closed
 * @param queryTimeout   how long a console query (or a query export, between rows) may run on a local file before the studio
 *                       interrupts it; D1 stops its own at 30 s
 * @param log            db:studio's console: what the studio has to tell that no page shows (an export cut after its first rows)
 */
public record StudioOptions(boolean write, SchemaDef codeSchema, Set<String> hiddenTables, Duration requestTimeout, Duration queryTimeout,
                            EngineLog log) {

    public StudioOptions {
        hiddenTables = hiddenTables == null ? Set.of() : Set.copyOf(hiddenTables);
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(30) : queryTimeout;
        log = log == null ? EngineLog.SILENT : log;
    }

    public static StudioOptions defaults() {
        return new StudioOptions(false, null, Set.of(), null, null, null);
    }

    public StudioOptions withWrite(boolean w) {
        return new StudioOptions(w, codeSchema, hiddenTables, requestTimeout, queryTimeout, log);
    }

    public StudioOptions withCodeSchema(SchemaDef s) {
        return new StudioOptions(write, s, hiddenTables, requestTimeout, queryTimeout, log);
    }

    public StudioOptions withHiddenTables(Set<String> h) {
        return new StudioOptions(write, codeSchema, h, requestTimeout, queryTimeout, log);
    }

    public StudioOptions withRequestTimeout(Duration d) {
        return new StudioOptions(write, codeSchema, hiddenTables, d, queryTimeout, log);
    }

    public StudioOptions withQueryTimeout(Duration d) {
        return new StudioOptions(write, codeSchema, hiddenTables, requestTimeout, d, log);
    }

    public StudioOptions withLog(EngineLog l) {
        return new StudioOptions(write, codeSchema, hiddenTables, requestTimeout, queryTimeout, l);
    }
}
