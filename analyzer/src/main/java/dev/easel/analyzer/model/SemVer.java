package dev.easel.analyzer.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version (major.minor.patch[-pre][+build]); ordered by semver precedence, build ignored.
 */
public record SemVer(int major, int minor, int patch, String pre, String build) implements Comparable<SemVer> {

    /** Dot-separated identifiers, none empty (SemVer 2.0 §9 and §10). */
    private static final String IDENTIFIERS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
    private static final Pattern FORM = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(" + IDENTIFIERS + "))?(?:\\+(" + IDENTIFIERS + "))?");

    /** Parses a full version; throws IllegalArgumentException naming the text when it is not one. */
    public static SemVer parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a semantic version: '" + text + "'");
        }
        try {
            return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4), m.group(5));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a semantic version easel can hold (a part above "
                    + Integer.MAX_VALUE + "): '" + text + "'", e);
        }
    }

    /** Parses, or returns null for text that is not a version. */
    public static SemVer tryParse(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    public boolean isPrerelease() {
        return pre != null;
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Comparator.comparingInt(SemVer::major).thenComparingInt(SemVer::minor)
                .thenComparingInt(SemVer::patch).compare(this, o);
        if (c != 0) {
            return c;
        }
        if (Objects.equals(pre, o.pre)) {
            return 0;
        }
        if (pre == null) {
            return 1; // a release ranks above its pre-releases
        }
        if (o.pre == null) {
            return -1;
        }
        return compareIdentifiers(pre, o.pre);
    }

    /**
     * Orders dot-separated identifiers as SemVer 2.0 §11 orders pre-releases: numeric identifiers numerically and below
     * alphanumeric ones, alphanumeric ones in ASCII order, and a shorter list below a longer one it begins.
     */
    static int compareIdentifiers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xn = isNumeric(x[i]);
            boolean yn = isNumeric(y[i]);
            int c;
            if (xn && yn) {
                c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
            } else if (xn) {
                c = -1;
            } else if (yn) {
                c = 1;
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static boolean isNumeric(String identifier) {
        return !identifier.isEmpty() && identifier.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (pre == null ? "" : "-" + pre) + (build == null ? "" : "+" + build);
    }
}
