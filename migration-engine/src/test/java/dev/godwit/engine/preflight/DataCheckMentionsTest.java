package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(expected, DataCheck.mentions(sql, word == null ? "" : word), sql + " / " + word);
    }
}
