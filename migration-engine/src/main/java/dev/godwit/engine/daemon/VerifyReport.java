package dev.godwit.engine.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What {@code db:verify} says, the same whether it ran in the daemon or in the caller's JVM.
 *
 * @param problems     what does not match, each with what to do (empty: the check passed)
 * @param warnings     warnings to show
 * @param migrations   how many migrations the folder holds
 * @param schemaMillis how long the schema took to load on its own thread (0: one kept from the same inputs)
 */
public record VerifyReport(List<String> problems, List<String> warnings, int migrations, long schemaMillis) implements Reply {

    public VerifyReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        Wire.strings(out, problems);
        Wire.strings(out, warnings);
        out.writeInt(migrations);
        out.writeLong(schemaMillis);
    }

    static VerifyReport read(DataInputStream in) throws IOException {
        return new VerifyReport(Wire.strings(in), Wire.strings(in), in.readInt(), in.readLong());
    }
}
