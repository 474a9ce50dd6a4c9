package dev.godwit.schema;

import dev.godwit.schema.model.ViewDef;
import java.util.Objects;

/**
 * Base class of a view declaration:
 * <pre>{@code
 * public final class ActiveUsers extends View {
 *     public static final ActiveUsers ACTIVE_USERS = new ActiveUsers();
 *     private ActiveUsers() { super("active_users", "select id, email from users where active = 1"); }
 * }
 * }</pre>
 */
public abstract class View {

    private final String name;
    private final String definition;
    private boolean existing;
    private String renamedFrom;

    protected View(String name, String selectSql) {
        this.name = Objects.requireNonNull(name, "view name");
        this.definition = selectSql;
    }

    /** A view that exists in the database but is managed elsewhere: never created or dropped. */
    protected View(String name) {
        this(name, null);
        this.existing = true;
    }

    protected final void renamedFrom(String oldName) {
        this.renamedFrom = oldName;
    }

    public final String viewName() {
        return name;
    }

    public final ViewDef toDef() {
        return new ViewDef(name, existing ? null : definition, existing, renamedFrom);
    }
}
