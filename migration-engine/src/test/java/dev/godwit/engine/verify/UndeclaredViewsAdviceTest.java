package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The declaration and the DROP VIEW written out for views whose names are no plain word. */
class UndeclaredViewsAdviceTest {

    @Test
    void namesThatAreNoPlainWordAreQuotedAsYamlJavaAndSqlTakeThem() {
        assertEquals("\n  Declare them as existing views, which leaves their definitions to the migrations that create them (db:generate then keeps"
                + " them around rebuilds, db:verify takes them as the migrations make them):\n"
                + "    YAML, under views:  - {name: \"open \\\"orders\\\"\", existing: true}\n"
                + "    YAML, under views:  - {name: v2024_sales, existing: true}\n"
                + "    Java:  public final class OpenOrders extends View { public static final OpenOrders OPEN_ORDERS = new OpenOrders(); private"
                + " OpenOrders() { super(\"open \\\"orders\\\"\"); } }\n"
                + "    Java:  public final class V2024Sales extends View { public static final V2024Sales V2024_SALES = new V2024Sales(); private"
                + " V2024Sales() { super(\"v2024_sales\"); } }\n"
                + "  or drop them in a custom migration (mvn db:generate -Ddb.custom) holding:\n"
                + "    DROP VIEW \"open \"\"orders\"\"\";\n"
                + "    DROP VIEW \"v2024_sales\";", UndeclaredViews.advice(List.of("open \"orders\"", "v2024_sales")));
    }

    /**
     * A view named null (or Null, NULL, ~-free YAML's other null spellings) written plain reads back as YAML's null, which the
     * descriptor refuses ("name" must be text); a view named view gave "class View extends View", which does not compile.
     */
    @Test
    void aViewNamedNullOrViewIsWrittenSoThatTheDeclarationWorksAsPrinted() {
        String advice = UndeclaredViews.advice(List.of("null", "view"));
        String yaml = advice.lines().filter(l -> l.startsWith("    YAML, under views:  ")).map(l -> "  " + l.substring("    YAML, under views:  ".length()))
                .collect(java.util.stream.Collectors.joining("\n", "views:\n", "\n"));
        assertEquals("views:\n  - {name: \"null\", existing: true}\n  - {name: view, existing: true}\n", yaml);
        var schema = dev.godwit.engine.yaml.YamlSchemaReader.read(yaml, "schema.yaml");
        assertEquals(List.of("null", "view"), schema.views().stream().map(dev.godwit.schema.model.ViewDef::name).toList());
        assertEquals(true, advice.contains("    Java:  public final class ViewView extends View { public static final ViewView VIEW_VIEW = new ViewView();"
                + " private ViewView() { super(\"view\"); } }"), advice);
    }
}
