package dev.godwit.engine.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.Column;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.View;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlSchemaReaderTest {

    @TempDir
    Path dir;

    static final class Orgs extends Table {
        static final Orgs ORGS = new Orgs();
        final Column id = integer("id").primaryKey().autoIncrement();
        final Column name = text("name").length(80).notNull();

        private Orgs() {
            super("orgs");
        }
    }

    static final class Users extends Table {
        static final Users USERS = new Users();
        final Column id = integer("id").primaryKey().autoIncrement();
        final Column orgId = integer("org_id").notNull().references(() -> Orgs.ORGS.id).onDelete(FkAction.CASCADE);
        final Column email = text("email").notNull().unique();
        final Column handle = text("handle").unique("users_handle_uq");
        final Column active = integer("active").mode(ColumnMode.BOOLEAN).notNull().defaultValue(true);
        final Column score = real("score").defaultValue(0.5);
        final Column rank = integer("rank").defaultValue(3);
        final Column role = text("role").enumValues("admin", "member", "it's").defaultValue("it's");
        final Column createdAt = integer("created_at").mode(ColumnMode.TIMESTAMP).defaultSql("(unixepoch())");
        final Column lower = text("email_lower").generatedAlwaysAs("lower(email)", Generated.Type.STORED);
        final Column fullName = text("full_name").renamedFrom("name");
        final Column managerId = integer("manager_id");

        private Users() {
            super("users");
            renamedFrom("people");
            unique("users_org_email_uq").on(orgId, email);
            index("users_email_idx").on(email).where("email IS NOT NULL");
            index("users_lower_idx").onExpression("lower(\"email\")");
            foreignKey(managerId).references(() -> Users.USERS.id).name("users_manager_fk").onDelete(FkAction.SET_NULL);
            check("email_has_at", "instr(email, '@') > 0");
        }
    }

    static final class Memberships extends Table {
        static final Memberships MEMBERSHIPS = new Memberships();
        final Column orgId = integer("org_id").notNull();
        final Column email = text("email").notNull();

        private Memberships() {
            super("select");
            primaryKey(orgId, email);
            foreignKey(orgId, email).references(() -> Users.USERS.orgId, () -> Users.USERS.email).onUpdate(FkAction.RESTRICT);
        }
    }

    static final class ActiveUsers extends View {
        static final ActiveUsers ACTIVE = new ActiveUsers();

        private ActiveUsers() {
            super("active_users", "select id from users where active = 1");
        }
    }

    static final String EVERYTHING = """
            tables:
              - name: orgs
                columns:
                  - {name: id, type: integer, primaryKey: true, autoincrement: true}
                  - {name: name, type: TEXT, length: 80, notNull: true}
              - name: users
                renamedFrom: people
                columns:
                  - {name: id, type: integer, primaryKey: true, autoincrement: true}
                  - {name: org_id, type: integer, notNull: true, references: {table: orgs, column: id, onDelete: cascade}}
                  - {name: email, type: text, notNull: true, unique: true}
                  - {name: handle, type: text, unique: users_handle_uq}
                  - {name: active, type: integer, mode: boolean, notNull: true, default: true}
                  - {name: score, type: real, default: 0.5}
                  - {name: rank, type: integer, default: 3}
                  - {name: role, type: text, enum: [admin, member, "it's"], default: "it's"}
                  - {name: created_at, type: integer, mode: timestamp, default: {sql: "(unixepoch())"}}
                  - {name: email_lower, type: text, generated: {as: "lower(email)", type: stored}}
                  - {name: full_name, type: text, renamedFrom: name}
                  - {name: manager_id, type: integer}
                uniques: [{name: users_org_email_uq, columns: [org_id, email]}]
                indexes:
                  - {name: users_email_idx, columns: [email], where: "email IS NOT NULL"}
                  - {name: users_lower_idx, expressions: ['lower("email")']}
                foreignKeys:
                  - {name: users_manager_fk, columns: [manager_id], references: {table: users, columns: [id]}, onDelete: set null}
                checks: [{name: email_has_at, expression: "instr(email, '@') > 0"}]
              - name: select
                columns:
                  - {name: org_id, type: integer, notNull: true}
                  - {name: email, type: text, notNull: true}
                primaryKey: {columns: [org_id, email]}
                foreignKeys:
                  - {columns: [org_id, email], references: {table: users, columns: [org_id, email]}, onUpdate: restrict}
            views:
              - {name: active_users, as: "select id from users where active = 1"}
            """;

    @Test
    void givesExactlyTheModelOfTheSameJavaDeclaration() {
        SchemaDef java = SchemaCollector.collect(List.of(Orgs.ORGS, Users.USERS, Memberships.MEMBERSHIPS, ActiveUsers.ACTIVE));
        assertEquals(java, YamlSchemaReader.read(EVERYTHING, "schema.yaml"));
    }

    @Test
    void theReadmeExampleParses() {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: orgs
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: users
                    renamedFrom: people
                    columns:
                      - {name: id, type: integer, primaryKey: true, autoincrement: true}
                      - {name: org_id, type: integer}
                      - {name: email, type: text, notNull: true, unique: true}
                      - {name: active, type: integer, mode: boolean, default: true}
                      - {name: created_at, type: integer, default: {sql: "(unixepoch())"}}
                      - {name: full_name, type: text, renamedFrom: name}
                    indexes:     [{name: users_email_idx, columns: [email], unique: false, where: "email IS NOT NULL"}]
                    foreignKeys: [{columns: [org_id], references: {table: orgs, columns: [id]}, onDelete: cascade, onUpdate: no action}]
                    uniques:     [{name: users_org_email_uq, columns: [org_id, email]}]
                    checks:      [{name: email_has_at, expression: "instr(email, '@') > 0"}]
                """, "schema.yaml");
        assertEquals(List.of("orgs", "users"), s.tableNames());
        assertEquals("users_org_id_orgs_id_fk", s.table("users").orElseThrow().foreignKeys().get(0).name());
        assertEquals(List.of("users_email_unique", "users_email_idx", "users_org_email_uq"),
                s.table("users").orElseThrow().indexes().stream().map(i -> i.name()).toList());
    }

    @Test
    void oddIdentifiersWork() {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: 'order "items"'
                    columns:
                      - {name: "`select`", type: integer, primaryKey: true}
                      - {name: on, type: text}
                      - {name: group by, type: text}
                """, "odd.yaml");
        assertEquals(List.of("`select`", "on", "group by"), s.table("order \"items\"").orElseThrow().columnNames());
    }

    @Test
    void everyProblemNamesFileLineAndKey() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text, nullable: true}
                      - {name: active, type: integer, mode: json}
                      - {name: kind, type: varchar}
                      - {name: n, type: integer, notNull: "yes please"}
                      - {type: text}
                    foreignKeys: [{columns: [id], references: {table: orgs, columns: [id]}, onDelete: explode}]
                """, "schema.yaml"));
        assertEquals(List.of(
                "schema.yaml line 5: unknown key \"nullable\" in a column of table \"users\" (known keys: name, type, primaryKey, autoincrement,"
                        + " notNull, unique, default, mode, renamedFrom, references, enum, generated, length, sqlType)",
                "schema.yaml line 6: \"mode\" of column \"active\" of table \"users\" cannot be \"json\"; for integer columns use one of: number, boolean, timestamp, timestamp_ms",
                "schema.yaml line 7: \"type\" of column \"kind\" of table \"users\" must be one of integer, text, real, blob, numeric, not \"varchar\"; for another SQL type write sqlType: \"varchar\" instead of type",
                "schema.yaml line 8: \"notNull\" of column \"n\" of table \"users\" must be true or false, not \"yes please\"",
                "schema.yaml line 9: a column of table \"users\" needs \"name\"",
                "schema.yaml line 10: \"onDelete\" of a foreign key of table \"users\" must be one of: no action, restrict, cascade, set null, set default; not \"explode\"",
                // checked in the same run, not after the rest is fixed
                "schema.yaml line 10 (foreign key \"users_id_orgs_id_fk\" of table \"users\"): foreign key \"users_id_orgs_id_fk\" references table"
                        + " \"orgs\", which is not in the schema"),
                e.problems());
    }

    /**
     * {@code sqlType}: any SQL type text, as Java's {@code column(name, sqlType)} (what db:pull writes for {@code varchar(255)} or
     * a collation); "type" stays one of the five. Both at once, a length beside it, or a text SQLite does not read as a type are
     * refused at their line.
     */
    @Test
    void sqlTypeTakesAnyTypeTextAsJavasColumnDoes() {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: code, sqlType: "varchar(8) COLLATE NOCASE", notNull: true, default: {sql: "'a'"}}
                """, "schema.yaml");
        ColumnDef code = s.table("users").orElseThrow().columns().get(1);
        assertEquals("varchar(8) COLLATE NOCASE", code.type());
        assertEquals("NOCASE", code.collation());
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: a, type: text, sqlType: "varchar(8)"}
                      - {name: b, sqlType: "varchar(8)", length: 8}
                      - {name: c, sqlType: "text not null"}
                """, "schema.yaml"));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertEquals("schema.yaml line 5: column \"a\" of table \"users\" gives both \"type\" and \"sqlType\": keep one (\"type\" for integer,"
                + " text, real, blob, numeric, \"sqlType\" for any other SQL type text)", e.problems().get(0));
        assertEquals("schema.yaml line 6: \"length\" of column \"b\" of table \"users\" applies to type: text; with \"sqlType\" write the length"
                + " in it (sqlType: \"varchar(20)\")", e.problems().get(1));
        assertTrue(e.problems().get(2).startsWith("schema.yaml line 7: \"sqlType\" of column \"c\" of table \"users\": "), e.problems().get(2));
    }

    static final class Typed extends Table {
        static final Typed T = new Typed();
        final Column id = integer("id").primaryKey();
        final Column prefs = column("prefs", "TEXT COLLATE NOCASE").mode(ColumnMode.JSON);
        final Column status = column("status", "varchar(10)").enumValues("a", "b").defaultValue("a");
        final Column flag = column("flag", "INTEGER").mode(ColumnMode.BOOLEAN).defaultValue(true);
        final Column zip = column("zip", "TEXT").defaultValue("yes");

        private Typed() {
            super("typed");
        }
    }

    /**
     * What Java's column(name, sqlType) takes, sqlType: takes alike: a mode and an enum go by the type's base name and affinity
     * (TEXT COLLATE NOCASE is text, varchar(10) a text affinity), and a default is read as on that type. They were refused ("mode
     * ... cannot be json", "enum ... applies to text columns only") where sqlType was not one of the five as written.
     */
    @Test
    void sqlTypeTakesTheModeEnumAndDefaultsJavasColumnTakes() {
        SchemaDef fromYaml = YamlSchemaReader.read("""
                tables:
                  - name: typed
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: prefs, sqlType: "TEXT COLLATE NOCASE", mode: json}
                      - {name: status, sqlType: "varchar(10)", enum: [a, b], default: a}
                      - {name: flag, sqlType: "INTEGER", mode: boolean, default: true}
                      - {name: zip, sqlType: "TEXT", default: yes}
                """, "s.yaml");
        assertEquals(SchemaCollector.collect(List.of(Typed.T)), fromYaml);
    }

    /**
     * A character YAML does not allow in a file (U+FFFF pasted into a default, a form feed) was refused as "schema.yaml: not valid
     * YAML: special characters are not allowed", with no line and no character: it names both now, and the escape that writes it.
     */
    @Test
    void aCharacterYamlDoesNotAllowIsNamedAtItsLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: "t😀"
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: hi, type: text, default: "zz\uFFFF"}
                """, "schema.yaml"));
        assertEquals(List.of("schema.yaml line 5: not valid YAML: the character U+FFFF, which YAML does not allow in a file; remove it, or write"
                + " it as an escape in a double-quoted string (\"\\uffff\")"), e.problems());
        SchemaException ff = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("tables:\n  - name: t\n    columns:\n"
                + "      - {name: id, type: integer, primaryKey: true}\n      - {name: a\f, type: text}\n", "schema.yaml"));
        assertEquals(List.of("schema.yaml line 5: not valid YAML: the character U+000C, which YAML does not allow in a file; remove it, or write"
                + " it as an escape in a double-quoted string (\"\\u000c\")"), ff.problems());
    }

    /** A typo of a key or of a referenced name gets the name it most likely meant, at its line. */
    @Test
    void typosGetTheNameTheyMeant() {
        SchemaException keys = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    colums:
                      - {name: id, type: integer, primarykey: true}
                """, "schema.yaml"));
        assertEquals(List.of(
                "schema.yaml line 3: unknown key \"colums\" in a table: did you mean \"columns\"? (known keys: name, renamedFrom, columns,"
                        + " primaryKey, indexes, foreignKeys, uniques, checks)"), keys.problems(), "not also: table \"users\" has no \"columns\"");
        SchemaException refs = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text}
                  - name: posts
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: author_id, type: integer, references: {table: user, column: id}}
                      - {name: editor_id, type: integer, references: {table: users, column: idd}}
                """, "schema.yaml"));
        assertEquals(List.of(
                "schema.yaml line 9 (column \"posts\".\"author_id\"): foreign key \"posts_author_id_user_id_fk\" references table \"user\", which is not"
                        + " in the schema; did you mean \"users\"?",
                "schema.yaml line 10 (column \"posts\".\"editor_id\"): foreign key \"posts_editor_id_users_idd_fk\" references column \"users\".\"idd\","
                        + " which does not exist; did you mean \"id\"?"), refs.problems());
    }

    /** A table-level foreign key's error is at its own line, not at its table's (nor, for one column, at the column's). */
    @Test
    void aTableLevelForeignKeysErrorIsAtItsLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: orgs
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: region, type: text}
                    uniques:
                      - {name: orgs_id_region, columns: [id, region]}
                  - name: members
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: org_id, type: integer}
                      - {name: region, type: text}
                    foreignKeys:
                      - {name: members_org_fk, columns: [org_id, region], references: {table: org, columns: [id, region]}}
                      - {columns: [org_id], references: {table: orgs, columns: [idd]}}
                """, "schema.yaml"));
        assertEquals(List.of(
                "schema.yaml line 14 (foreign key \"members_org_fk\" of table \"members\"): foreign key \"members_org_fk\" references table \"org\","
                        + " which is not in the schema; did you mean \"orgs\"?",
                "schema.yaml line 15 (foreign key \"members_org_id_orgs_idd_fk\" of table \"members\"): foreign key \"members_org_id_orgs_idd_fk\""
                        + " references column \"orgs\".\"idd\", which does not exist; did you mean \"id\"?"), e.problems());
    }

    /** {@code columns: email} (a name where the list of columns goes): one error saying the shape, not a cascade. */
    @Test
    void aScalarWhereTheColumnsGoIsOneClearError() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns: email
                """, "schema.yaml"));
        assertEquals(List.of("schema.yaml line 3: \"columns\" of table \"users\" must be a list, not \"email\""), e.problems());
    }

    /**
     * With every problem said in one run, what needs a refused part is not checked: an index over a column whose type was refused
     * is not said to name "a column which is not in table", nor a foreign key to it to reference one that "does not exist".
     */
    @Test
    void whatNeedsARefusedPartIsNotReportedAgainInOtherWords() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: varchar}
                    indexes:
                      - {name: users_email_idx, columns: [email], unique: true}
                  - name: invites
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text, references: {table: users, column: email}}
                  - name: orgs
                    colums:
                      - {name: id, type: integer, primaryKey: true}
                  - name: teams
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: org_id, type: integer, references: {table: orgs, column: id}}
                      - {name: org_id, type: integer}
                """, "schema.yaml"));
        assertEquals(List.of(
                "schema.yaml line 5: \"type\" of column \"email\" of table \"users\" must be one of integer, text, real, blob, numeric, not \"varchar\"; for another SQL type write sqlType: \"varchar\" instead of type",
                "schema.yaml line 13: unknown key \"colums\" in a table: did you mean \"columns\"? (known keys: name, renamedFrom, columns, primaryKey,"
                        + " indexes, foreignKeys, uniques, checks)",
                "schema.yaml line 19 (column \"teams\".\"org_id\"): duplicate column name \"org_id\" in table \"teams\", also declared at"
                        + " schema.yaml line 18"), e.problems());
    }

    /**
     * A view without "as" is said once: since reading goes on to the validator, its "no SELECT definition" followed the reader's
     * words for the same mistake, at the same line.
     */
    @Test
    void aViewWithoutItsSelectIsSaidOnce() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                views:
                  - name: active_users
                  - {name: users, as: "SELECT 1 AS one"}
                """, "schema.yaml"));
        assertEquals(List.of("schema.yaml line 6: view \"active_users\" needs \"as\" (its SELECT), or \"existing: true\" if it is managed elsewhere",
                "schema.yaml line 7 (view \"users\"): the name is already used by table \"users\", declared at schema.yaml line 2 (table \"users\")"),
                e.problems());
    }

    /** The problem of a descriptor that differs from a sound one by the indentation of its sixth line. */
    private static List<String> misindented(String sixthLine) {
        return assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - name: id
                        type: integer
                """ + sixthLine + "\n", "schema.yaml")).problems();
    }

    /**
     * SnakeYAML's words for a line indented unlike its siblings ("expected <block end>, but found '<block mapping start>'") name
     * its parser's state; the problem now names the line, its indentation and the lines above it, SnakeYAML's words after.
     */
    @Test
    void aKeyOneSpaceDeeperThanItsSiblingsIsNamedWithTheIndentationsAbove() {
        assertEquals(List.of("schema.yaml line 6: not valid YAML: line 6 is indented 9 spaces, but the lines above it are indented 8 (line 5),"
                + " 6 (line 4), 4 (line 3), 2 (line 2) or 0 (line 1); line 5 has a value of its own, so no line can be nested under it; indent"
                + " line 6 as the lines it belongs with (SnakeYAML: mapping values are not allowed here)"), misindented("         primaryKey: true"));
    }

    @Test
    void aKeyOneSpaceShallowerThanItsSiblingsIsNamedWithTheIndentationsAbove() {
        assertEquals(List.of("schema.yaml line 6: not valid YAML: line 6 is indented 7 spaces, but the lines above it are indented 8 (line 5),"
                + " 6 (line 4), 4 (line 3), 2 (line 2) or 0 (line 1); indent it as the lines it belongs with (SnakeYAML: expected <block end>,"
                + " but found '<block mapping start>')"), misindented("       primaryKey: true"));
    }

    @Test
    void aListItemAtAnotherDepthThanTheItemsBeforeItIsNamed() {
        assertEquals(List.of("schema.yaml line 6: not valid YAML: line 6 is indented 5 spaces, but the lines above it are indented 8 (line 5),"
                + " 6 (line 4), 4 (line 3), 2 (line 2) or 0 (line 1); indent it as the lines it belongs with (SnakeYAML: expected <block end>,"
                + " but found '<block sequence start>')"), misindented("     - name: email"));
        // at the depth of the keys above it: a list item where a key goes
        assertEquals(List.of("schema.yaml line 6: not valid YAML: line 6 is a list item indented 8 spaces, as the keys on line 5 are; the list"
                + " items above it are indented 6 (line 4) or 2 (line 2); indent it as the lines it belongs with (SnakeYAML: expected <block end>,"
                + " but found '-')"), misindented("        - name: email"));
    }

    /**
     * A quoted value running over lines is text, whatever its lines look like: one holding "second: part" is no key nested under
     * the line before. The hint named that line, not the key indented unlike its siblings below it.
     */
    @Test
    void aQuotedValueRunningOverLinesIsNotTakenForTheMisindentedLine() {
        List<String> problems = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - name: bio
                        type: text
                        default: "first line
                          second: part"
                        notNull: true
                       unique: true
                """, "schema.yaml")).problems();
        assertEquals(List.of("schema.yaml line 9: not valid YAML: line 9 is indented 7 spaces, but the lines above it are indented 8 (line 8),"
                + " 6 (line 4), 4 (line 3), 2 (line 2) or 0 (line 1); indent it as the lines it belongs with (SnakeYAML: expected <block end>,"
                + " but found '<block mapping start>')"), problems);
        // single quotes, '' inside, and a line at a shallower depth within the text
        problems = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    checks:
                      - name: c
                        expression: 'kind IN (''a: x'',
                     ''b'')'
                    columns:
                      - name: kind
                        type: text
                       notNull: true
                """, "schema.yaml")).problems();
        assertEquals(List.of("schema.yaml line 10: not valid YAML: line 10 is indented 7 spaces, but the lines above it are indented 8 (line 9),"
                + " 6 (line 8), 4 (line 7), 2 (line 2) or 0 (line 1); indent it as the lines it belongs with (SnakeYAML: expected <block end>,"
                + " but found '<block mapping start>')"), problems);
    }

    @Test
    void aSyntaxErrorThatIsNoIndentationKeepsSnakeYamlsWordsAlone() {
        assertEquals(List.of("schema.yaml line 7: not valid YAML: found unexpected end of stream"),
                misindented("        default: \"unclosed"));
    }

    @Test
    void syntaxErrorsAndDuplicateKeysNameTheLine() {
        SchemaException bad = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("tables:\n  - name: [unclosed\n", "broken.yaml"));
        assertTrue(bad.problems().get(0).startsWith("broken.yaml line 3: not valid YAML:"), bad.problems().toString());
        SchemaException dup = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(
                "tables:\n  - name: a\n    name: b\n    columns: [{name: id, type: integer}]\n", "dup.yaml"));
        assertEquals(List.of("dup.yaml line 3: key \"name\" appears twice in a table"), dup.problems());
    }

    @Test
    void validationErrorsPointAtTheYamlLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: posts
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: author_id, type: integer, references: {table: users, column: id}}
                """, "posts.yaml"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("posts.yaml line "), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("users"), e.problems().get(0));
    }

    @Test
    void severalFilesAreOneSchemaAndMayReferenceEachOther() throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.writeString(a, "tables:\n  - name: orgs\n    columns: [{name: id, type: integer, primaryKey: true}]\n");
        Files.writeString(b, "tables:\n  - name: users\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: org_id, type: integer, references: {table: orgs, column: id}}\n");
        SchemaDef s = YamlSchemaReader.read(List.of(a, b));
        assertEquals(List.of("orgs", "users"), s.tableNames());
        SchemaException missing = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(List.of(dir.resolve("nope.yaml"))));
        assertTrue(missing.getMessage().contains("cannot read schema file " + dir.resolve("nope.yaml")), missing.getMessage());
    }

    /** A schema of thousands of tables makes a descriptor past SnakeYAML's 3 Mi code point guard (meant for untrusted input). */
    @Test
    void aDescriptorOfThousandsOfTablesIsReadBothInPlainYamlAndThroughSnakeYaml() {
        int n = 6000;
        StringBuilder plain = new StringBuilder("tables:\n");
        for (int i = 0; i < n; i++) {
            plain.append("  - name: table_").append(i).append("_with_a_long_name_to_make_the_file_big\n    columns:\n");
            for (String c : List.of("id", "name", "email", "created_at", "updated_at", "owner_id", "payload", "status", "note")) {
                plain.append("      - { name: ").append(c).append("_column_of_table, type: ").append(c.equals("id") ? "integer, primaryKey: true" : "text")
                        .append(" }\n");
            }
        }
        assertTrue(plain.codePointCount(0, plain.length()) > 3 * 1024 * 1024, "past SnakeYAML's default limit: " + plain.length());
        SchemaDef viaShortcut = YamlSchemaReader.read(plain.toString(), "big.yaml");
        assertEquals(n, viaShortcut.tables().size());
        assertEquals("table_5999_with_a_long_name_to_make_the_file_big", viaShortcut.tables().get(n - 1).name());
        assertEquals(9, viaShortcut.tables().get(n - 1).columns().size());
        // A byte-order mark takes it off the plain shortcut: SnakeYAML reads the same file to the same schema.
        SchemaDef viaSnakeYaml = YamlSchemaReader.read("\uFEFF" + plain, "big.yaml");
        assertEquals(viaShortcut, viaSnakeYaml);
    }

    /**
     * Anchors shared a column, but a merge key ({@code <<: *id} with overrides) was "unknown key "<<"", and the merged
     * column then "needs type": YAML's merge keys are resolved now, own keys winning.
     */
    @Test
    void mergeKeysShareColumnDefinitions() {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - &id {name: id, type: integer, primaryKey: true, notNull: true}
                  - name: b
                    columns:
                      - *id
                      - <<: *id
                        name: parent_id
                        primaryKey: false
                      - <<: [{type: text}, {name: z, type: integer, notNull: true}]
                """, "s.yaml");
        var b = s.table("b").orElseThrow();
        assertEquals(List.of("id", "parent_id", "z"), b.columns().stream().map(c -> c.name()).toList());
        assertEquals(List.of(true, false, false), b.columns().stream().map(c -> c.primaryKey()).toList());
        assertEquals(List.of("integer", "integer", "text"), b.columns().stream().map(c -> c.type()).toList());
        assertEquals(List.of(true, true, true), b.columns().stream().map(c -> c.notNull()).toList());
    }

    /** default: 1e400 escaped as a bare IllegalArgumentException ("got Infinity"), and .nan became the string '.nan'. */
    @Test
    void aNonFiniteDefaultNamesFileAndLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - {name: c, type: real, default: 1e400}
                      - {name: d, type: real, default: .nan}
                      - {name: j, type: text, mode: json, default: {ratio: 1e400}}
                """, "s.yaml"));
        String rest = ", which has no SQL literal (a default must be a finite number); leave it out, or give it as SQL, e.g. {sql: \"(9e999)\"} for Infinity";
        assertEquals(List.of("s.yaml line 4: \"default\" of column \"c\" of table \"a\" is 1e400" + rest,
                "s.yaml line 5: \"default\" of column \"d\" of table \"a\" is .nan" + rest,
                "s.yaml line 6: \"default\" of column \"j\" of table \"a\": a default must be a finite number, got Infinity (JSON has no such"
                        + " number); leave it out of the value"), e.problems());
    }

    /**
     * type: integer, default: abc was read as DEFAULT 'abc' (text in every row of a number column), and type: text, default: true
     * as the text '1', as Java's defaultValue(...) took them; refused alike, naming file, line and the {sql: ...} form, which
     * keeps such a default as written.
     */
    @Test
    void aLiteralDefaultOfAnotherTypeThanTheColumnNamesFileLineAndTheSqlForm() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - {name: n, type: integer, default: abc}
                      - {name: t, type: text, default: true}
                      - {name: r, type: real, default: false}
                """, "s.yaml"));
        assertEquals(List.of("s.yaml line 4: \"default\" of column \"n\" of table \"a\": the default abc is text, but the column is integer,"
                        + " so every row that leaves the column out holds the text 'abc' where the application reads a number; give a number"
                        + " (default: 1, unquoted), or, if the text is really meant (as in a database made by hand), default: {sql: \"'abc'\"}",
                "s.yaml line 5: \"default\" of column \"t\" of table \"a\": the default true is a boolean, but the column is text, and SQLite"
                        + " stores true as 1, so every row that leaves the column out holds the text '1'; give the text meant (default: 'true',"
                        + " quoted), or, if that is really meant, default: {sql: \"true\"}",
                "s.yaml line 6: \"default\" of column \"r\" of table \"a\": the default false is a boolean, but the column is real, and SQLite"
                        + " stores false as the number 0; give the value meant (default: 0.0), or, if the number is really meant, default: {sql:"
                        + " \"false\"}"), e.problems());
        // the SQL form, and values of the column's type, are kept
        var kept = YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - {name: n, type: integer, default: {sql: "'abc'"}}
                      - {name: t, type: text, default: 'true'}
                      - {name: u, type: text, default: {sql: "true"}}
                      - {name: m, type: integer, default: '42'}
                """, "s.yaml").table("a").orElseThrow();
        assertEquals(List.of("'abc'", "'true'", "true", "'42'"), kept.columns().stream().map(c -> c.defaultValue().sql()).toList());
    }

    /**
     * type: blob, default: true was stored as the number 1 where bytes are read, and type: numeric with mode number or bigint took
     * text that no number (or no integer) reads back as; refused with the SQL form. A blob's text and numbers (drizzle-kit's own
     * cases have them), a numeric's text in its default string mode and anything in a json blob are kept.
     */
    @Test
    void aBlobOrNumericDefaultOfAnotherTypeNamesFileLineAndTheSqlForm() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - {name: b, type: blob, default: true}
                      - {name: g, type: blob, mode: bigint, default: '12x'}
                      - {name: n, type: numeric, mode: number, default: abc}
                      - {name: f, type: numeric, default: false}
                """, "s.yaml"));
        assertEquals(List.of("s.yaml line 4: \"default\" of column \"b\" of table \"a\": the default true is a boolean, but the column is blob, and"
                        + " SQLite stores true as the number 1, not bytes; give the bytes meant (default: {sql: \"x'01'\"}), or, if the number is"
                        + " really meant, default: {sql: \"true\"}",
                "s.yaml line 5: \"default\" of column \"g\" of table \"a\": the default 12x is no integer, but the column is blob in mode bigint,"
                        + " which drizzle-orm reads with BigInt(...), so every row that leaves the column out fails to read; give an integer"
                        + " (default: 1), or, if the value is really meant, default: {sql: \"'12x'\"}",
                "s.yaml line 6: \"default\" of column \"n\" of table \"a\": the default abc is text, but the column is numeric in mode number, so"
                        + " every row that leaves the column out holds the text 'abc' where the application reads a number; give a number"
                        + " (default: 1, unquoted), or, if the text is really meant (as in a database made by hand), default: {sql: \"'abc'\"}",
                "s.yaml line 7: \"default\" of column \"f\" of table \"a\": the default false is a boolean, but the column is numeric, and SQLite"
                        + " stores false as the number 0; give the value meant (default: 0), or, if the number is really meant, default: {sql:"
                        + " \"false\"}"), e.problems());
        var kept = YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - {name: t, type: blob, default: abc}
                      - {name: s, type: blob, default: 7}
                      - {name: j, type: blob, mode: json, default: true}
                      - {name: n, type: numeric, default: abc}
                      - {name: g, type: numeric, mode: bigint, default: '9007199254740993'}
                """, "s.yaml").table("a").orElseThrow();
        assertEquals(List.of("'abc'", "7", "true", "'abc'", "'9007199254740993'"), kept.columns().stream().map(c -> c.defaultValue().sql()).toList());
    }

    /**
     * .nan and .inf inside a JSON-mode default were written as the strings ".nan" and ".inf" (drizzle-kit's JSON.stringify
     * writes null for them): refused as 1e400 is, naming the value.
     */
    @Test
    void aNanOrInfinityInsideAJsonDefaultIsRefusedAs1e400Is() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - {name: j, type: text, mode: json, default: {a: .nan}}
                      - {name: k, type: text, mode: json, default: [1, .inf]}
                      - {name: l, type: text, mode: json, default: {b: [-.Inf]}}
                      - {name: m, type: text, mode: json, default: {c: ".nan"}}
                """, "s.yaml"));
        String rest = " (JSON has no such number); leave it out of the value";
        assertEquals(List.of("s.yaml line 4: \"default\" of column \"j\" of table \"a\": a default must be a finite number, got NaN" + rest,
                "s.yaml line 5: \"default\" of column \"k\" of table \"a\": a default must be a finite number, got Infinity" + rest,
                "s.yaml line 6: \"default\" of column \"l\" of table \"a\": a default must be a finite number, got -Infinity" + rest),
                e.problems());
        // quoted, ".nan" is the text it is
        assertEquals("'{\"c\":\".nan\"}'", YamlSchemaReader.read("""
                tables:
                  - name: a
                    columns:
                      - {name: m, type: text, mode: json, default: {c: ".nan"}}
                """, "s.yaml").table("a").orElseThrow().columns().get(0).defaultValue().sql());
    }

    static final class Stamps extends Table {
        static final Stamps T = new Stamps();
        final Column s = integer("s").mode(ColumnMode.TIMESTAMP).defaultValue(java.time.Instant.parse("2024-01-01T00:00:00Z"));
        final Column ms = integer("ms").mode(ColumnMode.TIMESTAMP_MS).defaultValue(java.time.Instant.parse("2024-01-01T00:00:00.5Z"));
        final Column day = integer("day").mode(ColumnMode.TIMESTAMP).defaultValue(java.time.Instant.parse("2024-01-01T00:00:00Z"));
        final Column text = text("text").defaultValue("2024-01-01");

        private Stamps() {
            super("stamps");
        }
    }

    /**
     * A YAML timestamp as the default of a timestamp-mode column was written as the text '2024-01-01T00:00:00Z' into an
     * integer column (the application reads a number there); it is now the number defaultValue(Instant) gives in Java.
     */
    @Test
    void aYamlTimestampDefaultOfATimestampColumnIsTheSameNumberAsAnInstantInJava() {
        SchemaDef fromYaml = YamlSchemaReader.read("""
                tables:
                  - name: stamps
                    columns:
                      - {name: s, type: integer, mode: timestamp, default: 2024-01-01T00:00:00Z}
                      - {name: ms, type: integer, mode: timestamp_ms, default: 2024-01-01 00:00:00.5}
                      - {name: day, type: integer, mode: timestamp, default: 2024-01-01}
                      - {name: text, type: text, default: 2024-01-01}
                """, "s.yaml");
        assertEquals(SchemaCollector.collect(List.of(Stamps.T)), fromYaml);
    }

    /**
     * SQLite ignores the case of ASCII letters in names: two tables, columns or indexes differing only so are one name, refused at
     * generate (not when the migration is applied), at the line of the second, saying which name it repeats. A name written
     * exactly twice was named at the line of the first.
     */
    @Test
    void namesDifferingOnlyInCaseAreRefusedAtTheLineOfTheSecond() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text}
                      - {name: Email, type: text}
                    indexes: [{name: by_email, columns: [email]}]
                  - name: Users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                    indexes: [{name: BY_EMAIL, columns: [id]}]
                views:
                  - {name: USERS, as: "select 1"}
                """, "s.yaml"));
        assertEquals(List.of("s.yaml line 6 (column \"users\".\"Email\"): duplicate column name \"Email\" in table \"users\": SQLite ignores the case"
                        + " of ASCII letters in names, so it is column \"email\" again",
                "s.yaml line 8 (table \"Users\"): duplicate table name \"Users\": SQLite ignores the case of ASCII letters in names, so it is"
                        + " table \"users\" again, declared at s.yaml line 2 (table \"users\"); each table needs its own name",
                "s.yaml line 11 (index \"BY_EMAIL\" of table \"Users\"): index \"BY_EMAIL\" is declared twice (also on table \"users\"): SQLite ignores the case of"
                        + " ASCII letters in names, so it is index \"by_email\" again; index names are shared by the whole database",
                "s.yaml line 13 (view \"USERS\"): the name is already used by table \"users\" (SQLite ignores the case of ASCII letters in"
                        + " names), declared at s.yaml line 2 (table \"users\")"),
                e.problems());

        SchemaException exact = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: id, type: text}
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                """, "s.yaml"));
        assertEquals(List.of("s.yaml line 5 (column \"users\".\"id\"): duplicate column name \"id\" in table \"users\", also declared at s.yaml"
                        + " line 4",
                "s.yaml line 6 (table \"users\"): duplicate table name \"users\", also declared at s.yaml line 2; each table needs its own name"),
                exact.problems());
    }

    /**
     * A foreign key target spelled in another case ({table: USERS, column: ID} for table "users", column "id"): SQLite finds it,
     * and the target table was accepted so, but the column was refused ('references column "USERS"."ID", which does not exist').
     * Now the target is spelled as declared (model, snapshot and SQL).
     */
    @Test
    void aForeignKeyTargetColumnSpelledInAnotherCaseIsTheColumn() throws Exception {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: Code, type: text, unique: true}
                  - name: posts
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: user_id, type: integer, references: {table: USERS, column: ID, onDelete: cascade}}
                      - {name: user_code, type: text, references: {table: users, column: code}}
                """, "s.yaml");
        assertEquals(List.of("users", "id", "users", "Code"), s.table("posts").orElseThrow().foreignKeys().stream()
                .flatMap(fk -> java.util.stream.Stream.of(fk.refTable(), fk.refColumns().get(0))).toList());
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        var r = new dev.godwit.engine.generate.Generator().generate(s, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        assertTrue(r.sql().contains("\tFOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,\n"
                + "\tFOREIGN KEY (`user_code`) REFERENCES `users`(`Code`) ON UPDATE no action ON DELETE no action\n"), r.sql());
    }

    /**
     * A column list spelled in another case than its column ({@code columns: [Email]} for a column declared {@code email}) names
     * that column to SQLite, as a foreign key's target already did, but was refused ('names column "Email", which is not in
     * table "users"'), and a one-column primaryKey spelled so was silently no key at all. Each list (primaryKey, indexes,
     * uniques, a foreign key's own columns) is now spelled as the columns are declared: model, default names, snapshot, SQL.
     */
    @Test
    void columnListsSpelledInAnotherCaseAreTheDeclaredColumns() throws Exception {
        String yaml = """
                tables:
                  - name: orgs
                    columns:
                      - {name: id, type: integer}
                      - {name: slug, type: text, notNull: true}
                    primaryKey: {columns: [ID]}
                  - name: users
                    columns:
                      - {name: org_id, type: integer, notNull: true}
                      - {name: email, type: text, notNull: true}
                      - {name: Nick, type: text}
                    primaryKey: {columns: [ORG_ID, Email]}
                    indexes: [{name: users_nick_idx, columns: [nick], where: "nick IS NOT NULL"}]
                    uniques: [{columns: [NICK, ORG_ID]}]
                    foreignKeys: [{columns: [Org_Id], references: {table: orgs, columns: [id]}, onDelete: cascade}]
                """;
        SchemaDef s = YamlSchemaReader.read(yaml, "s.yaml");
        SchemaDef declared = YamlSchemaReader.read(yaml.replace("[ID]", "[id]").replace("[ORG_ID, Email]", "[org_id, email]")
                .replace("[nick]", "[Nick]").replace("[NICK, ORG_ID]", "[Nick, org_id]").replace("[Org_Id]", "[org_id]"), "s.yaml");
        assertEquals(declared, s);
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        var r = new dev.godwit.engine.generate.Generator().generate(s, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        assertEquals("""
                CREATE TABLE `orgs` (
                	`id` integer PRIMARY KEY NOT NULL,
                	`slug` text NOT NULL
                );
                --> statement-breakpoint
                CREATE TABLE `users` (
                	`org_id` integer NOT NULL,
                	`email` text NOT NULL,
                	`Nick` text,
                	PRIMARY KEY(`org_id`, `email`),
                	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade
                );
                --> statement-breakpoint
                CREATE INDEX `users_nick_idx` ON `users` (`Nick`) WHERE nick IS NOT NULL;--> statement-breakpoint
                CREATE UNIQUE INDEX `users_Nick_org_id_unique` ON `users` (`Nick`,`org_id`);""", r.sql());
        String snapshot = Files.readString(folder.snapshotFile("0000_init"));
        assertTrue(snapshot.contains("\"users_org_id_email_pk\": {\n          \"columns\": [\n            \"org_id\",\n            \"email\"\n"), snapshot);
        assertTrue(snapshot.contains("\"users_org_id_orgs_id_fk\""), snapshot);
        assertTrue(!snapshot.contains("ORG_ID") && !snapshot.contains("Org_Id") && !snapshot.contains("NICK"), snapshot);
    }

    /**
     * drizzle-kit's snapshot lists a table's column uniques, then its indexes, then its unique() constraints, whatever order the
     * schema declares them in (and CREATEs them in that order). A table whose uniques came before its indexes in the YAML had
     * them first in the snapshot and the SQL, unlike drizzle-kit for the same schema.
     */
    @Test
    void uniqueConstraintsFollowTheIndexesWhereverTheyAreDeclared() throws Exception {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: t
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: a, type: text}
                      - {name: b, type: text}
                      - {name: c, type: text, unique: true}
                    uniques: [{name: t_a_uq, columns: [a]}]
                    indexes: [{name: t_b_idx, columns: [b]}]
                """, "s.yaml");
        assertEquals(List.of("t_c_unique", "t_b_idx", "t_a_uq"), s.table("t").orElseThrow().indexes().stream().map(i -> i.name()).toList());
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        var r = new dev.godwit.engine.generate.Generator().generate(s, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        // drizzle-kit 0.31.11's SQL for unique("t_a_uq").on(t.a) declared before index("t_b_idx").on(t.b)
        assertEquals("""
                CREATE TABLE `t` (
                	`id` integer PRIMARY KEY NOT NULL,
                	`a` text,
                	`b` text,
                	`c` text
                );
                --> statement-breakpoint
                CREATE UNIQUE INDEX `t_c_unique` ON `t` (`c`);--> statement-breakpoint
                CREATE INDEX `t_b_idx` ON `t` (`b`);--> statement-breakpoint
                CREATE UNIQUE INDEX `t_a_uq` ON `t` (`a`);""", r.sql());
    }

    /**
     * A foreign key's target spelled in another case ({table: USERS, column: ID}) was spelled as declared in the model, but its
     * default name was made from the spelling as typed: posts_user_id_USERS_ID_fk in the snapshot, where the same schema spelled
     * as declared (and drizzle-kit, whose references are objects) says posts_user_id_users_id_fk. The name follows the target.
     */
    @Test
    void aForeignKeysDefaultNameSpellsItsTargetAsDeclared() throws Exception {
        String yaml = """
                tables:
                  - name: users
                    columns:
                      - {name: Id, type: integer, primaryKey: true}
                      - {name: parent_id, type: integer}
                    foreignKeys: [{columns: [parent_id], references: {table: USERS, columns: [ID]}}]
                  - name: posts
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: user_id, type: integer, references: {table: USERS, column: ID, onDelete: cascade}}
                      - {name: editor_id, type: integer, references: {table: users, column: id, name: posts_editor_USERS_fk}}
                """;
        SchemaDef s = YamlSchemaReader.read(yaml, "s.yaml");
        assertEquals(List.of("users_parent_id_users_Id_fk"), s.table("users").orElseThrow().foreignKeys().stream().map(ForeignKeyDef::name).toList());
        assertEquals(List.of("posts_user_id_users_Id_fk", "posts_editor_USERS_fk"),
                s.table("posts").orElseThrow().foreignKeys().stream().map(ForeignKeyDef::name).toList(), "a name given is kept as given");
        assertEquals(YamlSchemaReader.read(yaml.replace("table: USERS, columns: [ID]", "table: users, columns: [Id]")
                .replace("table: USERS, column: ID", "table: users, column: Id").replace("column: id, name", "column: Id, name"), "s.yaml"), s);
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        new dev.godwit.engine.generate.Generator().generate(s, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        String snapshot = Files.readString(folder.snapshotFile("0000_init"));
        assertTrue(snapshot.contains("\"posts_user_id_users_Id_fk\": {\n          \"name\": \"posts_user_id_users_Id_fk\","), snapshot);
        assertTrue(!snapshot.contains("USERS_ID") && !snapshot.contains("_ID_fk"), snapshot);
    }

    /**
     * SQLite folds the case of ASCII letters only: [ÉMAIL] does not name the column émail, and is refused, as SQLite would not find
     * it; but the refusal said only "not in table", which reads wrong next to [EMAIL] being taken for email. It now names the
     * column and why SQLite takes them for two names.
     */
    @Test
    void aListSpelledInAnotherCaseOfANonAsciiLetterIsRefusedSayingWhy() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: émail, type: text}
                    indexes: [{name: users_email_idx, columns: [ÉMAIL]}]
                """, "s.yaml"));
        assertEquals(List.of("s.yaml line 5 (index \"users_email_idx\" of table \"users\"): index \"users_email_idx\" names column \"ÉMAIL\", which is not in table \"users\""
                + " (it has \"émail\", another name to SQLite, which ignores the case of ASCII letters only: write the name as declared)"),
                e.problems());
    }

    /**
     * A project whose one-column primaryKey was spelled in another case had no key in its snapshot (the key was dropped without
     * a word); read now, the key is there, so db:verify shows it as a change and db:generate writes the rebuild that adds it
     * (as the README says for an upgrade).
     */
    @Test
    void aProjectWhoseKeyWasDroppedSeesItAsAChangeAfterTheUpgrade() throws Exception {
        String yaml = """
                tables:
                  - name: orgs
                    columns:
                      - {name: id, type: integer}
                      - {name: slug, type: text}
                    primaryKey: {columns: [ID]}
                """;
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        var gen = new dev.godwit.engine.generate.Generator();
        gen.generate(YamlSchemaReader.read(yaml.replace("    primaryKey: {columns: [ID]}\n", ""), "s.yaml"), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));   // what the reader made of it before
        SchemaDef now = YamlSchemaReader.read(yaml, "s.yaml");
        var findings = dev.godwit.engine.verify.Verifier.verify(now, folder);
        assertEquals(List.of(dev.godwit.engine.verify.Finding.Kind.SCHEMA_CHANGED), findings.stream().map(dev.godwit.engine.verify.Finding::kind).toList(),
                findings.toString());
        var r = gen.generate(now, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("orgs_key").withAcceptDataLoss(true));   // NULL ids would be numbered
        assertTrue(r.written() && r.sql().contains("\t`id` integer PRIMARY KEY NOT NULL,\n"), r.sql());
    }

    /** A one-column primaryKey naming no column of the table ([idd] for id) left the table without a key and said nothing. */
    @Test
    void aOneColumnPrimaryKeyNamingNoColumnIsRefused() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: orgs
                    columns:
                      - {name: id, type: integer}
                    primaryKey: {columns: [idd]}
                """, "s.yaml"));
        assertEquals(List.of("s.yaml line 5 (primary key \"orgs_idd_pk\" of table \"orgs\"): primary key \"orgs_idd_pk\" names column \"idd\", which is not in table \"orgs\"; did you mean \"id\"?"),
                e.problems());
    }

    @Test
    void aKeyNamingAColumnTwiceIsRefusedWhileAPlainIndexMayRepeatOne() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: orgs
                    columns:
                      - {name: id, type: integer}
                      - {name: slug, type: text}
                    primaryKey: {columns: [id, ID]}
                    uniques: [{name: orgs_slug_twice, columns: [slug, slug]}]
                  - name: pairs
                    columns:
                      - {name: a, type: integer}
                      - {name: b, type: integer}
                    primaryKey: {columns: [a, b]}
                  - name: teams
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: org_id, type: integer}
                    foreignKeys: [{columns: [org_id, org_id], references: {table: pairs, columns: [a, b]}}]
                    indexes: [{name: teams_org_twice, columns: [org_id, org_id]}]
                """, "s.yaml"));
        assertEquals(List.of(
                "s.yaml line 6 (primary key \"orgs_id_id_pk\" of table \"orgs\"): primary key \"orgs_id_id_pk\" names column \"id\" twice; list each column once",
                "s.yaml line 7 (index \"orgs_slug_twice\" of table \"orgs\"): unique index \"orgs_slug_twice\" names column \"slug\" twice; list each column once",
                "s.yaml line 17 (foreign key \"teams_org_id_org_id_pairs_a_b_fk\" of table \"teams\"): foreign key \"teams_org_id_org_id_pairs_a_b_fk\" names column \"org_id\" twice; list each column once"),
                e.problems());
    }

    /** {@code count} tables, each with a default-named foreign key to the one before, a unique and a check; {@code extra} for table i. */
    private static String manyTables(int count, java.util.function.IntFunction<String> extra) {
        StringBuilder y = new StringBuilder("tables:\n");
        for (int i = 0; i < count; i++) {
            y.append("  - name: t").append(i).append("\n    columns:\n")
                    .append("      - {name: id, type: integer, primaryKey: true}\n")
                    .append("      - {name: up, type: integer").append(i > 0 ? ", references: {table: t" + (i - 1) + ", column: id, onDelete: cascade}" : "")
                    .append("}\n      - {name: code, type: text, unique: true, default: \"x\"}\n")
                    .append("    checks: [{name: c").append(i).append(", expression: \"length(code) > 0\"}]\n")
                    .append(extra.apply(i));
        }
        return y.toString();
    }

    /**
     * A descriptor of 100 tables or more is read in two halves at once (a fresh JVM's time): the schema, and every problem with
     * its place and order, must be what one reading in order gives.
     */
    @Test
    void aLongDescriptorReadInTwoHalvesGivesWhatOneReadingGives() {
        String fine = manyTables(150, i -> "");
        SchemaDef once = YamlSchemaReader.read(fine, "s.yaml", Integer.MAX_VALUE);
        assertEquals(once, YamlSchemaReader.read(fine, "s.yaml", 100));
        assertEquals(once, YamlSchemaReader.read(fine, "s.yaml"));
        assertEquals(150, once.tables().size());
        assertEquals("t149_up_t148_id_fk", once.tables().get(149).foreignKeys().get(0).name());

        for (String broken : List.of(
                manyTables(150, i -> i == 120 ? "  - name: t3\n    columns: [{name: id, type: integer}]\n" : ""),   // a duplicate across the halves
                manyTables(150, i -> i == 10 || i == 140 ? "  - name: bad" + i + "\n    columns: [{name: id, type: integre}]\n" : ""),
                manyTables(150, i -> i == 140 ? "  - name: dangling\n    columns: [{name: x, type: integer, references: {table: nowhere, column: id}}]\n"
                        : ""))) {
            SchemaException inOrder = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(broken, "s.yaml", Integer.MAX_VALUE));
            SchemaException inHalves = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(broken, "s.yaml", 100));
            assertEquals(inOrder.problems(), inHalves.problems());
            assertTrue(inOrder.problems().get(0).startsWith("s.yaml line "), inOrder.problems().get(0));
        }
    }

    /**
     * YAML 1.1 reads yes/no/on/off as booleans: on a text column that default stored '1' or '0'; it is the word as written now, as
     * YAML 1.2 (drizzle's schema) and this reader's enum: [yes, no] take it. Numbers stay numbers
     * (as defaultValue(1.50) in Java, .default(1.50) in drizzle), and true/false are the booleans they say.
     */
    @Test
    void aYesNoOnOffDefaultOfATextColumnIsTheWordAsWrittenNotOneOrZero() {
        String yaml = """
                tables:
                  - name: t
                    columns:
                      - {name: answer, type: text, enum: [yes, no], default: yes}
                      - {name: code, type: text, default: 007}
                      - {name: price, type: text, default: 1.50}
                      - {name: flag, type: text, default: off}
                      - {name: zero, type: text, default: 0}
                      - {name: quoted, type: text, default: 'yes'}
                      - {name: hex, type: integer, default: 0x1F}
                      - {name: hex_text, type: text, default: 0x1F}
                      - {name: ok, type: integer, mode: boolean, default: yes}
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(yaml, "s.yaml"));
        assertEquals(List.of(
                "s.yaml line 10: \"default\" of column \"hex\" of table \"t\" is 0x1F, which YAML reads as a number written in hex, binary, octal or"
                        + " base 60, which Godwit does not convert; write it in decimal, or give it as SQL (default: {sql: \"'0x1F'\"}) if the text"
                        + " is really meant"),
                e.problems());
        SchemaDef s = YamlSchemaReader.read(yaml.replaceAll("(?m)^.*name: hex,.*\n", ""), "s.yaml");
        var columns = s.tables().get(0).columns();
        assertEquals(List.of("'yes'", "'007'", "1.5", "'off'", "0", "'yes'", "'0x1F'", "true"), columns.stream().map(c -> c.defaultValue().sql()).toList());
    }

    /**
     * {@code default: 0o17} is YAML 1.2's octal 15 (drizzle's yaml), but YAML 1.1 (SnakeYAML) has no 0o and reads it as text: on
     * an integer, real or numeric column the default was the text '0o17', silently, where 0x1F on the same column is refused. It
     * is refused as 0x1F is; on a text column it stays the text as written.
     */
    @Test
    void anOctalDefaultWrittenYaml12sWayOnANumberColumnIsRefusedAsHexIs() {
        String yaml = """
                tables:
                  - name: t
                    columns:
                      - {name: i, type: integer, default: 0o17}
                      - {name: r, type: real, default: -0o17}
                      - {name: s, type: text, default: 0o17}
                      - {name: q, type: integer, default: {sql: "'0o17'"}}
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(yaml, "s.yaml"));
        assertEquals(List.of(
                "s.yaml line 4: \"default\" of column \"i\" of table \"t\" is 0o17, which YAML reads as a number written in hex, binary, octal or"
                        + " base 60, which Godwit does not convert; write it in decimal, or give it as SQL (default: {sql: \"'0o17'\"}) if the text"
                        + " is really meant",
                "s.yaml line 5: \"default\" of column \"r\" of table \"t\" is -0o17, which YAML reads as a number written in hex, binary, octal or"
                        + " base 60, which Godwit does not convert; write it in decimal, or give it as SQL (default: {sql: \"'-0o17'\"}) if the text"
                        + " is really meant"),
                e.problems());
        SchemaDef s = YamlSchemaReader.read(yaml.replaceAll("(?m)^.*name: [ir],.*\n", ""), "s.yaml");
        assertEquals(List.of("'0o17'", "'0o17'"), s.tables().get(0).columns().stream().map(c -> c.defaultValue().sql()).toList());
    }

    /** {@code unique: 1} once made a unique index named "1"; a number or a YAML 1.1 word is neither true/false nor a name. */
    @Test
    void aUniqueThatIsANumberIsRefusedAtItsLineNotTakenAsAnIndexName() {
        String yaml = """
                tables:
                  - name: t
                    columns:
                      - {name: a, type: text, unique: 1}
                      - {name: b, type: text, unique: 0}
                      - {name: c, type: text, unique: t_c_key}
                      - {name: d, type: text, unique: '1'}
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(yaml, "s.yaml"));
        assertEquals(List.of(
                "s.yaml line 4: \"unique\" of column \"a\" of table \"t\" is 1, a number: write unique: true for a unique index named after"
                        + " the column, or unique: <index name> (quote a name made of digits: unique: '1')",
                "s.yaml line 5: \"unique\" of column \"b\" of table \"t\" is 0, a number: write unique: false (or leave \"unique\" out) for no"
                        + " unique index, or unique: <index name> (quote a name made of digits: unique: '0')"),
                e.problems());
        SchemaDef s = YamlSchemaReader.read(yaml.replaceAll("(?m)^.*name: [ab],.*\n", ""), "s.yaml");
        assertEquals(List.of("t_c_key", "1"), s.tables().get(0).indexes().stream().map(i -> i.name()).toList());
    }

    /**
     * drizzle's enum is text's alone ({@code text({enum: [...]})}, TypeScript-only, no CHECK): on an integer, real or blob column
     * it was kept and meant nothing (preflight even filled the column with the texts).
     */
    @Test
    void anEnumOnAColumnThatIsNotTextIsRefusedWithTheCheckToWrite() {
        String yaml = """
                tables:
                  - name: t
                    columns:
                      - {name: level, type: integer, enum: [1, 2, 3]}
                      - {name: ratio, type: real, enum: [a]}
                      - {name: status, type: text, enum: [a, b]}
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(yaml, "s.yaml"));
        assertEquals(List.of(
                "s.yaml line 4: \"enum\" of column \"level\" of table \"t\" applies to text columns only (as drizzle's text({enum}); it adds"
                        + " no CHECK); to hold an integer column to some values, leave enum out and add a check to the table: checks:"
                        + " [{name: t_level_check, expression: \"level IN (1, 2, 3)\"}]",
                "s.yaml line 5: \"enum\" of column \"ratio\" of table \"t\" applies to text columns only (as drizzle's text({enum}); it adds"
                        + " no CHECK); to hold a real column to some values, leave enum out and add a check to the table: checks:"
                        + " [{name: t_ratio_check, expression: \"ratio IN ('a')\"}]"),
                e.problems());
        SchemaDef written = YamlSchemaReader.read("tables:\n  - name: t\n    columns: [{name: level, type: integer}]\n"
                + "    checks: [{name: t_level_check, expression: \"level IN (1, 2, 3)\"}]\n", "s.yaml");   // what the message says to write
        assertEquals("level IN (1, 2, 3)", written.tables().get(0).checks().get(0).expression());
    }

    /**
     * {@code default: 0755}: YAML 1.2 (drizzle's yaml package) reads the decimal 755, as this reader does on a number column; on a
     * text column the value is the text as written, '0755', as yes/no/on/off are (a zip code, a file mode), not '755'.
     */
    @Test
    void aZeroLedNumberDefaultIsDecimalOnANumberColumnAndTheTextAsWrittenOnATextColumn() {
        String yaml = """
                tables:
                  - name: t
                    columns:
                      - {name: mode, type: integer, default: 0755}
                      - {name: mode_text, type: text, default: 0755}
                      - {name: zip, type: text, default: 08540}
                      - {name: zip_int, type: integer, default: 08540}
                      - {name: plain, type: text, default: 755}
                      - {name: grouped, type: text, default: 1_000}
                      - {name: grouped_int, type: integer, default: 1_000}
                """;
        SchemaDef s = YamlSchemaReader.read(yaml, "s.yaml");
        assertEquals(List.of("755", "'0755'", "'08540'", "8540", "755", "'1_000'", "1000"),
                s.tables().get(0).columns().stream().map(c -> c.defaultValue().sql()).toList());
    }

    /** Saved as Latin-1 (or UTF-16), a descriptor once failed with Java's "Input length = 1". */
    @Test
    void aDescriptorThatIsNotUtf8NamesTheLineAndSaysToSaveItAsUtf8() throws Exception {
        Path latin = dir.resolve("latin.yaml");
        Files.write(latin, "tables:\n  - name: caf\u00e9\n    columns: [{name: id, type: integer}]\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(List.of(latin)));
        assertEquals(List.of("latin.yaml line 2: not UTF-8 text (byte 0xE9 at offset 21 of " + latin + "); save the file as UTF-8 (it was"
                + " written in another encoding, e.g. Latin-1, Windows-1252 or UTF-16)"), e.problems());
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, "\uFEFFtables:\n  - name: caf\u00e9\n    columns: [{name: id, type: integer}]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("caf\u00e9"), YamlSchemaReader.read(List.of(bom)).tableNames());
    }

    /** Saved as UTF-16 without a byte order mark, a descriptor failed as "not valid YAML: special characters are not allowed", no line. */
    @Test
    void aDescriptorInUtf16WithoutAByteOrderMarkSaysToSaveItAsUtf8() throws Exception {
        Path le = dir.resolve("le.yaml");
        Files.write(le, "tables:\n  - name: a\n    columns: [{name: id, type: integer}]\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(List.of(le)));
        assertEquals(List.of("le.yaml line 1: not UTF-8 text (a zero byte at offset 1 of " + le + ", as UTF-16 without a byte order mark has in"
                + " every ASCII letter); save the file as UTF-8"), e.problems());
        Path withBom = dir.resolve("bom16.yaml");
        Files.write(withBom, "tables: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertTrue(assertThrows(SchemaException.class, () -> YamlSchemaReader.read(List.of(withBom))).problems().get(0)
                .startsWith("bom16.yaml line 1: not UTF-8 text (byte 0xFE at offset 0"));
    }

    @Test
    void aKeyThatIsNotANameIsNamedByWhatItIs() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(
                "tables:\n  - name: t\n    ? [a]\n    : 1\n    columns: [{name: a, type: integer}]\n", "s.yaml"));
        assertEquals(List.of("s.yaml line 3: a key in a table must be a name, not a list (known keys: name, renamedFrom, columns, primaryKey,"
                + " indexes, foreignKeys, uniques, checks)"), e.problems());
    }

    /**
     * SnakeYAML refused a 51st alias of a mapping ("not valid YAML: Number of aliases for non-scalar nodes exceeds the specified
     * max=50", no line), so a column definition shared by 51 tables failed; what aliases expand to is bounded instead.
     */
    @Test
    void aColumnDefinitionSharedByManyTablesReadsAndAnAliasBombIsRefusedAtItsLine() {
        StringBuilder yaml = new StringBuilder("tables:\n");
        yaml.append("  - name: t0\n    columns:\n      - &id {name: id, type: integer, primaryKey: true}\n"
                + "      - &created {name: created_at, type: integer, mode: timestamp, notNull: true, default: {sql: \"(unixepoch())\"}}\n");
        for (int i = 1; i < 120; i++) {
            yaml.append("  - name: t" + i + "\n    columns:\n      - *id\n      - <<: *created\n        name: updated_at\n");
        }
        SchemaDef s = YamlSchemaReader.read(yaml.toString(), "s.yaml");
        assertEquals(120, s.tables().size());
        assertEquals(List.of("id", "updated_at"), s.tables().get(119).columns().stream().map(c -> c.name()).toList());
        assertEquals("(unixepoch())", s.tables().get(119).columns().get(1).defaultValue().sql());

        String ten = String.join(", ", java.util.Collections.nCopies(10, "*X"));
        String bomb = "tables:\n  - name: t\n    columns:\n      - {name: id, type: integer}\n      - name: j\n        type: text\n        mode: json\n"
                + "        default: {a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], b: &b [" + ten.replace("X", "a") + "], c: &c [" + ten.replace("X", "b")
                + "], d: &d [" + ten.replace("X", "c") + "], e: &e [" + ten.replace("X", "d") + "], f: &f [" + ten.replace("X", "e") + "], g: ["
                + ten.replace("X", "f") + "]}\n";
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(bomb, "s.yaml"));
        assertEquals(List.of("s.yaml line 8: the aliases (*name) here, nested in one another, repeat their anchors' content more than 1000000"
                + " times (an alias bomb?); write the values out, or nest fewer aliases"), e.problems());
    }

    /** default: 2024-01-01 on an integer column without a timestamp mode was the text '2024-01-01' in an integer column. */
    @Test
    void aDateDefaultOfANumberColumnWithoutATimestampModeIsRefused() {
        String yaml = """
                tables:
                  - name: t
                    columns:
                      - {name: due, type: integer, default: 2024-01-01}
                      - {name: due_s, type: integer, mode: timestamp, default: 2024-01-01}
                      - {name: due_text, type: text, default: 2024-01-01}
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read(yaml, "s.yaml"));
        assertEquals(List.of("s.yaml line 4: \"default\" of column \"due\" of table \"t\" is 2024-01-01, which YAML reads as a date, but the column"
                + " is integer with no timestamp mode, so it would store the text '2024-01-01'; give the column mode: timestamp (seconds) or"
                + " timestamp_ms, or quote the value for the text"), e.problems());
        SchemaDef s = YamlSchemaReader.read(yaml.replaceAll("(?m)^.*name: due,.*\n", ""), "s.yaml");
        assertEquals(List.of("1704067200", "'2024-01-01'"), s.tables().get(0).columns().stream().map(c -> c.defaultValue().sql()).toList());
    }

    /**
     * {@code keys} lists an index's keys in order, columns and expressions mixed: drizzle's
     * {@code index().on(sql`lower(${t.email})`, t.role)} has its expression first, which "columns" and "expressions" cannot say
     * (they give the columns first, whatever order the descriptor writes them in), so a YAML project dropped and re-created it.
     */
    @Test
    void keysListAnIndexsColumnsAndExpressionsInOrder() {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text, notNull: true}
                      - {name: role, type: text}
                    indexes:
                      - {name: users_lower_email_role_idx, keys: [{expression: 'lower("email")'}, {column: role}]}
                      - {name: users_role_lower_email_uq, keys: [{column: ROLE}, {expression: 'lower("email")'}], unique: true, where: "role IS NOT NULL"}
                      - {name: users_both_idx, expressions: ['lower("email")'], columns: [role]}
                """, "schema.yaml");
        List<IndexDef> indexes = s.table("users").orElseThrow().indexes();
        assertEquals(List.of(IndexDef.Key.expression("lower(\"email\")"), IndexDef.Key.column("role")), indexes.get(0).keys());
        assertEquals(new IndexDef("users_role_lower_email_uq", List.of(IndexDef.Key.column("role"), IndexDef.Key.expression("lower(\"email\")")), true,
                "role IS NOT NULL"), indexes.get(1));
        // "columns" and "expressions" keep their meaning: the columns first (f21_* oracle cases rely on it)
        assertEquals(List.of(IndexDef.Key.column("role"), IndexDef.Key.expression("lower(\"email\")")), indexes.get(2).keys());
    }

    @Test
    void keysAreRefusedBesideColumnsOrExpressionsAndWhenNotOneColumnOrExpression() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: role, type: text}
                    indexes:
                      - {name: a_idx, keys: [{column: role}], columns: [id]}
                      - {name: b_idx, expressions: ['lower(role)'], keys: [{column: role}]}
                      - {name: c_idx, keys: [{column: role, expression: 'lower(role)'}]}
                      - {name: d_idx, keys: [role]}
                      - {name: e_idx, keys: [{colum: role}]}
                      - {name: g_idx, keys: [{}]}
                      - {name: f_idx, keys: []}
                """, "schema.yaml"));
        assertEquals(List.of(
                "schema.yaml line 7: index \"a_idx\" of table \"users\" gives its keys in \"keys\" and in \"columns\": list them all in \"keys\", in order"
                        + " ({column: ...} or {expression: ...} each)",
                "schema.yaml line 8: index \"b_idx\" of table \"users\" gives its keys in \"keys\" and in \"expressions\": list them all in \"keys\", in order"
                        + " ({column: ...} or {expression: ...} each)",
                "schema.yaml line 9: a key in \"keys\" of index \"c_idx\" is a column or an expression: give one of \"column\" and \"expression\"",
                "schema.yaml line 10: a key in \"keys\" of index \"d_idx\" is written {column: name} or {expression: \"sql\"}, not \"role\"",
                "schema.yaml line 11: unknown key \"colum\" in a key in \"keys\" of index \"e_idx\": did you mean \"column\"? (known keys: column, expression)",
                "schema.yaml line 12: a key in \"keys\" of index \"g_idx\" is a column or an expression: give one of \"column\" and \"expression\"",
                "schema.yaml line 13: \"keys\" of index \"f_idx\" is empty"), e.problems());
    }

    /**
     * Against the folder drizzle-kit 0.31 wrote for {@code index("users_lower_email_role_idx").on(sql`lower(${t.email})`, t.role)}
     * (src/test/resources/yaml-keys/expression-first), the same schema in YAML with {@code keys} generates nothing; with
     * "columns" and "expressions" it dropped and re-created the index.
     */
    @Test
    void keysInDrizzlesOrderGenerateNothingAgainstDrizzleKitsFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path from = java.nio.file.Path.of("src/test/resources/yaml-keys/expression-first/drizzle");
        try (var files = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path p : files.toList()) {
                java.nio.file.Path to = dir.resolve("drizzle").resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to);
                else java.nio.file.Files.copy(p, to);
            }
        }
        String yaml = """
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text, notNull: true}
                      - {name: role, type: text}
                    indexes:
                      - {name: users_lower_email_role_idx, keys: [{expression: 'lower("email")'}, {column: role}]}
                      - {name: users_role_lower_email_uq, keys: [{column: role}, {expression: 'lower("email")'}], unique: true}
                """;
        var generator = new dev.godwit.engine.generate.Generator(java.time.Clock.systemUTC(), new java.util.Random(1));
        var folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        var r = generator.generate(YamlSchemaReader.read(yaml, "schema.yaml"), folder, dev.godwit.engine.generate.GenerateOptions.batch());
        assertEquals(List.of(), r.changes());
        assertFalse(r.written());
        String columnsFirst = yaml.replace("keys: [{expression: 'lower(\"email\")'}, {column: role}]", "expressions: ['lower(\"email\")'], columns: [role]");
        var before = generator.generate(YamlSchemaReader.read(columnsFirst, "schema.yaml"), folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("x"));
        assertTrue(before.sql().contains("DROP INDEX `users_lower_email_role_idx`"), before.sql());
    }

    /** A quoted default on a mode: boolean / timestamp / json column was written as text, which the mode then reads wrong in every row. */
    @Test
    void aQuotedDefaultThatIsNoValueOfTheModeIsRefusedAtItsLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: active, type: integer, mode: boolean, default: "true"}
                      - {name: verified, type: integer, mode: boolean, default: true}
                      - {name: joined, type: integer, mode: timestamp, default: "2024-01-01"}
                      - {name: since, type: integer, mode: timestamp, default: 2024-01-01T00:00:00Z}
                      - {name: prefs, type: text, mode: json, default: "{theme: dark}"}
                      - {name: tags, type: text, mode: json, default: [a, b]}
                """, "s.yaml"));
        assertEquals(3, e.problems().size(), String.join("\n", e.problems()));
        assertTrue(e.problems().get(0).startsWith("s.yaml line 5 (column \"users\".\"active\"): the default 'true' is no boolean"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("s.yaml line 7 (column \"users\".\"joined\"): the default '2024-01-01' is text"), e.problems().get(1));
        assertTrue(e.problems().get(2).startsWith("s.yaml line 9 (column \"users\".\"prefs\"): the default '{theme: dark}' is no JSON"), e.problems().get(2));
    }

    /** enum: [a, b], default: c was written, and drizzle-orm then read a value its TypeScript type says cannot be. */
    @Test
    void aDefaultOutsideTheEnumIsRefusedAtItsLineNamingTheValues() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: tasks
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: status, type: text, enum: [todo, done], default: doing}
                      - {name: kept, type: text, enum: [todo, done], default: done}
                """, "s.yaml"));
        assertEquals(1, e.problems().size(), String.join("\n", e.problems()));
        assertTrue(e.problems().get(0).startsWith("s.yaml line 5 (column \"tasks\".\"status\"): the default 'doing' is none of the enum's"
                + " values ('todo', 'done')"), e.problems().get(0));
    }

    /**
     * An index's, a check's, a key's error was at its table's line (line 2, the "- name:" of a table of 30 lines), and the second
     * of two entries of one name at the first's; now each is at the entry's own line.
     */
    @Test
    void anIndexACheckOrAKeyIsNamedAtItsOwnLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text, unique: users_email_uq}
                      - {name: org_id, type: integer}
                    indexes:
                      - {name: users_email_uq, columns: [email]}
                      - {name: users_mail_idx, columns: [mail]}
                    checks:
                      - {name: email_has_at, expression: "instr(email, '@') > 0"}
                      - {name: email_has_at, expression: "length(email) > 3"}
                    foreignKeys:
                      - {name: users_org_fk, columns: [org_id], references: {table: users, columns: [id]}}
                      - {name: users_org_fk, columns: [org], references: {table: users, columns: [id]}}
                """, "s.yaml"));
        assertEquals(List.of(
                "s.yaml line 8 (index \"users_email_uq\" of table \"users\"): index \"users_email_uq\" is declared twice; index names are shared"
                        + " by the whole database",
                "s.yaml line 9 (index \"users_mail_idx\" of table \"users\"): index \"users_mail_idx\" names column \"mail\", which is not in"
                        + " table \"users\"; did you mean \"email\"?",
                "s.yaml line 12 (check \"email_has_at\" of table \"users\"): duplicate check name \"email_has_at\"",
                "s.yaml line 15 (foreign key \"users_org_fk\" of table \"users\"): duplicate foreign key name \"users_org_fk\"",
                "s.yaml line 15 (foreign key \"users_org_fk\" of table \"users\"): foreign key \"users_org_fk\" names column \"org\", which is"
                        + " not in table \"users\""), e.problems());
    }

    /** A table repeated by an alias (- *orgs) was reported against itself: "line 3 ... also declared at s.yaml line 3". */
    @Test
    void aTableRepeatedByAnAliasIsNamedAtTheAliasLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - &orgs
                    name: orgs
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                  - *orgs
                """, "s.yaml"));
        assertEquals(List.of("s.yaml line 9 (table \"orgs\"): duplicate table name \"orgs\", also declared at s.yaml line 2 (the alias *orgs here"
                + " repeats that table); each table needs its own name"), e.problems());
    }

    /** A mistake inside an aliased table (- *orgs) was listed twice, once per use of the anchor, with the same line and words. */
    @Test
    void aMistakeInsideAnAliasedTableIsListedOnce() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - &orgs
                    name: orgs
                    colums: []
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                  - *orgs
                """, "s.yaml"));
        assertEquals(1, e.problems().stream().filter(p -> p.contains("unknown key \"colums\"")).count(), e.problems().toString());
    }
}
