package dev.godwit.engine.studio;

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
 */
public record StudioOptions(boolean write, SchemaDef codeSchema, Set<String> hiddenTables, Duration requestTimeout) {

    public StudioOptions {
        hiddenTables = hiddenTables == null ? Set.of() : Set.copyOf(hiddenTables);
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
    }

    public static StudioOptions defaults() {
        return new StudioOptions(false, null, Set.of(), null);
    }

    public StudioOptions withWrite(boolean w) {
        return new StudioOptions(w, codeSchema, hiddenTables, requestTimeout);
    }

    public StudioOptions withCodeSchema(SchemaDef s) {
        return new StudioOptions(write, s, hiddenTables, requestTimeout);
    }

    public StudioOptions withHiddenTables(Set<String> h) {
        return new StudioOptions(write, codeSchema, h, requestTimeout);
    }

    public StudioOptions withRequestTimeout(Duration d) {
        return new StudioOptions(write, codeSchema, hiddenTables, d);
    }
}
