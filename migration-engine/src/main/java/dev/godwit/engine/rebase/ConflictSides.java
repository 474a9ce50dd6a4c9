package dev.godwit.engine.rebase;

/**
 * A file as git leaves it after a conflicted merge, split into the two versions: "ours" (the branch
 * merged into, kept) and "theirs" (the branch merged in, moved). Lines outside conflict blocks
 * belong to both; a diff3 base section ({@code |||||||}) is dropped.
 */
record ConflictSides(String ours, String theirs, boolean conflicted, String theirsLabel) {

    static ConflictSides of(String text) {
        if (!text.contains("<<<<<<<")) return new ConflictSides(text, text, false, null);
        String label = null;
        StringBuilder ours = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        int state = 0; // 0 both, 1 ours, 2 base, 3 theirs
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("<<<<<<<")) {
                state = 1;
                continue;
            }
            if (state == 1 && line.startsWith("|||||||")) {
                state = 2;
                continue;
            }
            if ((state == 1 || state == 2) && line.startsWith("=======")) {
                state = 3;
                continue;
            }
            if (state == 3 && line.startsWith(">>>>>>>")) {
                if (label == null) label = line.substring(7).strip();   // ">>>>>>> main": the branch merged in
                state = 0;
                continue;
            }
            if (state == 0 || state == 1) ours.append(line).append('\n');
            if (state == 0 || state == 3) theirs.append(line).append('\n');
        }
        return new ConflictSides(trimLast(ours), trimLast(theirs), true, label);
    }

    private static String trimLast(StringBuilder sb) {
        return sb.length() > 0 ? sb.substring(0, sb.length() - 1) : "";
    }
}
