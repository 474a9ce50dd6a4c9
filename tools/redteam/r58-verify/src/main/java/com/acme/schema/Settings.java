package com.acme.schema;
import static dev.godwit.schema.model.ColumnMode.*;
import static dev.godwit.schema.model.FkAction.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Settings extends Table {
    public static final Settings SETTINGS = new Settings();
    public final Column userId = integer("user_id").primaryKey().references(() -> Users.USERS.id).onDelete(CASCADE);
    public final Column data = text("data").mode(JSON).notNull().defaultValue("{}");
    private Settings() { super("settings"); check("settings_json", "json_valid(data)"); }
}
