package dev.godwit.engine.generate;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One table generated in two steps in a folder of its own (0000_init from {@code before}, then the step to {@code after}): the
 * step's warnings (the rebuild's own notice aside) and its SQL, which {@link #applied} runs on rows in SQLite.
 */
record GeneratedStep(List<String> warnings, MigrationsFolder folder, Path sql) {

    static GeneratedStep of(Generator generator, Path at, TableDef before, TableDef after) {
        MigrationsFolder folder = MigrationsFolder.at(at);
        generator.generate(new SchemaDef(List.of(before), List.of()), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = generator.generate(new SchemaDef(List.of(after), List.of()), folder, GenerateOptions.batch().withAcceptDataLoss(true));
        return new GeneratedStep(r.warnings().stream().filter(w -> !w.startsWith("Rebuilding")).toList(), folder, r.sqlFile());
    }

    /**
     * Applies 0000 on a new in-memory database, runs {@code insert}, then the step in one transaction: the step's error as the
     * first group of {@code failure} reads it (null: none), then the first two columns of what {@code query} finds, before the
     * step where {@code queryFirst}, else after it.
     */
    String applied(String insert, String failure, String query, boolean queryFirst) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            for (String stmt : Files.readString(folder.sqlFile("0000_init")).split("--> statement-breakpoint")) st.execute(stmt);
            st.execute(insert);
            List<String> found = queryFirst ? rows(st, query) : null;
            c.setAutoCommit(false);
            String error = null;
            try {
                for (String stmt : Files.readString(sql).split("--> statement-breakpoint")) st.execute(stmt);
                c.commit();
            } catch (SQLException e) {
                error = e.getMessage().replaceAll(".*\\((" + failure + ")\\).*", "$1");
                c.rollback();
            }
            c.setAutoCommit(true);
            if (!queryFirst) found = rows(st, query);
            return error + " | " + String.join(";", found);
        }
    }

    private static List<String> rows(Statement st, String query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet r = st.executeQuery(query)) {
            while (r.next()) found.add(r.getString(1) + "," + r.getString(2));
        }
        return found;
    }
}
