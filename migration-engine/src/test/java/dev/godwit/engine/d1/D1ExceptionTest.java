package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import org.junit.jupiter.api.Test;

class D1ExceptionTest {

    /** A refused token is found wherever the failure holds it, so the goal can say where the token came from. */
    @Test
    void aRefusedTokenIsFoundInTheCausesAndWhatTheySuppressed() {
        D1Exception refused = new D1Exception("Cloudflare refused the API token (HTTP 403, code 10000: Authentication error).", 403, 10000, false, null);
        assertTrue(D1Exception.refusedTokenIn(refused));
        assertTrue(D1Exception.refusedTokenIn(new GodwitException(GodwitException.Kind.BROKEN, "apply failed", refused)));
        GodwitException fleet = new GodwitException(GodwitException.Kind.BROKEN, "2 of 3 databases failed", null);
        fleet.addSuppressed(new D1Exception("timeout", 0, 0, true, null));
        assertFalse(D1Exception.refusedTokenIn(fleet));
        fleet.addSuppressed(new D1Exception("refused", 401, 10000, false, null));
        assertTrue(D1Exception.refusedTokenIn(fleet));
        assertFalse(D1Exception.refusedTokenIn(new D1Exception("Cloudflare D1 failed (HTTP 500)", 500, 7500, false, null)));
    }
}
