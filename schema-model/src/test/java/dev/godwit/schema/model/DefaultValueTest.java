package dev.godwit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultValueTest {

    /** Numeric defaults print as JavaScript's String(x) does (drizzle-kit's snapshots and SQL); expected texts from Node 20. */
    @Test
    void numbersPrintAsJavaScriptDoes() {
        double[] values = {Math.pow(2, 60), 1e21, 1.5e25, 1e300, -2.5e22, 0.000001, 1e-7, 1.5e-7, 123456789012345680000.0, 0.1, 1.0 / 3,
            Double.MIN_VALUE, Double.MAX_VALUE, 100, 1e20, 0.00001234, -0.5, 2e-3, 9007199254740993.0, 1.005, 123.456, 1e7, 12345678.9, -0.0};
        List<String> node = List.of("1152921504606847000", "1e+21", "1.5e+25", "1e+300", "-2.5e+22", "0.000001", "1e-7", "1.5e-7",
                "123456789012345680000", "0.1", "0.3333333333333333", "5e-324", "1.7976931348623157e+308", "100", "100000000000000000000",
                "0.00001234", "-0.5", "0.002", "9007199254740992", "1.005", "123.456", "10000000", "12345678.9", "0");
        List<String> printed = new ArrayList<>();
        for (double v : values) printed.add(DefaultValue.formatNumber(v));
        assertEquals(node, printed);
    }

    /** Defaults SQLite reads as the same value are one default; an INTEGER and a REAL literal are not. */
    @Test
    void aFloatPrintsAsWritten() {
        // was 0.10000000149011612 and 3.4028234663852886e+38: the float widened to double
        assertEquals(List.of("0.1", "3.4028235e+38", "-1.5", "1.4e-45"),
                java.util.stream.Stream.of(0.1f, Float.MAX_VALUE, -1.5f, Float.MIN_VALUE).map(DefaultValue::formatNumber).toList());
    }

    @Test
    void sameValueAsSqliteReadsIt() {
        DefaultValue full = DefaultValue.sql("-15" + "0".repeat(299));   // a snapshot written before the exponent form
        assertTrue(DefaultValue.sameValue(DefaultValue.number(-1.5e300), full));
        assertTrue(DefaultValue.sameValue(DefaultValue.number(0.000001), DefaultValue.sql("0.0000010")));
        assertTrue(DefaultValue.sameValue(DefaultValue.sql("true"), DefaultValue.sql("1")));
        assertFalse(DefaultValue.sameValue(DefaultValue.sql("1"), DefaultValue.sql("1.0")));
        assertFalse(DefaultValue.sameValue(DefaultValue.sql("9223372036854775807"), DefaultValue.sql("9223372036854775806")));
        assertFalse(DefaultValue.sameValue(DefaultValue.sql("'1.0'"), DefaultValue.sql("1.0")));
        // SQLite reads +5 and 05 as the INTEGER 5
        assertTrue(DefaultValue.sameValue(DefaultValue.sql("+5"), DefaultValue.number(5)));
        assertTrue(DefaultValue.sameValue(DefaultValue.sql("05"), DefaultValue.sql("5")));
        assertTrue(DefaultValue.sameValue(DefaultValue.sql("+1.5e3"), DefaultValue.sql("1500.0")));
        assertFalse(DefaultValue.sameValue(DefaultValue.sql("+5"), DefaultValue.sql("5.0")));
    }
}
