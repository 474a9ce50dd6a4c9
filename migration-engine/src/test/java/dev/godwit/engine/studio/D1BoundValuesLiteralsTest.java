package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.db.SqliteDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A value written into a statement of more than 100 parameters reads back as the bound value would: same type, same bits. */
class D1BoundValuesLiteralsTest {

    private static final String LONG = "x".repeat(200);

    @Test
    void everyInlinedValueIsExact() {
        List<Object> values = new ArrayList<>(List.of(-0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.MIN_NORMAL, 1e-310, 0.1, 1.0 / 3, 2.5e-8, 1e22, 1e23, 9007199254740993.0, 123456789012345678.0,
                Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, -(1L << 53) - 1, (1L << 53) + 1, 0L, -1L,
                "", "it's", "''", "line\nbreak\r\n", "tab\t", "é中😀", "?", "?1", "-- not a comment", "/* nor */", "\\", "\u2028",
                new byte[0], new byte[] {0, -1, 39, 10}));
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) values.add(Double.longBitsToDouble(random.nextLong()));
        for (int i = 0; i < 300; i++) values.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            for (Object v : values) {
                if (v instanceof Double d && Double.isNaN(d)) continue;
                List<Object> params = new ArrayList<>();
                params.add(v);
                for (int i = 0; i < 100; i++) params.add(LONG);
                StringBuilder sql = new StringBuilder("SELECT ? AS v, typeof(?) AS t");
                params.add(1, v);
                for (int i = 2; i < params.size(); i++) sql.append(", ? AS p").append(i);
                List<Object> kept = new ArrayList<>();
                String inlined = D1BoundValues.inlined(sql.toString(), params, kept);
                Map<String, Object> bound = db.query(sql.toString(), params.toArray()).get(0);
                Map<String, Object> written = db.query(inlined, kept.toArray()).get(0);
                assertEquals(show(bound.get("t")) + " " + show(bound.get("v")), show(written.get("t")) + " " + show(written.get("v")),
                        "value " + show(v) + " written as: " + inlined.substring(0, Math.min(80, inlined.length())));
            }
        }
    }

    private static String show(Object v) {
        if (v instanceof Double d) return "double " + Long.toHexString(Double.doubleToRawLongBits(d)) + " (" + d + ")";
        if (v instanceof byte[] b) return "blob " + Arrays.toString(b);
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }
}
