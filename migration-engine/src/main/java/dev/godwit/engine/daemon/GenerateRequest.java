package dev.godwit.engine.daemon;

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
 */
public record GenerateRequest(ProjectInputs project, String name, boolean custom, boolean acceptDataLoss, List<String> notRenames,
                              boolean interactive) {

    public GenerateRequest {
        notRenames = notRenames == null ? List.of() : List.copyOf(notRenames);
    }

    void write(DataOutputStream out) throws IOException {
        project.write(out);
        Wire.string(out, name);
        out.writeBoolean(custom);
        out.writeBoolean(acceptDataLoss);
        Wire.strings(out, notRenames);
        out.writeBoolean(interactive);
    }

    static GenerateRequest read(DataInputStream in) throws IOException {
        return new GenerateRequest(ProjectInputs.read(in), Wire.string(in), in.readBoolean(), in.readBoolean(), Wire.strings(in), in.readBoolean());
    }
}
