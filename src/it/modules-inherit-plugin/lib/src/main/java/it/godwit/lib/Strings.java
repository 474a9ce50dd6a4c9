package it.godwit.lib;

public final class Strings {
    private Strings() {
    }
}
