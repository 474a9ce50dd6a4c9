package dev.godwit.engine.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One {@code db:verify} without a live database (-Ddb.drift runs in the build's JVM: it reads credentials), as plain values
 * a daemon can be sent.
 *
 * @param project the schema's sources and the migrations folder
 * @param d1      the project goes to D1: statements D1 refuses are findings too
 */
public record VerifyRequest(ProjectInputs project, boolean d1) {

    void write(DataOutputStream out) throws IOException {
        project.write(out);
        out.writeBoolean(d1);
    }

    static VerifyRequest read(DataInputStream in) throws IOException {
        return new VerifyRequest(ProjectInputs.read(in), in.readBoolean());
    }
}
