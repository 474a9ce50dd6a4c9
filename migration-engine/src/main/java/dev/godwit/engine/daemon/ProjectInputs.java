package dev.godwit.engine.daemon;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.load.SchemaInBackground;
import dev.godwit.engine.target.ProjectSettings;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project a job runs on, as plain values a daemon can be sent: where the schema comes from and the migrations folder.
 * Paths are absolute: the daemon's working directory is not the build's.
 *
 * @param baseDir       the project's directory (YAML paths are relative to it)
 * @param sources       the schema's sources: Java packages and YAML files
 * @param classPath     the project's compile class path (its classes directory first), for Java schema packages
 * @param migrationsDir the migrations folder
 * @param shownFrom     the directory messages name files relative to, or null: by their absolute path
 * @param fingerprint   the fingerprint of the schema's inputs, or null: a schema loaded before from the same inputs is taken
 * @param recheck       load the schema again even when one from the same inputs is kept
 * @param history       the history table's name and where it was set, or null: the default
 */
public record ProjectInputs(String baseDir, List<String> sources, List<String> classPath, String migrationsDir, String shownFrom,
                            String fingerprint, boolean recheck, ProjectSettings.History history) {

    public ProjectInputs {
        sources = List.copyOf(sources);
        classPath = List.copyOf(classPath);
    }

    /** The migrations folder, naming its files as the build would. */
    MigrationsFolder folder() {
        MigrationsFolder folder = MigrationsFolder.at(Path.of(migrationsDir));
        return shownFrom != null ? folder.shownFrom(Path.of(shownFrom)) : folder.shownAbsolute();
    }

    /**
     * Starts loading the schema on a second thread (see {@link SchemaInBackground}).
     *
     * @param parent      the class loader the schema's classes see Godwit's through
     * @param defineAhead define the schema's classes on a second thread too (worth it when the schema is all the run needs first)
     */
    SchemaInBackground loadSchema(ClassLoader parent, boolean defineAhead) {
        return SchemaInBackground.load(sources, Path.of(baseDir), urls(classPath), parent, defineAhead, fingerprint, recheck);
    }

    void write(DataOutputStream out) throws IOException {
        Wire.string(out, baseDir);
        Wire.strings(out, sources);
        Wire.strings(out, classPath);
        Wire.string(out, migrationsDir);
        Wire.string(out, shownFrom);
        Wire.string(out, fingerprint);
        out.writeBoolean(recheck);
        out.writeBoolean(history != null);
        if (history != null) {
            Wire.string(out, history.name());
            out.writeBoolean(history.wranglerLayout());
            Wire.string(out, history.source());
        }
    }

    static ProjectInputs read(DataInputStream in) throws IOException {
        String baseDir = Wire.string(in);
        List<String> sources = Wire.strings(in);
        List<String> classPath = Wire.strings(in);
        String migrationsDir = Wire.string(in);
        String shownFrom = Wire.string(in);
        String fingerprint = Wire.string(in);
        boolean recheck = in.readBoolean();
        ProjectSettings.History history = in.readBoolean() ? new ProjectSettings.History(Wire.string(in), in.readBoolean(), Wire.string(in)) : null;
        return new ProjectInputs(baseDir, sources, classPath, migrationsDir, shownFrom, fingerprint, recheck, history);
    }

    private static List<URL> urls(List<String> classPath) {
        List<URL> urls = new ArrayList<>();
        for (String e : classPath) {
            try {
                urls.add(new File(e).toURI().toURL());
            } catch (MalformedURLException bad) {
                throw new IllegalArgumentException("not a class path element: " + e, bad);
            }
        }
        return urls;
    }
}
