package dev.godwit.engine.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The daemon's framing: strings as a length and UTF-8 (any size, null as -1), lists as a count and their strings. */
final class Wire {

    /** Sent first on every connection, so a stray client (or an older Godwit) is told apart from a request. */
    static final String MAGIC = "godwit-daemon-1";

    private Wire() {
    }

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Longer than any path list or SQL a run sends; what is longer is not a Godwit request. */
    static final int MAX_STRING = 64 * 1024 * 1024;

    static String string(DataInputStream in) throws IOException {
        return string(in, MAX_STRING);
    }

    /** A string of at most {@code max} bytes: a connection that has not shown the token yet gets no large buffer. */
    static String string(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        if (n > max) throw new IOException("a string of " + n + " bytes, more than " + max + ": not a Godwit request");
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) string(out, s);
    }

    static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) throw new IOException("a list of " + n + " strings: not a Godwit request");
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(string(in));
        return list;
    }
}
