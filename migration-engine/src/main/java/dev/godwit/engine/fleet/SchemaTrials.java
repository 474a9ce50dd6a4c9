package dev.godwit.engine.fleet;

import dev.godwit.engine.d1.D1Client;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.SchemaTrial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The {@link SchemaTrial}s of a fleet runner's runs, shared by the databases whose schema and pending migrations are the same, so
 * that a fleet of thousands of tenants on one schema runs one trial, not thousands.
 */
final class SchemaTrials {

    /** Distinct schemas (with their pending migrations) whose trial is kept: past it a fleet of that many schemas tries some again. */
    static final int KEPT = 256;

    /** One trial's outcome, shared by the databases whose schema and pending migrations are the same; {@code firstToSay}: its warning said. */
    record Tried(SchemaTrial.Failure failure, AtomicBoolean firstToSay) {
    }

    /** The trials, by {@link #key}: the most recent {@link #KEPT}. */
    private final Map<String, CompletableFuture<Tried>> trials = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Tried>> eldest) {
            return size() > KEPT;
        }
    };

    /** Trials run and databases tried in the current run, for its summary. */
    private final AtomicLong run = new AtomicLong();
    private final AtomicLong databasesTried = new AtomicLong();

    /** A new run starts counting; the trials kept stay (a second run of the same runner reuses them). */
    void startRun() {
        run.set(0);
        databasesTried.set(0);
    }

    long run() {
        return run.get();
    }

    long databasesTried() {
        return databasesTried.get();
    }

    /**
     * The trial of {@code pending} on the schema {@code schema} holds (as read with the history, in {@code historyTable}): run here
     * on {@code c}, or the one another database with the same schema and pending migrations ran (or is running: this waits for it).
     */
    Tried of(D1Client c, String historyTable, List<Map<String, Object>> schema, List<Migration> pending) {
        databasesTried.incrementAndGet();
        String key = key(historyTable, schema, pending);
        CompletableFuture<Tried> f;
        CompletableFuture<Tried> mine = null;
        synchronized (trials) {
            f = trials.get(key);
            if (f == null) {
                mine = new CompletableFuture<>();
                trials.put(key, mine);
                f = mine;
            }
        }
        if (mine != null) {
            run.incrementAndGet();
            SchemaTrial.Failure failure = null;
            try (D1Database db = new D1Database(c).knowingSchemaObjects(schema)) {
                failure = SchemaTrial.run(db, pending);
            } catch (RuntimeException cannotTry) {
                // no trial, as where the schema cannot be made again: the apply goes on as before, and D1 decides
            } finally {
                mine.complete(new Tried(failure, new AtomicBoolean()));
            }
        }
        return f.join();
    }

    /**
     * What a trial's outcome depends on: the schema as stored (every object's type, name, table and SQL, in the order read), the
     * history table and the pending migrations (their tags and hashes), hashed.
     */
    private static String key(String historyTable, List<Map<String, Object>> schema, List<Migration> pending) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Consumer<Object> put = o -> {
            byte[] b = String.valueOf(o).getBytes(StandardCharsets.UTF_8);
            d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            d.update((byte) ':');
            d.update(b);
        };
        put.accept(historyTable);
        for (Map<String, Object> o : schema) {
            put.accept(o.get("type"));
            put.accept(o.get("name"));
            put.accept(o.get("tbl_name"));
            put.accept(o.get("sql"));
        }
        put.accept("--pending");
        for (Migration mig : pending) {
            put.accept(mig.tag());
            put.accept(mig.hash());
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
