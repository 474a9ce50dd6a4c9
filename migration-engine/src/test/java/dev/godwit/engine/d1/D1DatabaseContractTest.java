package dev.godwit.engine.d1;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseContractTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The port's contract on D1, through the stand-in over HTTP on 127.0.0.1. */
class D1DatabaseContractTest extends DatabaseContractTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "6b1f8a52-0e0d-4c1e-9a57-5f1c3d2e7a90";
    static final String TOKEN = "contract-token-abc-789";

    D1StandIn standIn;

    @BeforeEach
    void start() {
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Override
    protected Database open() {
        return new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()).withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(1)));
    }

    @Override
    protected String noSuchTableLine() {
        return "D1 says: no such table: nowhere: SQLITE_ERROR";
    }
}
