package dev.easel.analyzer.index;

import java.util.Arrays;

/**
 * Sums per non-negative int key in open addressing (two arrays, no boxing): version id to downloads for 1.5M+
 * versions in about 40 MB, where a HashMap of boxed entries would take several times that.
 */
final class IntLongSums {

    private static final int EMPTY = -1;
    private int[] keys;
    private long[] sums;
    private int size;

    IntLongSums() {
        keys = new int[1 << 16];
        sums = new long[1 << 16];
        Arrays.fill(keys, EMPTY);
    }

    void add(int key, long amount) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        int slot = slot(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            if (size * 2 > keys.length) { // at most half full: probes stay short
                grow();
                slot = slot(keys, key);
            }
        }
        sums[slot] += amount;
    }

    /** The sum, 0 when the key never came. */
    long get(int key) {
        int slot = slot(keys, key);
        return keys[slot] == key ? sums[slot] : 0;
    }

    int size() {
        return size;
    }

    private static int slot(int[] keys, int key) {
        int mask = keys.length - 1;
        int h = key * 0x9E3779B9; // Fibonacci hashing spreads consecutive ids
        int i = (h ^ (h >>> 16)) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldSums = sums;
        keys = new int[oldKeys.length * 2];
        sums = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                sums[slot] = oldSums[i];
            }
        }
    }
}
