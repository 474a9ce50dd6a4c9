package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class D1CredentialsTest {

    @TempDir
    Path dir;

    static final D1Credentials.ServerValues SERVER = new D1Credentials.ServerValues("cloudflare-d1", "acct-server", "db-server", "token-server");

    private Path devVars(String text) throws Exception {
        Path f = dir.resolve(".dev.vars");
        Files.writeString(f, text);
        return f;
    }

    /**
     * A settings.xml server whose password could not be read (Maven leaves an unset {@code ${env.NAME}} as written, which its
     * decrypter takes for an encrypted password): every goal failed on it, {@code -Dlocal} and a token from the environment too.
     * It matters only when the token must come from there.
     */
    @Test
    void aServerPasswordThatCouldNotBeReadMattersOnlyWhenTheTokenMustComeFromIt() {
        var server = new D1Credentials.ServerValues("cloudflare-d1", "acct-server", "db-server", null, "the password problem");
        Map<String, String> env = Map.of("CLOUDFLARE_D1_TOKEN", "token-env");
        assertEquals("token-env", D1Credentials.resolve(null, null, null, env::get, dir.resolve("none"), server).token());
        GodwitException e = assertThrows(GodwitException.class, () -> D1Credentials.resolve(null, null, null, k -> null, dir.resolve("none"), server));
        assertEquals("the password problem", e.getMessage());
    }

    @Test
    void explicitSettingsWinThenEnvironmentThenDevVarsThenSettingsXml() throws Exception {
        Path vars = devVars("CLOUDFLARE_ACCOUNT_ID=acct-vars\nCLOUDFLARE_DATABASE_ID=db-vars\nCLOUDFLARE_D1_TOKEN=token-vars\n");
        Map<String, String> env = Map.of("CLOUDFLARE_ACCOUNT_ID", "acct-env", "CLOUDFLARE_D1_TOKEN", "token-env");

        var all = D1Credentials.resolve("acct-x", "db-x", "token-x", env::get, vars, SERVER);
        assertEquals(new D1Credentials.Resolved("acct-x", "db-x", "token-x", "-Ddb.d1.token"), all);

        var mixed = D1Credentials.resolve(null, null, null, env::get, vars, SERVER);
        assertEquals(new D1Credentials.Resolved("acct-env", "db-vars", "token-env", "the environment variable CLOUDFLARE_D1_TOKEN"), mixed);

        var serverOnly = D1Credentials.resolve(null, " ", null, k -> null, dir.resolve("none"), SERVER);
        assertEquals(new D1Credentials.Resolved("acct-server", "db-server", "token-server", "settings.xml server " + SERVER.serverId()), serverOnly);
    }

    /**
     * .env holds CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN} and that variable is not set: the token was said to be missing
     * with .env among the places looked at, which has the line. It says the line is there and comes out empty (a reference
     * only, so no secret is shown).
     */
    @Test
    void aDotEnvLineWhoseReferenceIsEmptyIsSaid() throws Exception {
        Files.writeString(dir.resolve(".env"), "CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN}\n");
        ProjectVars files = ProjectVars.read(dir, null, k -> null);
        GodwitException e = assertThrows(GodwitException.class,
                () -> D1Credentials.resolve("acct", "db", null, k -> null, files, null, null));
        assertTrue(e.getMessage().endsWith(". .env has CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN}, which comes out empty: the variable it names is not set"
                + " (or empty) in the environment mvn runs in"), e.getMessage());
        // a default text after the reference may be a token itself: the line is not shown then
        Files.writeString(dir.resolve(".env"), "CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN-secret123}\n");
        GodwitException withDefault = assertThrows(GodwitException.class,
                () -> D1Credentials.resolve("acct", "db", null, k -> k.equals("CLOUDFLARE_API_TOKEN") ? "" : null,
                        ProjectVars.read(dir, null, k -> k.equals("CLOUDFLARE_API_TOKEN") ? "" : null), null, null));
        org.junit.jupiter.api.Assertions.assertFalse(withDefault.getMessage().contains("secret123"), withDefault.getMessage());
        Files.writeString(dir.resolve(".env"), "CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN}\n");
        // set, it is the token
        ProjectVars set = ProjectVars.read(dir, null, Map.of("CLOUDFLARE_API_TOKEN", "tok-1")::get);
        assertEquals("tok-1", D1Credentials.resolve("acct", "db", null, k -> null, set, null, null).resolved().token());
    }

    @Test
    void missingSettingsNameEveryPlaceLookedAt() {
        GodwitException e = assertThrows(GodwitException.class,
                () -> D1Credentials.resolve("acct", null, null, k -> null, dir.resolve(".dev.vars"), null));
        String vars = dir.resolve(".dev.vars").toString();
        assertEquals("Cloudflare D1 settings are missing (to use the local SQLite file instead, pass -Dlocal):\n"
                + "  - the database id: looked in -Ddb.d1.databaseId / <d1DatabaseId>, the environment variable CLOUDFLARE_DATABASE_ID, "
                + vars + " (CLOUDFLARE_DATABASE_ID=...), and settings.xml <server><id>cloudflare-d1</id><configuration><databaseId>\n"
                + "  - the API token: looked in -Ddb.d1.token, the environment variable CLOUDFLARE_D1_TOKEN, "
                + vars + " (CLOUDFLARE_D1_TOKEN=...), and settings.xml <server><id>cloudflare-d1</id><password> (a wrangler login session is not read:"
                + " make an API token that may edit D1, under My Profile > API Tokens in Cloudflare's dashboard)", e.getMessage());
    }

    /**
     * A wrangler project's CI has CLOUDFLARE_API_TOKEN (wrangler's variable) set; the error listed only Godwit's places, so the
     * token looked absent. It now says the variable is set and how to pass it on, never its value.
     */
    @Test
    void aMissingTokenNamesWranglersVariableWhenItIsSetWithoutItsValue() {
        GodwitException e = assertThrows(GodwitException.class,
                () -> D1Credentials.resolve("acct", "db", null, java.util.Map.of("CLOUDFLARE_API_TOKEN", "wr-secret-123")::get, dir.resolve(".dev.vars"), null));
        assertTrue(e.getMessage().endsWith("<server><id>cloudflare-d1</id><password>. CLOUDFLARE_API_TOKEN (wrangler's variable) is set, but Godwit"
                + " reads CLOUDFLARE_D1_TOKEN: export CLOUDFLARE_D1_TOKEN=\"$CLOUDFLARE_API_TOKEN\" if that token may edit D1"), e.getMessage());
        assertFalse(e.getMessage().contains("wr-secret-123"), e.getMessage());
    }

    @Test
    void theTokenIsNeverPrinted() {
        var r = D1Credentials.resolve("acct", "db", "s3cret-token", k -> null, null, null);
        assertFalse(r.toString().contains("s3cret-token"), r.toString());
        assertTrue(r.toString().contains("token=****"), r.toString());
    }

    /**
     * dotenv, as wrangler 4.164 reads .dev.vars (checked with wrangler dev): {@code A="abc" # comment} is abc, {@code D=plain#x} is
     * plain. Godwit kept the quotes of a quoted value followed by a comment, so CLOUDFLARE_D1_TOKEN="..." # D1 edit was sent with
     * its quotes and refused as a bad token.
     */
    @Test
    void aQuotedValueWithACommentAfterItIsReadAsDotenvReadsIt() throws Exception {
        Path f = devVars("""
                CLOUDFLARE_D1_TOKEN="tok-123" # the D1 edit token
                CLOUDFLARE_ACCOUNT_ID='acct-1'   # mine
                CLOUDFLARE_DATABASE_ID=db-1#staging
                """);
        assertEquals(Map.of("CLOUDFLARE_D1_TOKEN", "tok-123", "CLOUDFLARE_ACCOUNT_ID", "acct-1", "CLOUDFLARE_DATABASE_ID", "db-1"), DevVars.read(f));
    }

    /**
     * A .dev.vars saved by Windows Notepad starts with a byte-order mark; wrangler's dotenv reads its first key all the same (its
     * \\s takes U+FEFF), so wrangler dev had the token while Godwit said it was missing. {@code export<TAB>KEY} too is dotenv's.
     */
    @Test
    void aByteOrderMarkOrATabAfterExportIsReadAsDotenvReadsIt() throws Exception {
        Path f = devVars("\uFEFFCLOUDFLARE_D1_TOKEN=tok-123\r\nexport\tCLOUDFLARE_ACCOUNT_ID=acct-1\r\n");
        assertEquals(Map.of("CLOUDFLARE_D1_TOKEN", "tok-123", "CLOUDFLARE_ACCOUNT_ID", "acct-1"), DevVars.read(f));
    }

    @Test
    void devVarsReadsWranglersDotenvSyntax() throws Exception {
        Path f = devVars("""
                # comment
                export CLOUDFLARE_ACCOUNT_ID = acct-1
                CLOUDFLARE_DATABASE_ID="db with spaces"
                CLOUDFLARE_D1_TOKEN='tok#en'
                OTHER=value # trailing comment
                not a pair
                """);
        assertEquals(Map.of("CLOUDFLARE_ACCOUNT_ID", "acct-1", "CLOUDFLARE_DATABASE_ID", "db with spaces",
                "CLOUDFLARE_D1_TOKEN", "tok#en", "OTHER", "value"), DevVars.read(f));
        assertEquals(Map.of(), DevVars.read(dir.resolve("missing")));
    }
}
