package it.godwit.app;

public final class App {
    public static void main(String[] args) {
        System.out.println(it.godwit.schema.Users.USERS);
    }
}
