package dev.easel.analyzer.index;

import java.util.Arrays;

/**
 * A crates.io id table (crate id to name, user id to login, ...): a sorted int[] of ids beside the values (about 150k
 * crates or users: a few MB). Filled in any order, then {@link #seal()}ed before lookups.
 *
 * @param <V> the value per id
 */
final class IdTable<V> {

    private int[] ids = new int[1024];
    private Object[] values = new Object[1024];
    private int size;
    private boolean sorted = true;

    void add(int id, V value) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        if (size > 0 && id <= ids[size - 1]) {
            sorted = false;
        }
        ids[size] = id;
        values[size] = value;
        size++;
    }

    void seal() {
        if (!sorted) {
            int[] order = IdOrder.ascending(ids, size);
            int[] sortedIds = new int[size];
            Object[] sortedValues = new Object[size];
            for (int i = 0; i < size; i++) {
                int from = order[i];
                sortedIds[i] = ids[from];
                sortedValues[i] = values[from];
            }
            ids = sortedIds;
            values = sortedValues;
            sorted = true;
        }
        ids = Arrays.copyOf(ids, size);
        values = Arrays.copyOf(values, size);
    }

    /** The value, or null when the id is unknown. */
    @SuppressWarnings("unchecked")
    V get(int id) {
        int i = Arrays.binarySearch(ids, 0, size, id);
        return i < 0 ? null : (V) values[i];
    }

    int size() {
        return size;
    }
}
