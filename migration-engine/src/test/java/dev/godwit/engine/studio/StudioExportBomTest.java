package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A red team (round 52): a CSV export carried no UTF-8 byte-order mark, so Excel on Windows, opening the file by a double click,
 * read it as the ANSI code page and showed {@code Zoë} as {@code ZoÃ«}. A BOM is not the default (Python's {@code csv} and
 * {@code cut} take it as part of the first header): {@code bom=1} asks for it, as DBeaver's "Insert BOM" does, for a table view's
 * export and the console's alike.
 */
class StudioExportBomTest extends StudioServerFixture {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(studio.uri().resolve(at(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    @Test
    void aCsvExportForExcelStartsWithAByteOrderMarkAndOnlyWhenAsked() throws Exception {
        db.query("UPDATE teams SET name = 'Zoë' WHERE id = 2");
        // the default is unchanged: no BOM
        byte[] plain = bytes("/api/export?table=teams&sort=id&format=csv&download=1");
        assertEquals("id,name,score,logo\r\n1,owls,1.5,x'00ff10'\r\n2,Zoë,,\r\n", new String(plain, StandardCharsets.UTF_8));
        // asked for: the BOM, then the same bytes
        byte[] excel = bytes("/api/export?table=teams&sort=id&format=csv&bom=1&download=1");
        assertArrayEquals(BOM, Arrays.copyOf(excel, 3));
        assertArrayEquals(plain, Arrays.copyOfRange(excel, 3, excel.length));
        // the console's export too
        byte[] query = bytes("/api/sql/export?format=csv&bom=1&sql=" + enc("SELECT name FROM teams ORDER BY id"));
        assertArrayEquals(BOM, Arrays.copyOf(query, 3));
        assertEquals("name\r\nowls\r\nZoë\r\n", new String(query, 3, query.length - 3, StandardCharsets.UTF_8));
        // JSON has no use for one (RFC 8259: a JSON text sent between systems must not begin with a BOM): refused, saying so
        HttpResponse<String> js = page("GET", "/api/export?table=teams&format=json&bom=1", null);
        assertEquals(400, js.statusCode(), js.body());
        assertTrue(error(js).contains("bom"), js.body());
    }
}
