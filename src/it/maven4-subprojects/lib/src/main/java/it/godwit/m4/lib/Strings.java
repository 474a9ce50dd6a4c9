package it.godwit.m4.lib;

public final class Strings {
    private Strings() {
    }
}
