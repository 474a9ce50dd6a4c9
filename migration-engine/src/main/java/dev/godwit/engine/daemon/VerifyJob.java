package dev.godwit.engine.daemon;

import dev.godwit.engine.load.SchemaInBackground;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;

/**
 * The one {@code db:verify} path without a live database: the schema loaded on a second thread while {@link Verifier} checks
 * the folder and replays its migrations. Runs in Godwit's daemon and, when there is none, in the build's own JVM.
 */
public final class VerifyJob {

    private VerifyJob() {
    }

    /** @param parent the class loader the schema's classes see Godwit's through */
    public static VerifyReport run(VerifyRequest r, ClassLoader parent) {
        ProjectInputs p = r.project();
        try (SchemaInBackground schema = p.loadSchema(parent, false)) {
            Verifier.Verification v = Verifier.check(schema, p.folder(), r.d1(), p.history());
            return new VerifyReport(v.findings().stream().map(Finding::message).toList(), v.warnings(), v.migrations().size(), schema.millis());
        }
    }
}
