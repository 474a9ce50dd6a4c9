// Prepares one migrations folder per failure db:verify must catch, with the engine itself.
import dev.godwit.engine.generate.*
import dev.godwit.engine.folder.*
import dev.godwit.engine.yaml.YamlSchemaReader
import java.nio.file.*

def base = basedir.toPath()
def v1 = YamlSchemaReader.read(base.resolve('schema-v1.yaml'))
def v2 = YamlSchemaReader.read(base.resolve('schema.yaml'))
def make = { String name ->
    def f = MigrationsFolder.at(base.resolve(name))
    def g = new Generator()
    g.generate(v1, f, GenerateOptions.batch().withName('authors'))
    g.generate(v2, f, GenerateOptions.batch().withName('books'))
    f
}
['drizzle', 'edited', 'orphan', 'missing', 'branches', 'replay', 'custom'].each { make(it) }

// edited: a generated migration changed by hand afterwards
def e = base.resolve('edited/0001_books.sql')
Files.writeString(e, e.text.replace('`title` text NOT NULL', '`title` text'))

// orphan: a SQL file nobody put in the journal
Files.writeString(base.resolve('orphan/0002_extra.sql'), 'CREATE TABLE extra (id integer);')

// missing: a journal entry whose file is gone
Files.delete(base.resolve('missing/0001_books.sql'))

// branches: two migrations generated from the same parent on two branches, then merged
def b = MigrationsFolder.at(base.resolve('branches'))
def parent = b.readSnapshot(b.snapshotFile('0000_authors'))
def other = new Snapshot(UUID.randomUUID().toString(), parent.id(), v2, null, null)
Files.writeString(b.metaDir().resolve('0002_snapshot.json'), JsonText.pretty(SnapshotCodec.toJson(other)))
Files.writeString(b.sqlFile('0002_books_other'), b.sqlFile('0001_books').text)
def j = b.readJournal()
def entry = new JournalEntry(2, '6', j.entries().last().when() + 1, '0002_books_other', true)
Files.writeString(b.journalFile(), j.append(entry).toJsonText())

// replay: a migration edited so the schema it builds is not the recorded one (no checksum file, as drizzle-kit writes)
def r = base.resolve('replay/0001_books.sql')
Files.writeString(r, r.text.replace(',\n\t`author_id` integer NOT NULL', ',\n\t`author_id` integer NOT NULL,\n\t`isbn` text'))
Files.delete(base.resolve('replay/meta/_sums/0001_books.sha256'))

// custom: a hand-written custom migration is legitimate, also when edited before it was ever applied
def cf = MigrationsFolder.at(base.resolve('custom'))
new Generator().generate(v2, cf, GenerateOptions.batch().withCustom(true).withName('seed'))
Files.writeString(cf.sqlFile('0002_seed'), Generator.CUSTOM_SQL + "\nINSERT INTO authors (name) VALUES ('Ursula');")
return true
