package dev.godwit.engine.rebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:rebase on drizzle-kit 0.28's folder named by times ({@code migrations.prefix "supabase"}) whose {@code 0004_bio} a teammate's
 * drizzle-kit wrote without that setting ({@code drizzle-kit-0.28/mixed-prefix/}): a real git merge of a branch that forked before
 * 0004_bio, whichever side holds it. The moved migration must be named so that its snapshot sorts after every other (drizzle-kit
 * diffs from the last by name), follow the kept side's last migration in the chain, and hold the moved side's changes only.
 */
class MixedPrefixRebaseTest {

    @TempDir
    Path repo;

    MigrationsFolder folder;
    Path aside;
    String fullJournal;
    final RecordingLog log = new RecordingLog();

    void git(String... args) throws Exception {
        GitMerges.git(repo, args);
    }

    /** The fixture up to 20261207140719_articles committed on main, 0004_bio's files kept aside; then a branch feature. */
    @BeforeEach
    void base() throws Exception {
        Path fixture = Path.of(getClass().getResource("/drizzle-kit-0.28/mixed-prefix/drizzle").toURI());
        Path dir = repo.resolve("drizzle");
        try (Stream<Path> s = Files.walk(fixture)) {
            for (Path p : s.sorted().toList()) {
                Path target = dir.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        folder = MigrationsFolder.at(dir);
        aside = Files.createDirectories(repo.getParent().resolve(repo.getFileName() + "-aside"));
        fullJournal = Files.readString(folder.journalFile());
        Files.move(folder.sqlFile("0004_bio"), aside.resolve("0004_bio.sql"));
        Files.move(folder.snapshotFile("0004_bio"), aside.resolve("0004_snapshot.json"));
        String cut = fullJournal.replaceFirst(",\\s*\\{[^{}]*\"0004_bio\"[^{}]*\\}", "");
        assertTrue(!cut.contains("0004_bio"), cut);
        Files.writeString(folder.journalFile(), cut);
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "drizzle-kit's folder, named by times");
        git("checkout", "-q", "-b", "feature");
    }

    /** drizzle-kit's 0004_bio, as the teammate committed it. */
    void commitBio() throws Exception {
        Files.copy(aside.resolve("0004_bio.sql"), folder.sqlFile("0004_bio"));
        Files.copy(aside.resolve("0004_snapshot.json"), folder.snapshotFile("0004_bio"));
        Files.writeString(folder.journalFile(), fullJournal);
        git("add", "-A");
        git("commit", "-q", "-m", "0004_bio");
    }

    /** Godwit's db:generate at 15:00 UTC that day (after 0004_bio's 14:22), adding users.{column} to the schema of 20261207140719_articles. */
    String commitColumn(String column) throws Exception {
        SchemaDef s = withColumn(folder.readSnapshot(folder.snapshotFile("20261207140719_articles")).schema(), column);
        Generator g = new Generator(Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC), new java.util.Random(1));
        String tag = g.generate(s, folder, GenerateOptions.batch().withName(column)).tag();
        git("add", "-A");
        git("commit", "-q", "-m", column);
        return tag;
    }

    static SchemaDef withColumn(SchemaDef schema, String column) {
        List<TableDef> tables = new ArrayList<>(schema.tables());
        int users = tables.indexOf(tables.stream().filter(t -> t.name().equals("users")).findFirst().orElseThrow());
        List<ColumnDef> cols = new ArrayList<>(tables.get(users).columns());
        cols.add(ColumnDef.of(column, "text"));
        tables.set(users, tables.get(users).withColumns(cols));
        return new SchemaDef(tables, schema.views());
    }

    List<String> journal() {
        return folder.readJournal().entries().stream().map(e -> e.idx() + ":" + e.tag()).toList();
    }

    /**
     * The last snapshot by name, the one drizzle-kit diffs from, is the last migration's, and it follows the one before; the
     * journal's "when"s rise (drizzle-orm's migrate() runs a migration whose "when" is after the last applied one's).
     */
    void lastByNameIsLast(String tag, String before) {
        List<Long> whens = folder.readJournal().entries().stream().map(e -> e.when()).toList();
        for (int i = 1; i < whens.size(); i++) assertTrue(whens.get(i) > whens.get(i - 1), whens.toString());
        List<Path> snapshots = folder.snapshotFiles();
        assertEquals(folder.snapshotFile(tag), snapshots.get(snapshots.size() - 1), snapshots.toString());
        assertEquals(folder.readSnapshot(folder.snapshotFile(before)).id(), folder.readSnapshot(folder.snapshotFile(tag)).prevId());
    }

