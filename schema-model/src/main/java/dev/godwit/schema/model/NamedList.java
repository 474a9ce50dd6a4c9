package dev.godwit.schema.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list (refusing null elements when built, as {@link java.util.List#copyOf} does) that also finds its first element of a given name
 * without walking the list: the diff, the planner and the drop and rebase goals look tables up one by one, which over a
 * schema of thousands of tables was quadratic. Equal to any list with the same elements, as lists are.
 */
final class NamedList<T> extends AbstractList<T> implements RandomAccess {

    private static final int SCAN_BELOW = 16;   // a walk over a few names is cheaper than building a map

    private final Object[] items;
    private final Function<T, String> name;
    private volatile Map<String, T> byName;   // built on the first lookup of a long list
    private volatile Map<String, T> bySqliteKey;   // the same, by SqliteNames.key, for lookups as SQLite compares names

    private NamedList(Object[] items, Function<T, String> name) {
        this.items = items;
        this.name = name;
    }

    static <T> NamedList<T> copyOf(Collection<? extends T> items, Function<T, String> name) {
        Object[] copy = items.toArray();
        for (Object o : copy) Objects.requireNonNull(o);
        return new NamedList<>(copy, name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, items.length);
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** The first element named {@code n}. */
    @SuppressWarnings("unchecked")
    Optional<T> named(String n) {
        if (items.length < SCAN_BELOW) {
            for (Object o : items) if (name.apply((T) o).equals(n)) return Optional.of((T) o);
            return Optional.empty();
        }
        Map<String, T> index = byName;
        if (index == null) {
            index = new HashMap<>(items.length * 2);
            for (Object o : items) index.putIfAbsent(name.apply((T) o), (T) o);
            byName = index;   // two threads may both build it: the same map either way
        }
        return Optional.ofNullable(index.get(n));
    }

    /** The first element whose name SQLite takes for {@code n} (the case of ASCII letters aside), as {@link SqliteNames#find} finds it. */
    @SuppressWarnings("unchecked")
    Optional<T> namedAsSqlite(String n) {
        if (items.length < SCAN_BELOW) return SqliteNames.find(this, name, n);
        Map<String, T> index = bySqliteKey;
        if (index == null) {
            index = new HashMap<>(items.length * 2);
            for (Object o : items) index.putIfAbsent(SqliteNames.key(name.apply((T) o)), (T) o);
            bySqliteKey = index;   // two threads may both build it: the same map either way
        }
        return Optional.ofNullable(index.get(SqliteNames.key(n)));
    }
}
