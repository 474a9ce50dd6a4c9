package dev.godwit.engine.verify;

import dev.godwit.engine.sql.Quoting;
import java.util.List;

/**
 * What to do with a view the migrations make and the schema does not declare (a custom migration's): no edit to undo, nothing
 * for db:generate to add. Declared as an existing view, its definition stays the migration's; or it is dropped. Both written out
 * for the views named, as YAML, the Java DSL and SQL take them.
 */
final class UndeclaredViews {

    private UndeclaredViews() {
    }

    /** The lines that follow the finding's list of differences. */
    static String advice(List<String> views) {
        boolean one = views.size() == 1;
        StringBuilder sb = new StringBuilder("\n  Declare " + (one ? "it as an existing view" : "them as existing views") + ", which leaves "
                + (one ? "its definition to the migration that creates it" : "their definitions to the migrations that create them")
                + " (db:generate then keeps " + (one ? "it" : "them") + " around rebuilds, db:verify takes " + (one ? "it" : "them")
                + " as the migrations make " + (one ? "it" : "them") + "):");
        for (String v : views) sb.append("\n    YAML, under views:  - {name: ").append(yamlScalar(v)).append(", existing: true}");
        for (String v : views) {
            String cls = className(v);
            sb.append("\n    Java:  public final class ").append(cls).append(" extends View { public static final ").append(cls).append(' ')
                    .append(constantName(cls)).append(" = new ").append(cls).append("(); private ").append(cls).append("() { super(")
                    .append(javaString(v)).append("); } }");
        }
        sb.append("\n  or drop ").append(one ? "it" : "them").append(" in a custom migration (mvn db:generate -Ddb.custom) holding:");
        for (String v : views) sb.append("\n    DROP VIEW ").append(Quoting.doubleQuoted(v)).append(';');
        return sb.toString();
    }

    /**
     * The name as a YAML flow scalar: plain when it is a simple word YAML reads as text, else double-quoted (plain, a view named
     * null would be read back as YAML's null, which the descriptor refuses as a name).
     */
    private static String yamlScalar(String name) {
        boolean text = new org.yaml.snakeyaml.resolver.Resolver().resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, name, true)
                .equals(org.yaml.snakeyaml.nodes.Tag.STR);
        return text && name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : javaString(name);
    }

    /**
     * {@code recent_orders} -> {@code RecentOrders}; a name without letters, starting with a digit or giving {@code View} itself
     * gets a {@code View} prefix.
     */
    private static String className(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        // a view named view would give "class View extends View", which does not compile
        return sb.isEmpty() || Character.isDigit(sb.charAt(0)) || sb.toString().equals("View") ? "View" + sb : sb.toString();
    }

    /** {@code RecentOrders} -> {@code RECENT_ORDERS}. */
    private static String constantName(String cls) {
        return cls.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static String javaString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
