package dev.godwit.engine.daemon;

import dev.godwit.engine.target.ProjectSettings;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * One {@code db:generate}, as plain values a daemon can be sent: where the schema comes from, the migrations folder, the
 * options. Paths are absolute: the daemon's working directory is not the build's.
 *
 * @param baseDir        the project's directory (YAML paths are relative to it)
 * @param sources        the schema's sources: Java packages and YAML files
 * @param classPath      the project's compile class path (its classes directory first), for Java schema packages
 * @param migrationsDir  the migrations folder
 * @param shownFrom      the directory messages name files relative to, or null: by their absolute path
 * @param fingerprint    the fingerprint of the schema's inputs, or null: a schema loaded before from the same inputs is taken
 * @param recheck        load the schema again even when one from the same inputs is kept
 * @param interactive    a user is at a terminal: questions are asked (through the client)
 * @param notRenames     -Ddb.notRenames, parsed, in its order
 * @param history        the history table's name and where it was set, or null: the default
 */
public record GenerateRequest(String baseDir, List<String> sources, List<String> classPath, String migrationsDir, String shownFrom,
                              String name, boolean custom, boolean acceptDataLoss, List<String> notRenames, String fingerprint,
                              boolean recheck, boolean interactive, ProjectSettings.History history) {

    public GenerateRequest {
        sources = List.copyOf(sources);
        classPath = List.copyOf(classPath);
        notRenames = notRenames == null ? List.of() : List.copyOf(notRenames);
    }

    void write(DataOutputStream out) throws IOException {
        Wire.string(out, baseDir);
        Wire.strings(out, sources);
        Wire.strings(out, classPath);
        Wire.string(out, migrationsDir);
        Wire.string(out, shownFrom);
        Wire.string(out, name);
        out.writeBoolean(custom);
        out.writeBoolean(acceptDataLoss);
        Wire.strings(out, notRenames);
        Wire.string(out, fingerprint);
        out.writeBoolean(recheck);
        out.writeBoolean(interactive);
        out.writeBoolean(history != null);
        if (history != null) {
            Wire.string(out, history.name());
            out.writeBoolean(history.wranglerLayout());
            Wire.string(out, history.source());
        }
    }

    static GenerateRequest read(DataInputStream in) throws IOException {
        String baseDir = Wire.string(in);
        List<String> sources = Wire.strings(in);
        List<String> classPath = Wire.strings(in);
        String migrationsDir = Wire.string(in);
        String shownFrom = Wire.string(in);
        String name = Wire.string(in);
        boolean custom = in.readBoolean();
        boolean acceptDataLoss = in.readBoolean();
        List<String> notRenames = Wire.strings(in);
        String fingerprint = Wire.string(in);
        boolean recheck = in.readBoolean();
        boolean interactive = in.readBoolean();
        ProjectSettings.History history = in.readBoolean() ? new ProjectSettings.History(Wire.string(in), in.readBoolean(), Wire.string(in)) : null;
        return new GenerateRequest(baseDir, sources, classPath, migrationsDir, shownFrom, name, custom, acceptDataLoss, notRenames,
                fingerprint, recheck, interactive, history);
    }
}
