package dev.godwit.engine.sql;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of the texts lexed last. A migration's statements are read by a dozen checks one after another (the splitter, D1's
 * rules, the history's, the pre-flight's, the replay's), and each lexed them again: a seventh of the engine tests' CPU went to
 * lexing the same texts. Held by the characters of the texts (a token list weighs about 50 bytes a character: 1M characters,
 * about 50 MB), the least recently used going first, and softly, so the collector takes them back before the application that
 * migrates at its start (the runtime API), a daemon or a studio runs short of memory. The bound holds every statement of a
 * 1,500-table migration: the checks read a migration's statements in order, one pass after another, so with a bound below its
 * size each pass pushed out the statements the next one reads first and none was found (256K characters held none of a 500-table
 * migration's 318K; lexing was an eighth of its db:verify).
 */
final class RecentTokens {

    static final RecentTokens SHARED = new RecentTokens(1 << 20);

    /** Shorter texts are lexed about as fast as they are looked up. */
    private static final int SHORTEST = 24;

    private final long maxChars;
    private final LinkedHashMap<String, SoftReference<Lexed>> byText = new LinkedHashMap<>(64, 0.75f, true);   // guarded by this
    private long chars;   // guarded by this

    RecentTokens(long maxChars) {
        this.maxChars = maxChars;
    }

    /** A text's tokens, and those SQLite executes, each made once. */
    private static final class Lexed {
        final List<SqlLexer.Token> all;
        private volatile List<SqlLexer.Token> significant;

        Lexed(List<SqlLexer.Token> all) {
            this.all = all;
        }

        List<SqlLexer.Token> significant() {
            List<SqlLexer.Token> s = significant;
            if (s == null) {
                List<SqlLexer.Token> out = new ArrayList<>();
                for (SqlLexer.Token t : all) if (!t.isTrivia()) out.add(t);
                significant = s = Collections.unmodifiableList(out);
            }
            return s;
        }
    }

    List<SqlLexer.Token> all(String sql) {
        return lexed(sql).all;
    }

    List<SqlLexer.Token> significant(String sql) {
        return lexed(sql).significant();
    }

    /** The characters of the texts held. */
    synchronized long heldChars() {
        return chars;
    }

    private Lexed lexed(String sql) {
        boolean keep = sql.length() >= SHORTEST && sql.length() <= maxChars / 8;
        if (keep) {
            synchronized (this) {
                SoftReference<Lexed> ref = byText.get(sql);
                Lexed held = ref == null ? null : ref.get();
                if (held != null) return held;
                if (ref != null) {   // taken back by the collector
                    byText.remove(sql);
                    chars -= sql.length();
                }
            }
        }
        Lexed made = new Lexed(Collections.unmodifiableList(SqlLexer.lex(sql)));
        if (keep) {
            synchronized (this) {
                if (byText.putIfAbsent(sql, new SoftReference<>(made)) == null) {
                    chars += sql.length();
                    for (Iterator<Map.Entry<String, SoftReference<Lexed>>> it = byText.entrySet().iterator(); chars > maxChars && it.hasNext(); ) {
                        chars -= it.next().getKey().length();
                        it.remove();
                    }
                }
            }
        }
        return made;
    }
}
