package dev.godwit.engine;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * One piece of work on a thread of its own, while the caller does another (a command's cold work
 * splits over the two cores every machine this runs on has). {@link #get} hands the result over,
 * or throws what the work threw, unchanged. {@link #close} waits for the thread, so none outlives
 * the command (which matters in a Maven daemon).
 */
public class Background<T> implements Supplier<T>, AutoCloseable {

    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;
    private volatile long nanos;

    protected Background(String name, Callable<T> work, ClassLoader contextLoader) {
        thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                result = work.call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                nanos = System.nanoTime() - start;
            }
        }, name);
        thread.setDaemon(true);
        if (contextLoader != null) thread.setContextClassLoader(contextLoader);
    }

    /** Work already done: no thread, {@link #get} returns {@code result}. */
    protected Background(T result) {
        thread = null;
        this.result = result;
    }

    /** Starts {@code work} on a thread called {@code name}. */
    public static <T> Background<T> start(String name, Callable<T> work) {
        return new Background<T>(name, work, null).started();
    }

    protected final Background<T> started() {
        if (thread != null) thread.start();
        return this;
    }

    @Override
    public T get() {
        if (thread != null) joinUninterruptibly(thread);
        Throwable t = failure;
        if (t == null) return result;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException("work on another thread failed: " + t, t);
    }

    /** Whether the work has ended. */
    public boolean done() {
        return thread == null || !thread.isAlive();
    }

    /** How long the work took on its thread, in ms (after {@link #get} or {@link #close}). */
    public long millis() {
        return nanos / 1_000_000;
    }

    @Override
    public void close() {
        if (thread != null) joinUninterruptibly(thread);
    }

    /** Waits for {@code t} to end even if interrupted (a thread of ours must not outlive the command), keeping the interrupt for the caller. */
    public static void joinUninterruptibly(Thread t) {
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
