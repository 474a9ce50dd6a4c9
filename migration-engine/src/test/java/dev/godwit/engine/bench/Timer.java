package dev.godwit.engine.bench;

import java.util.Arrays;

/** Median wall time of repeated runs after warm-up: a plain harness, enough for ratios measured in one run. */
final class Timer {

    interface Body {
        void run() throws Exception;
    }

    private Timer() {
    }

    static double medianMillis(int warmups, int runs, Body setupEach, Body body) throws Exception {
        for (int i = 0; i < warmups; i++) {
            setupEach.run();
            body.run();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            setupEach.run();
            long s = System.nanoTime();
            body.run();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
