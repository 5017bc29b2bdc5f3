package dev.easel.analyzer.index;

import java.util.Arrays;

/** Sorting of the compact id tables (IdTable, VersionIds) whose rows arrived out of id order. */
final class IdOrder {

    private IdOrder() {
    }

    /** The row indexes of {@code ids[0..size)} in ascending id order (ids packed with their row into longs). */
    static int[] ascending(int[] ids, int size) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
