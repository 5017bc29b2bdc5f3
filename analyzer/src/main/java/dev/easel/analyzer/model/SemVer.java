package dev.easel.analyzer.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version (major.minor.patch[-pre][+build]); ordered by semver precedence, build ignored.
 */
public record SemVer(int major, int minor, int patch, String pre, String build) implements Comparable<SemVer> {

    private static final Pattern FORM = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?");

    /** Parses a full version; throws IllegalArgumentException naming the text when it is not one. */
    public static SemVer parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a semantic version: '" + text + "'");
        }
        return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4), m.group(5));
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
        return comparePre(pre, o.pre);
    }

    private static int comparePre(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xn = x[i].chars().allMatch(Character::isDigit);
            boolean yn = y[i].chars().allMatch(Character::isDigit);
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

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (pre == null ? "" : "-" + pre) + (build == null ? "" : "+" + build);
    }
}