    /** main holds 0004_bio; the feature branch generated users.avatar with Godwit before it: the avatar moves after 0004_bio. */
    @Test
    void godwitsMigrationMovesAfterDrizzleKits0004() throws Exception {
        String avatar = commitColumn("avatar");
        assertEquals("20261207150000_avatar", avatar);
        git("checkout", "-q", "main");
        commitBio();
        git("merge", "-q", "feature");
        assertTrue(Files.readString(folder.journalFile()).contains("<<<<<<<"), "git left the journal conflicted");

        assertEquals(List.of(avatar), new Rebaser(log).rebase(folder), log.lines().toString());
        assertEquals(List.of("0:20261207140652_init", "1:20261207140659_rename_name", "2:20261207140709_seed", "3:20261207140719_articles",
                "4:0004_bio", "5:" + avatar), journal());
        assertEquals("ALTER TABLE `users` ADD `avatar` text;", Files.readString(folder.sqlFile(avatar)).strip());
        lastByNameIsLast(avatar, "0004_bio");
        assertEquals(List.of(), FolderCheck.problems(folder));
        SchemaDef bio = folder.readSnapshot(folder.snapshotFile("0004_bio")).schema();
        assertEquals(List.of(), Verifier.verify(withColumn(bio, "avatar"), folder));
    }

    /** The feature branch holds drizzle-kit's 0004_bio; main generated users.phone with Godwit: 0004_bio moves, named by a time. */
    @Test
    void drizzleKits0004MovesAfterGodwitsMigrationNamedByATime() throws Exception {
        commitBio();
        git("checkout", "-q", "main");
        String phone = commitColumn("phone");
        git("merge", "-q", "feature");
        assertTrue(Files.readString(folder.journalFile()).contains("<<<<<<<"), "git left the journal conflicted");

        List<String> moved = new Rebaser(log).rebase(folder);
        assertEquals(List.of("20261207150001_bio"), moved, log.lines().toString());
        assertEquals(List.of("0:20261207140652_init", "1:20261207140659_rename_name", "2:20261207140709_seed", "3:20261207140719_articles",
                "4:" + phone, "5:20261207150001_bio"), journal());
        assertEquals(List.of("ALTER TABLE `users` ADD `bio` text;", "CREATE INDEX `comments_article_idx` ON `comments` (`article_id`);"),
                folder.migrations().get(5).statements().stream().map(String::strip).toList());
        lastByNameIsLast("20261207150001_bio", phone);
        assertEquals(List.of(), FolderCheck.problems(folder));
        SchemaDef bio = folder.readSnapshot(aside.resolve("0004_snapshot.json")).schema();
        assertEquals(List.of(), Verifier.verify(withColumn(bio, "phone"), folder));
        assertTrue(!Files.exists(folder.sqlFile("0004_bio")) && !Files.exists(folder.snapshotFile("0004_bio")), "0004_bio's files moved");
    }

    /**
     * Both sides wrote a 0004 with drizzle-kit (no prefix setting): they share meta/0004_snapshot.json, which git leaves with both
     * sides in it. The feature's 0004_avatar moves after main's 0004_bio, named by a time after the folder's last by name.
     */
    @Test
    void twoDrizzleKit0004sShareTheirSnapshotAndOneMoves() throws Exception {
        String avatar = commitColumn("avatar");
        for (var f : List.of(folder.sqlFile(avatar), folder.snapshotFile(avatar), folder.sumFile(avatar))) {
            Path to = f.resolveSibling(f.getFileName().toString().replace("20261207150000_avatar", "0004_avatar").replace("20261207150000_snapshot", "0004_snapshot"));
            Files.move(f, to);
        }
        Files.delete(folder.sumFile("0004_avatar"));   // drizzle-kit writes no checksum file
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace(avatar, "0004_avatar"));
        git("add", "-A");
        git("commit", "-q", "-m", "drizzle-kit's 0004_avatar");
        git("checkout", "-q", "main");
        commitBio();
        git("merge", "-q", "feature");
        assertTrue(Files.readString(folder.snapshotFile("0004_bio")).contains("<<<<<<<"), "git left the shared snapshot conflicted");

        List<String> moved = new Rebaser(log).rebase(folder);
        assertEquals(1, moved.size(), moved.toString());
        String tag = moved.get(0);
        assertTrue(tag.matches("\\d{14}_avatar") && tag.compareTo("20261207140719_articles") > 0, tag);
        assertEquals(List.of("0:20261207140652_init", "1:20261207140659_rename_name", "2:20261207140709_seed", "3:20261207140719_articles",
                "4:0004_bio", "5:" + tag), journal());
        assertEquals("ALTER TABLE `users` ADD `avatar` text;", Files.readString(folder.sqlFile(tag)).strip());
        lastByNameIsLast(tag, "0004_bio");
        assertEquals(List.of(), FolderCheck.problems(folder));
        SchemaDef bio = folder.readSnapshot(folder.snapshotFile("0004_bio")).schema();
        assertEquals(List.of(), Verifier.verify(withColumn(bio, "avatar"), folder));
    }
}
