package dev.godwit.engine.daemon;

import java.io.DataOutputStream;
import java.io.IOException;

/** A job's outcome as the daemon sends it back. */
interface Reply {

    void write(DataOutputStream out) throws IOException;
}
