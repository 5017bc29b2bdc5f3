package dev.easel.analyzer.index;

import java.util.Arrays;

/**
 * crates.io crate id to name: a sorted int[] of ids beside the names (about 150k entries: a few MB).
 * Filled in any order, then {@link #seal()}ed before lookups.
 */
final class CrateIds {

    private int[] ids = new int[1024];
    private String[] names = new String[1024];
    private int size;
    private boolean sorted = true;

    void add(int id, String name) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            names = Arrays.copyOf(names, size * 2);
        }
        if (size > 0 && id <= ids[size - 1]) {
            sorted = false;
        }
        ids[size] = id;
        names[size] = name;
        size++;
    }

    void seal() {
        if (!sorted) {
            int[] order = IdOrder.ascending(ids, size);
            int[] sortedIds = new int[size];
            String[] sortedNames = new String[size];
            for (int i = 0; i < size; i++) {
                int from = order[i];
                sortedIds[i] = ids[from];
                sortedNames[i] = names[from];
            }
            ids = sortedIds;
            names = sortedNames;
            sorted = true;
        }
        ids = Arrays.copyOf(ids, size);
        names = Arrays.copyOf(names, size);
    }

    /** The name, or null when the id is unknown. */
    String name(int id) {
        int i = Arrays.binarySearch(ids, 0, size, id);
        return i < 0 ? null : names[i];
    }

    int size() {
        return size;
    }
}
