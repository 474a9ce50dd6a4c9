package dev.godwit.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SchemaDef;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SchemaInBackgroundTest {

    @Test
    void loadsOnAnotherThreadWithTheGivenContextLoaderAndLeavesNoThreadBehind() throws Exception {
        AtomicReference<Thread> ran = new AtomicReference<>();
        AtomicReference<ClassLoader> context = new AtomicReference<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            SchemaInBackground s = SchemaInBackground.start(() -> {
                ran.set(Thread.currentThread());
                context.set(Thread.currentThread().getContextClassLoader());
                Thread.sleep(50);
                return SchemaDef.EMPTY;
            }, loader);
            s.close();
            assertFalse(ran.get().isAlive(), "close() waits for the loading thread");
            assertSame(SchemaDef.EMPTY, s.get());
            assertNotSame(Thread.currentThread(), ran.get());
            assertEquals("godwit-schema-loader", ran.get().getName());
            assertSame(loader, context.get());
        }
    }

    @Test
    void getThrowsWhatLoadingThrewUnchanged() {
        SchemaException thrown = new SchemaException(java.util.List.of("table \"t\": no columns"));
        try (SchemaInBackground s = SchemaInBackground.start(() -> {
            throw thrown;
        }, null)) {
            assertSame(thrown, assertThrows(SchemaException.class, s::get));
        }
        StackOverflowError error = new StackOverflowError("deep");
        try (SchemaInBackground s = SchemaInBackground.start(() -> {
            throw error;
        }, null)) {
            assertSame(error, assertThrows(StackOverflowError.class, s::get));
        }
    }
}
