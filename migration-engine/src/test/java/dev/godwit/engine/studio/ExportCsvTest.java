package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSV formula injection where the spreadsheet separates by {@code ;} (Excel in a German or French locale): a text holding
 * {@code ;} was written unquoted and as it is, and opened there as two cells, the second a formula. OWASP's payloads, each after
 * a {@code ;}, a tab or a line break, are guarded as they are at a text's start; what is no formula stays as stored.
 */
class ExportCsvTest {

    private static String csv(Object... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Export e = Export.csv(bytes);
        e.row(Arrays.asList(values));
        e.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFormulaAfterASemicolonTabOrLineBreakIsGuardedAndTheFieldQuoted() {
        assertEquals("1,\"x;'=cmd|' /C calc'!A0\"\r\n", csv(1L, "x;=cmd|' /C calc'!A0"));
        assertEquals("\"a;'@SUM(1+9)*cmd|' /C calc'!A0\"\r\n", csv("a;@SUM(1+9)*cmd|' /C calc'!A0"));
        assertEquals("\"a;'-2+3+cmd|' /C calc'!A0\"\r\n", csv("a;-2+3+cmd|' /C calc'!A0"));
        assertEquals("\"a;'+HYPERLINK(\"\"http://x\"\")\"\r\n", csv("a;+HYPERLINK(\"http://x\")"));
        assertEquals("\"a\t'=1+1\"\r\n", csv("a\t=1+1"));
        assertEquals("\"note\n'=cmd|' /C calc'!A0;\"\"\"\r\n", csv("note\n=cmd|' /C calc'!A0;\""));
        // a cell that opens with quotes there counts from what follows them
        assertEquals("\"x;'\"\"=cmd\"\"\"\r\n", csv("x;\"=cmd\""));
        // at the start, as before, and in several places
        assertEquals("\"'=a;'=b;c\"\r\n", csv("=a;=b;c"));
        // no formula: the value as stored (quoted where it holds ; or a tab, which changes nothing for a CSV reader)
        assertEquals("\"a;b\",\"a;-2\",\"x\tplain\",a=b;c,\"1;2,5\"\r\n".replace(",a=b;c,", ",\"a=b;c\","), csv("a;b", "a;-2", "x\tplain", "a=b;c", "1;2,5"));
        assertEquals("-2,+1.5e3,'-2+3\r\n", csv("-2", "+1.5e3", "-2+3"));
        assertEquals("'=x\r\n", csv("=x"));
        assertEquals("7,1.5,\r\n", csv(7L, 1.5, null));
    }

    /**
     * Each character that makes a field quoted, alone in it (the other tests hold several at once, so dropping one from the check,
     * as the one-pass check of each character might, went unseen but for ';'): RFC 4180's comma, quote, CR and LF, and the ';' and
     * tab a spreadsheet may separate by. An empty text is quoted, a NULL is nothing; a blob's x'<hex>', a number and other
     * characters (non-ASCII, a lone '=' inside) are not quoted.
     */
    @Test
    void eachCharacterThatNeedsQuotesQuotesTheFieldAlone() {
        assertEquals("\"a,b\"\r\n", csv("a,b"));
        assertEquals("\"a\"\"b\"\r\n", csv("a\"b"));
        assertEquals("\"a\rb\"\r\n", csv("a\rb"));
        assertEquals("\"a\nb\"\r\n", csv("a\nb"));
        assertEquals("\"a;b\"\r\n", csv("a;b"));
        assertEquals("\"a\tb\"\r\n", csv("a\tb"));
        assertEquals("\"\",\r\n", csv("", null));
        assertEquals("x'00ff2c22',x'',Zoë 🐦,a=b,-3\r\n", csv(new byte[] {0, (byte) 0xff, ',', '"'}, new byte[0], "Zoë 🐦", "a=b", -3L));
    }
}
