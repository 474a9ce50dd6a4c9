package dev.godwit.schema.model;

/**
 * Tells where a table or column was declared, so validation errors can point at it:
 * "class com.acme.Users" and "field Users.email", or "schema.yaml line 12".
 */
public interface SourceMap {

    String table(String table);

    String column(String table, String column);

    /** Only names: table "users", column "users"."email". */
    SourceMap NAMES = new SourceMap() {
        @Override
        public String table(String table) {
            return "table \"" + table + "\"";
        }

        @Override
        public String column(String table, String column) {
            return "column \"" + table + "\".\"" + column + "\"";
        }
    };
}
