package dev.godwit.engine.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * CSV (RFC 4180: quoted where needed, CRLF) and JSON (an array of objects) of a result. NULL is
 * an empty CSV field and JSON null; integers are exact in both (JSON numbers with all digits);
 * blobs are written {@code x'hex'}.
 */
final class Export {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Export() {
    }

    static byte[] csv(StudioData.Result r) {
        StringBuilder sb = new StringBuilder();
        line(sb, r.columns().stream().map(c -> (Object) c).toList());
        for (List<Object> row : r.rows()) line(sb, row);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            Object v = values.get(i);
            if (v == null) continue;
            String s = v instanceof byte[] b ? "x'" + HexFormat.of().formatHex(b) + "'" : v instanceof Double d ? Values.realText(d) : v.toString();
            if (s.isEmpty() || s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        sb.append("\r\n");
    }

    static byte[] json(StudioData.Result r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (List<Object> row : r.rows()) {
                g.writeStartObject();
                for (int i = 0; i < r.columns().size(); i++) {
                    g.writeFieldName(r.columns().get(i));
                    Object v = row.get(i);
                    if (v == null) g.writeNull();
                    else if (v instanceof Long l) g.writeNumber(l);
                    else if (v instanceof Double d) {
                        if (Double.isFinite(d)) g.writeNumber(d);
                        else g.writeString(Values.realText(d));
                    } else if (v instanceof byte[] b) g.writeString("x'" + HexFormat.of().formatHex(b) + "'");
                    else g.writeString(v.toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
