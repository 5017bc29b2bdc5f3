package dev.easel.analyzer.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * crates.io version id to (crate name, version number), compact for 1.5M+ versions: sorted int ids, the crate name as
 * a shared String reference, and every number's bytes in one pooled byte[] (about 12 + 8 bytes per version plus the
 * number's length, so ~40 MB at crates.io's size, instead of ~150 MB as a HashMap of Strings).
 */
final class VersionIds {

    private int[] ids = new int[4096];
    private String[] crates = new String[4096];
    private int[] numStart = new int[4097];
    private byte[] pool = new byte[64 * 1024];
    private int size;
    private boolean sorted = true;

    void add(int id, String crate, String num) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            crates = Arrays.copyOf(crates, n);
            numStart = Arrays.copyOf(numStart, n + 1);
        }
        byte[] b = num.getBytes(StandardCharsets.UTF_8);
        int start = numStart[size];
        if (start + b.length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, start + b.length));
        }
        System.arraycopy(b, 0, pool, start, b.length);
        if (size > 0 && id <= ids[size - 1]) {
            sorted = false;
        }
        ids[size] = id;
        crates[size] = crate;
        numStart[size + 1] = start + b.length;
        size++;
    }

    /** Sorts by id (when rows came unordered) and trims the arrays. */
    void seal() {
        if (!sorted) {
            int[] order = IdOrder.ascending(ids, size);
            int[] sIds = new int[size];
            String[] sCrates = new String[size];
            int[] sStart = new int[size + 1];
            byte[] sPool = new byte[numStart[size]];
            int at = 0;
            for (int i = 0; i < size; i++) {
                int from = order[i];
                sIds[i] = ids[from];
                sCrates[i] = crates[from];
                int len = numStart[from + 1] - numStart[from];
                System.arraycopy(pool, numStart[from], sPool, at, len);
                sStart[i] = at;
                at += len;
            }
            sStart[size] = at;
            ids = sIds;
            crates = sCrates;
            numStart = sStart;
            pool = sPool;
            sorted = true;
        } else {
            ids = Arrays.copyOf(ids, size);
            crates = Arrays.copyOf(crates, size);
            numStart = Arrays.copyOf(numStart, size + 1);
            pool = Arrays.copyOf(pool, numStart[size]);
        }
    }

    /** Index of a version id, negative when unknown. */
    int indexOf(int id) {
        return Arrays.binarySearch(ids, 0, size, id);
    }

    String crate(int index) {
        return crates[index];
    }

    String num(int index) {
        return new String(pool, numStart[index], numStart[index + 1] - numStart[index], StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }
}
