package dev.godwit.engine.daemon;

import dev.godwit.engine.folder.FolderLock;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * One {@code db:generate}, as plain values a daemon can be sent: the project and the goal's options.
 *
 * @param project        the schema's sources and the migrations folder
 * @param name           -Ddb.name, or null: a random one
 * @param custom         -Ddb.custom: an empty migration for hand-written SQL
 * @param acceptDataLoss -Ddb.acceptDataLoss
 * @param notRenames     -Ddb.notRenames, parsed, in its order
 * @param interactive    a user is at a terminal: questions are asked (through the client)
 * @param lockTimeoutSeconds -Ddb.lockTimeout: how long to wait for another goal's lock on the folder; 0 refuses at once
 */
public record GenerateRequest(ProjectInputs project, String name, boolean custom, boolean acceptDataLoss, List<String> notRenames,
                              boolean interactive, long lockTimeoutSeconds) {

    public GenerateRequest {
        notRenames = notRenames == null ? List.of() : List.copyOf(notRenames);
    }

    /** With the default wait for the folder's lock. */
    public GenerateRequest(ProjectInputs project, String name, boolean custom, boolean acceptDataLoss, List<String> notRenames, boolean interactive) {
        this(project, name, custom, acceptDataLoss, notRenames, interactive, FolderLock.DEFAULT_TIMEOUT.toSeconds());
    }

    void write(DataOutputStream out) throws IOException {
        project.write(out);
        Wire.string(out, name);
        out.writeBoolean(custom);
        out.writeBoolean(acceptDataLoss);
        Wire.strings(out, notRenames);
        out.writeBoolean(interactive);
        out.writeLong(lockTimeoutSeconds);
    }

    static GenerateRequest read(DataInputStream in) throws IOException {
        return new GenerateRequest(ProjectInputs.read(in), Wire.string(in), in.readBoolean(), in.readBoolean(), Wire.strings(in), in.readBoolean(),
                in.readLong());
    }
}
