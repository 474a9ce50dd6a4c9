package dev.godwit.engine.generate;

import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.ProblemOrder;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SchemaValidator;
import dev.godwit.schema.model.SourceMap;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A schema that failed to read still has its other tables tried as db:generate tries a sound one ({@link RefusedDeclarations}: a
 * CHECK or generated column SQLite refuses, one that reads the clock), so that a wrong default in one table does not hide those of
 * another until the next run. Only tables with no problem of their own are tried: one with a column left out, a duplicate column
 * or a key naming a column that is not there would be refused by SQLite for what was already said.
 */
final class ChecksPastReading {

    private ChecksPastReading() {
    }

    /** {@code read} with the problems the later checks find in its sound tables added, or {@code read} itself when they find none. */
    static SchemaException along(SchemaException read, SchemaDef before) {
        if (read.whole() == null) return read;
        SchemaDef whole = read.whole();
        List<TableDef> sound = whole.tables().stream().filter(t -> sound(t, whole)).toList();
        if (sound.isEmpty() && whole.views().isEmpty()) return read;
        List<String> more = new ArrayList<>();
        List<List<TableDef>> rounds = apart(sound);
        for (int i = 0; i < rounds.size(); i++) {
            try {
                RefusedDeclarations.require(before, new SchemaDef(rounds.get(i), i == 0 ? whole.views() : List.of()).withSources(whole.sources()));
            } catch (SchemaException refused) {
                more.addAll(refused.problems());
            }
        }
        if (more.isEmpty()) return read;
        List<String> all = new ArrayList<>(read.problems());
        all.addAll(more);
        return new SchemaException(ProblemOrder.byFileAndLine(all, read.files()));   // the later checks' among the reader's
    }

    /**
     * {@code tables} in rounds whose tables and indexes have names of their own: SQLite's trial creates a round's tables in one
     * database, where a second of a name (users and USERS, an index name two tables use, both already said by the validator) would be
     * refused as "already exists", words that repeat the validator's and point at the CHECK. Each table is still tried, in a later round.
     */
    private static List<List<TableDef>> apart(List<TableDef> tables) {
        List<List<TableDef>> rounds = new ArrayList<>();
        List<Set<String>> taken = new ArrayList<>();
        for (TableDef t : tables) {
            List<String> names = new ArrayList<>();
            names.add(SqliteNames.key(t.name()));
            for (IndexDef i : t.indexes()) names.add(SqliteNames.key(i.name()));
            int r = 0;
            while (r < rounds.size() && names.stream().anyMatch(taken.get(r)::contains)) r++;
            if (r == rounds.size()) {
                rounds.add(new ArrayList<>());
                taken.add(new java.util.HashSet<>());
            }
            rounds.get(r).add(t);
            taken.get(r).addAll(names);
        }
        return rounds;
    }

    /** Whether the validator finds nothing in {@code t} alone (its foreign keys are not followed: SQLite creates it without them). */
    private static boolean sound(TableDef t, SchemaDef schema) {
        Set<String> others = new HashSet<>();
        for (TableDef o : schema.tables()) if (o != t) others.add(SqliteNames.key(o.name()));
        for (var fk : t.foreignKeys()) others.add(SqliteNames.key(fk.refTable()));
        others.remove(SqliteNames.key(t.name()));
        return SchemaValidator.problems(new SchemaDef(List.of(t), List.of()), SourceMap.NAMES, others).isEmpty();
    }
}
