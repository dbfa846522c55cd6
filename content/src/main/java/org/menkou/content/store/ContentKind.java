package org.menkou.content.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * Everything sync needs to know about one kind of content, in one place: the record a value is (what the codec
 * reads and writes on the wire), the kiosk replica's table and key column, how the server reads the value kiosks
 * receive, how a kiosk stores it, and which kiosks see it. Each {@link ContentEntity} carries its kind. Immutable.
 *
 * @param <T> the record a value of this kind is
 */
public final class ContentKind<T> {
    private final Class<T> type;
    private final String table;
    private final String key;
    private final List<String> clearedWith;
    private final BiFunction<ContentStore, String, Optional<T>> current;
    private final BiConsumer<ContentStore, T> replicate;
    private final BiPredicate<T, StationScope> visible;

    private ContentKind(Class<T> type, String table, String key, List<String> clearedWith,
                        BiFunction<ContentStore, String, Optional<T>> current, BiConsumer<ContentStore, T> replicate,
                        BiPredicate<T, StationScope> visible) {
        this.type = type;
        this.table = table;
        this.key = key;
        this.clearedWith = List.copyOf(clearedWith);
        this.current = current;
        this.replicate = replicate;
        this.visible = visible;
    }

    /**
     * A kind whose replica table {@code table} is keyed by {@code id} and that every kiosk sees.
     *
     * @param current   the server's value of an entity id as kiosks receive it; empty when it is gone
     * @param replicate stores a value in a kiosk's replica, inserting or replacing it
     */
    static <T> ContentKind<T> of(Class<T> type, String table, BiFunction<ContentStore, String, Optional<T>> current,
                                 BiConsumer<ContentStore, T> replicate) {
        return new ContentKind<>(type, table, "id", List.of(), current, replicate, (value, scope) -> true);
    }

    /** This kind with {@code column} as the replica table's key. */
    ContentKind<T> keyedBy(String column) {
        return new ContentKind<>(type, table, column, clearedWith, current, replicate, visible);
    }

    /** This kind with {@code tables} also emptied, before its own table, when a snapshot resets a replica. */
    ContentKind<T> clearing(String... tables) {
        return new ContentKind<>(type, table, key, List.of(tables), current, replicate, visible);
    }

    /** This kind seen only by the kiosks whose station {@code rule} accepts. */
    ContentKind<T> visibleWhen(BiPredicate<T, StationScope> rule) {
        return new ContentKind<>(type, table, key, clearedWith, current, replicate, rule);
    }

    /** The record a value is, as it travels in sync JSON. */
    public Class<T> type() {
        return type;
    }

    /** The kiosk replica's table of this kind. */
    public String table() {
        return table;
    }

    /** The column of {@link #table()} that holds the entity id. */
    public String key() {
        return key;
    }

    /** The replica tables a snapshot empties for this kind, children first. */
    public List<String> tables() {
        List<String> all = new ArrayList<>(clearedWith);
        all.add(table);
        return List.copyOf(all);
    }

    /** The server's value of {@code id} as kiosks receive it, or empty when it no longer exists. */
    public Optional<T> find(ContentStore server, String id) {
        return current.apply(server, id);
    }

    /** Stores {@code value} (of this kind's type) in a kiosk's replica, inserting or replacing it. */
    public void save(ContentStore replica, Object value) {
        replicate.accept(replica, type.cast(value));
    }

    /** Whether a kiosk of {@code scope} sees {@code value} (of this kind's type). */
    public boolean isVisible(Object value, StationScope scope) {
        return visible.test(type.cast(value), scope);
    }
}
