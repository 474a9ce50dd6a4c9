package dev.godwit.engine.pull;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables db:pull finds that are another tool's rather than the application's, which it cannot leave out by itself: other
 * migration tools' histories (Prisma's {@code _prisma_migrations}, Flyway's {@code flyway_schema_history}, ...), and the tables a
 * virtual table of a module this SQLite has not loaded keeps its data in (sqlite-vec's {@code vec_items_rowids}: SQLite lists a
 * virtual table's shadow tables as such only while its module is loaded). Pulled as tables of the schema, the baseline creates them
 * on a new database as plain tables, and deleting such a class later makes db:generate drop the table; each is named with the
 * {@code -Ddb.tablesFilter} pattern that leaves it out.
 */
public final class OtherToolsTables {

    private OtherToolsTables() {
    }

    /** By {@link SqliteNames#key}: history tables of other migration tools and frameworks, with the tool. */
    private static final Map<String, String> HISTORIES = histories();

    private static Map<String, String> histories() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("_prisma_migrations", "Prisma Migrate");
        m.put("flyway_schema_history", "Flyway");
        m.put("databasechangelog", "Liquibase");
        m.put("databasechangeloglock", "Liquibase");
        m.put("django_migrations", "Django");
        m.put("schema_migrations", "Rails (or golang-migrate, dbmate)");
        m.put("ar_internal_metadata", "Rails");
        m.put("alembic_version", "Alembic");
        m.put("__efmigrationshistory", "Entity Framework Core");
        m.put("knex_migrations", "Knex");
        m.put("knex_migrations_lock", "Knex");
        m.put("sequelizemeta", "Sequelize");
        m.put("kysely_migration", "Kysely");
        m.put("kysely_migration_lock", "Kysely");
        m.put("goose_db_version", "goose");
        m.put("_sqlx_migrations", "SQLx");
        m.put("seaql_migrations", "SeaORM");
        m.put("atlas_schema_revisions", "Atlas");
        m.put("room_master_table", "Android Room");
        m.put("android_metadata", "Android");
        m.put("typeorm_metadata", "TypeORM");
        m.put("mikro_orm_migrations", "MikroORM");
        m.put("sequelizedata", "Sequelize");   // sequelize-cli's seeders, with seederStorage "sequelize"
        m.put("doctrine_migration_versions", "Doctrine Migrations");
        m.put("phinxlog", "Phinx");
        m.put("__diesel_schema_migrations", "Diesel");
        m.put("gorp_migrations", "sql-migrate");
        m.put("refinery_schema_history", "refinery");
        return Map.copyOf(m);
    }

    /**
     * The tool whose history a table named {@code migrations} is, told by its columns, as the name alone is one an application may
     * give its own table: TypeORM's (id, timestamp, name) and Laravel's (id, migration, batch). Null for any other.
     */
    private static String plainlyNamedHistory(TableDef t) {
        if (!SqliteNames.key(t.name()).equals("migrations")) return null;
        java.util.Set<String> columns = new java.util.HashSet<>();
        for (dev.godwit.schema.model.ColumnDef c : t.columns()) columns.add(SqliteNames.key(c.name()));
        if (columns.equals(java.util.Set.of("id", "timestamp", "name"))) return "TypeORM";
        if (columns.equals(java.util.Set.of("id", "migration", "batch"))) return "Laravel";
        return null;
    }

    /** The migration tool or framework whose own table {@code t} is named as (Prisma Migrate, Django, TypeORM, ...); null for none. */
    public static String toolOf(TableDef t) {
        return HISTORIES.getOrDefault(SqliteNames.key(t.name()), plainlyNamedHistory(t));
    }

    /** A warning for each pulled table named as another migration tool's history. */
    static List<String> histories(SchemaDef schema) {
        List<String> out = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            String tool = toolOf(t);
            if (tool == null) continue;
            out.add("table " + Quoting.doubleQuoted(t.name()) + " is named as " + tool + "'s own table (its migration history or metadata) and was"
                    + " pulled as a table of the schema. If " + tool + " still uses this database, leave it out: " + filterFor("!" + t.name()) + " (and the same <tablesFilter> in the POM), then pull again; a class of it deleted later"
                    + " makes db:generate write a DROP TABLE for it.");
        }
        return out;
    }

    /**
     * Pulled tables named {@code <virtual table>_...} beside a virtual table whose shadow tables SQLite did not name (its module not
     * loaded here), by virtual table: probably the module's own.
     */
    static Map<String, List<String>> likelyShadows(dev.godwit.engine.db.Database db, SchemaDef schema, java.util.Collection<String> virtualTables) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String v : virtualTables) {
            String prefix = SqliteNames.key(v) + "_";
            List<String> named = schema.tables().stream().map(TableDef::name).filter(n -> SqliteNames.key(n).startsWith(prefix)).toList();
            if (!named.isEmpty() && moduleMissing(db, v)) out.put(v, named);
        }
        return out;
    }

    /** Whether SQLite cannot read the virtual table for want of its module (with it loaded, its shadow tables were left out already). */
    private static boolean moduleMissing(dev.godwit.engine.db.Database db, String virtualTable) {
        try {
            db.query("SELECT name FROM pragma_table_xinfo(?)", virtualTable);
            return false;
        } catch (dev.godwit.engine.db.DatabaseException e) {
            return String.valueOf(e.databaseMessage()).contains("no such module");
        }
    }

    /** A warning for each virtual table's probable shadow tables. */
    static List<String> shadowWarnings(Map<String, List<String>> shadows) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : shadows.entrySet()) {
            List<String> quoted = e.getValue().stream().map(Quoting::doubleQuoted).toList();
            out.add((quoted.size() == 1 ? "table " + quoted.get(0) + " is" : "tables " + String.join(", ", quoted) + " are") + " named as the tables"
                    + " virtual table " + Quoting.doubleQuoted(e.getKey()) + " keeps its data in, whose module this SQLite has not loaded (so it"
                    + " cannot say which are), and " + (quoted.size() == 1 ? "was" : "were") + " pulled as tables of the schema. If they are the"
                    + " module's own, leave them out: " + filterFor("!" + e.getKey() + "_*") + " (and the same <tablesFilter>"
                    + " in the POM), then pull again: the baseline would create them as plain tables on a new database, where the virtual"
                    + " table's CREATE VIRTUAL TABLE then fails on them or finds them not as it made them.");
        }
        return out;
    }

    /** The filter as a command-line argument (a pattern added to one given already: comma-separated). */
    public static String filterFor(String pattern) {
        return dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.tablesFilter=" + pattern);
    }
}
