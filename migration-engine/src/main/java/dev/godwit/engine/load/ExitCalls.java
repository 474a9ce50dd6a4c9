package dev.godwit.engine.load;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * Finds calls that end the JVM ({@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}) in
 * a class file, by reading its constant pool: every method a class calls is a {@code Methodref}
 * there. Schema classes are checked before they are initialised, because nothing can stop such a
 * call from a running class on every Java that Godwit supports (the SecurityManager that could is
 * refused at run time from Java 18 on).
 */
final class ExitCalls {

    private ExitCalls() {
    }

    /** "System.exit", "Runtime.exit" or "Runtime.halt" when the class calls it, else null (also for bytes that are no class file). */
    static String find(byte[] classFile) {
        // Nearly every class names neither method: two byte searches spare decoding the whole constant pool.
        // (As a Latin-1 string, whose indexOf the JVM runs as compiled code even on its first call.)
        String text = new String(classFile, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!text.contains("exit") && !text.contains("halt")) return null;
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) return null;
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            int[] natNameIndex = new int[count];
            int[][] methodRefs = new int[count][];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;   // takes two slots
                    }
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 17, 18 -> {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 10, 11 -> methodRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> {
                        natNameIndex[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> {
                        return null;   // a constant pool this reader does not know: no verdict
                    }
                }
            }
            for (int[] ref : methodRefs) {
                if (ref == null) continue;
                String owner = utf8[classNameIndex[ref[0]]];
                String name = utf8[natNameIndex[ref[1]]];
                if ("java/lang/System".equals(owner) && "exit".equals(name)) return "System.exit";
                if ("java/lang/Runtime".equals(owner) && ("exit".equals(name) || "halt".equals(name))) return "Runtime." + name;
            }
            return null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
