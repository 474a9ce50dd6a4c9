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
    def log = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
    // One mvn start, fail-at-end: every scenario (module) ran and failed on its own; the aggregator, built last, skips.
    log.expectOutcomes(['commit-local': 'FAILURE', 'commit-d1': 'FAILURE', 'same-when': 'FAILURE', 'tag-outside-folder': 'FAILURE',
                        'apply-refusals': 'SUCCESS'])
    def commitRefusal = 'Migration 0001_backfill.sql, statement 2 of 4 is COMMIT, a transaction statement:\n' +
            '[ERROR]     COMMIT;\n'   // quoted from its SQL, the comment before it left out
    // commit-local and commit-d1: the COMMIT behind a comment is refused before anything runs, locally and on D1 (the same words).
    for (module in ['commit-local', 'commit-d1']) {
        assert log.failure(module).contains(commitRefusal) : log.failure(module)
        assert log.failure(module).contains('(as on D1, which refuses transaction statements). Nothing was applied.')
    }
    // refused before anything was written: no empty database file (nor its .godwit folder) is left behind
    assert !new File(basedir, '.godwit/local.sqlite').exists()
    assert tables(new File(basedir, 'd1.sqlite')) == []
    // Only the read-only history check reached the stand-in; no statement of either migration was sent.
    assert standIn.requestLog().size() == 1 : standIn.requestLog()
    assert standIn.requestLog()[0].contains('pragma_table_info')
    // same-when: two entries with one "when" would make the second look applied: refused, nothing applied.
    def sameWhen = log.failure('same-when')
    assert sameWhen.contains('The journal\'s migrations are not in strictly increasing "when" order') : sameWhen
    assert sameWhen.contains('journal entry 0001_name_index has "when" 1764000000000, not after 0000_init (1764000000000)')
    assert !new File(basedir, '.godwit/dup.sqlite').exists()
    // tag-outside-folder: a tag that leaves the folder is refused while reading the journal: no database is even opened, evil.sql never runs.
    def outside = log.failure('tag-outside-folder')
    assert outside.contains('drizzle-evil-tag/meta/_journal.json: entry 1 has "tag" "../outside/evil", which contains a path separator.') : outside
    assert !new File(basedir, '.godwit/evil.sqlite').exists()
    assert !new File(basedir, 'build.log').text.contains('was applied by another run')
} finally {
    standIn?.close()
}
return true
