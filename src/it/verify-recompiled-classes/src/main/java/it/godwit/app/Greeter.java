package it.godwit.app;

/** The application's own code, beside the schema: editing it recompiles the module, the schema classes with it. */
public final class Greeter {
    public static String greet(String name) {
        return "Hello, " + name;
    }
}
