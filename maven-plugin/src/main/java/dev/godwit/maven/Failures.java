package dev.godwit.maven;

import dev.godwit.engine.GodwitException;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.engine.folder.SnapshotException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** The one place where engine errors become Maven's: a refused check is a BUILD FAILURE, a broken setup a BUILD ERROR. */
final class Failures {

    private Failures() {
    }

    /** An invalid schema (schema-model's own exception, which names class, field or YAML line) is the user's to fix: a FAILURE. */
    static void invalidSchema(SchemaException e) throws MojoFailureException {
        throw new MojoFailureException(e.getMessage(), e);
    }

    static void rethrow(GodwitException e, boolean inCheck) throws MojoExecutionException, MojoFailureException {
        boolean failure = e.kind() == GodwitException.Kind.REFUSED || (inCheck && e instanceof SnapshotException);
        if (failure) throw new MojoFailureException(e.getMessage(), e);
        throw new MojoExecutionException(e.getMessage(), e);
    }
}
