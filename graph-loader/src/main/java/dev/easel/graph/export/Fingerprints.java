package dev.easel.graph.export;

/**
 * A set of strings held as 64-bit fingerprints in open addressing (one {@code long[]}, no boxing, no strings): about
 * 16 bytes per member at most, so the 1.5M version ids of crates.io take 24 MB where a {@code HashSet<String>} would
 * take over 150 MB. Two different strings share a fingerprint with odds of about n²/2⁶⁵ (6·10⁻⁸ for 1.5M members):
 * what uses it must survive such a rare false "already there" (the import's report then lists the row it skipped).
 */
final class Fingerprints {

    private static final long EMPTY = 0;
    private long[] slots = new long[1 << 16];
    private int size;

    /** Adds the string; true when it was not there. */
    boolean add(CharSequence s) {
        long f = fingerprint(s);
        int slot = find(slots, f);
        if (slots[slot] == f) {
            return false;
        }
        slots[slot] = f;
        if (++size * 2 > slots.length) { // at most half full: probes stay short
            grow();
        }
        return true;
    }

    boolean contains(CharSequence s) {
        long f = fingerprint(s);
        return slots[find(slots, f)] == f;
    }

    int size() {
        return size;
    }

    /** FNV-1a over the UTF-16 units, then MurmurHash3's finaliser to spread the bits; never {@link #EMPTY}. */
    static long fingerprint(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    private static int find(long[] slots, long f) {
        int mask = slots.length - 1;
        int i = (int) f & mask;
        while (slots[i] != EMPTY && slots[i] != f) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long f : old) {
            if (f != EMPTY) {
                slots[find(slots, f)] = f;
            }
        }
    }
}
