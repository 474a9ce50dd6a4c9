package app;

import dev.godwit.runtime.Godwit;
import dev.godwit.runtime.MigrateResult;

public final class Main {
    public static void main(String[] args) {
        MigrateResult r = Godwit.migrate("jdbc:sqlite:" + args[0]);
        System.out.println("applied=" + r.applied() + " skipped=" + r.skipped());
    }
}
