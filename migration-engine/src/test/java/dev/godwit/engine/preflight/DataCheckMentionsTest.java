package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which tables a statement names, as the pre-flight decides which tables to compare: whole words, any case. */
class DataCheckMentionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DROP TABLE `users`;|users|true",
        "DROP TABLE `Users`;|USERS|true",
        "INSERT INTO \"order items\" SELECT * FROM x;|order items|true",
        "ALTER TABLE users_old RENAME TO x;|users|false",
        "UPDATE old_users SET a = 1;|users|false",
        "DELETE FROM $users;|users|false",
        "DELETE FROM users2;|users|false",
        "DELETE FROM t WHERE note = 'users';|users|true",
        "users|users|true",
        "x.users.y|users|true",
        "UPDATE t SET a = 1;||false"
    })
    void findsWholeWordsOnly(String sql, String word, boolean expected) {
        assertEquals(expected, StatementText.mentions(sql, word == null ? "" : word), sql + " / " + word);
        assertEquals(expected, new StatementText.Mentions(sql).of(word == null ? "" : word), "cut once: " + sql + " / " + word);
    }

    /** Mentions (a statement's words, cut once, for many names) answers exactly as the scan per name. */
    @Test
    void cuttingTheWordsOnceAgreesWithTheScanOnGeneratedStatementsAndNames() {
        Random random = new Random(42);
        String alphabet = "abAB_$09 .,()\"`'é-İ\n";
        for (int i = 0; i < 3000; i++) {
            String sql = text(random, alphabet, 1 + random.nextInt(40));
            StatementText.Mentions m = new StatementText.Mentions(sql);
            List<String> names = new ArrayList<>();
            for (int k = 0; k < 6; k++) names.add(text(random, alphabet, random.nextInt(4)));
            int from = random.nextInt(sql.length());   // names cut out of the statement itself, so that matches happen often
            names.add(sql.substring(from, Math.min(sql.length(), from + 1 + random.nextInt(5))));
            for (String name : names) assertEquals(StatementText.mentions(sql, name), m.of(name), "[" + sql + "] mentions [" + name + "]");
        }
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
