package dev.godwit.engine.load;

import dev.godwit.schema.model.SchemaDef;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Loads the schema on a second thread while the caller reads the migrations folder, replays
 * migrations or opens SQLite: in a fresh JVM each side takes about a second for 500 tables, and
 * the machines this runs on have at least two cores. {@link #get} hands the schema over, or throws
 * what loading threw, unchanged. {@link #close} waits for the thread, so none outlives the command
 * (which matters in a Maven daemon).
 */
public final class SchemaInBackground implements Supplier<SchemaDef>, AutoCloseable {

    private final Thread thread;
    private volatile SchemaDef schema;
    private volatile Throwable failure;
    private volatile long nanos;

    private SchemaInBackground(Callable<SchemaDef> load, ClassLoader contextLoader) {
        thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                schema = load.call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                nanos = System.nanoTime() - start;
            }
        }, "godwit-schema-loader");
        thread.setDaemon(true);
        thread.setContextClassLoader(contextLoader);
    }

    /** Starts {@code load} with {@code contextLoader} as the thread's context class loader (schema code may look it up). */
    public static SchemaInBackground start(Callable<SchemaDef> load, ClassLoader contextLoader) {
        SchemaInBackground s = new SchemaInBackground(load, contextLoader);
        s.thread.start();
        return s;
    }

    /** An already loaded schema, for callers that have one. */
    public static Supplier<SchemaDef> of(SchemaDef schema) {
        return () -> schema;
    }

    @Override
    public SchemaDef get() {
        join();
        Throwable t = failure;
        if (t == null) return schema;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException("loading the schema failed: " + t, t);
    }

    /** How long loading took on its thread, in ms (after {@link #get} or {@link #close}). */
    public long millis() {
        return nanos / 1_000_000;
    }

    @Override
    public void close() {
        join();
    }

    private void join() {
        joinUninterruptibly(thread);
    }

    /** Waits for {@code t} to end even if interrupted (a thread of ours must not outlive the command), keeping the interrupt for the caller. */
    static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
