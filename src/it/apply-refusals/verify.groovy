import java.sql.*

def standIn = dev.godwit.engine.d1.ItHandover.take(basedir.name)
try {
    def tables = { File f ->
        def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + f, new Properties())
        try {
            def out = []
            def rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY name")
            while (rs.next()) out << rs.getString(1)
            out
        } finally { c.close() }
    }
    def log = new File(basedir, 'build.log').text
    def commitRefusal = 'Migration 0001_backfill.sql, statement 2 of 4 is COMMIT, a transaction statement:\n' +
            '[ERROR]     -- now commit\n[ERROR]     COMMIT;\n'
    // 1 and 2: the COMMIT behind a comment is refused before anything runs, locally and on D1 (the same words twice).
    assert log.count(commitRefusal) == 2 : log
    assert log.contains('(as on D1, which refuses transaction statements). Nothing was applied.')
    assert tables(new File(basedir, '.godwit/local.sqlite')) == []
    assert tables(new File(basedir, 'd1.sqlite')) == []
    // Only the read-only history check reached the stand-in; no statement of either migration was sent.
    assert standIn.requestLog().size() == 1 : standIn.requestLog()
    assert standIn.requestLog()[0].contains('pragma_table_info')
    // 3: two entries with one "when" would make the second look applied: refused, nothing applied.
    assert log.contains('The journal\'s migrations are not in strictly increasing "when" order')
    assert log.contains('journal entry 0001_name_index has "when" 1764000000000, not after 0000_init (1764000000000)')
    assert tables(new File(basedir, '.godwit/dup.sqlite')) == []
    // 4: a tag that leaves the folder is refused while reading the journal: no database is even opened, evil.sql never runs.
    assert log.contains('drizzle-evil-tag/meta/_journal.json: entry 1 has "tag" "../outside/evil", which contains a path separator.')
    assert !new File(basedir, '.godwit/evil.sqlite').exists()
    assert !log.contains('was applied by another run')
} finally {
    standIn?.close()
}
return true
