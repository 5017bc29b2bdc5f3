package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.SemVer;

import java.util.ArrayList;
import java.util.List;

/**
 * A Cargo version requirement ({@code ">= 1.2.0, < 1.3.4"}, {@code "^0.3"}, {@code "~1.2.3"}, {@code "=1.0.0-rc.1"},
 * {@code "1.*"}, {@code "*"}): comparators joined by commas, each an operator ({@code = > >= < <= ~ ^}, none meaning
 * {@code ^}) and a version that may be partial ({@code 1}, {@code 1.2}) or end in a wildcard ({@code 1.*},
 * {@code 1.2.x}); a pre-release only after a full version; build metadata ignored. Immutable.
 *
 * <p>Two readings, because Cargo and RustSec read the same text differently for pre-releases:
 * <ul>
 *   <li>{@link #matches}: Cargo's (the {@code semver} crate's): every comparator holds, and a pre-release version
 *       matches only when a comparator names the same major.minor.patch with a pre-release of its own
 *       ({@code >=1.2.3-alpha.1} lets {@code 1.2.3-alpha.2} in, never {@code 1.3.0-beta}).</li>
 *   <li>{@link #contains}: the requirement as an interval of semver precedence, pre-releases included, partial
 *       versions expanded as Cargo expands them, and the upper end of {@code ^}, {@code ~}, {@code =1.2} and
 *       {@code <=1.2} placed at {@code -0}, the lowest pre-release of the next version. This is how RustSec's own
 *       tooling turns {@code patched}/{@code unaffected} into affected ranges, so {@code patched = [">= 1.2.0"]}
 *       covers {@code 1.3.0-beta.1}.</li>
 * </ul>
 */
public final class VersionRequirement {

    enum Op { EXACT, GREATER, GREATER_EQ, LESS, LESS_EQ, TILDE, CARET, WILDCARD }

    /** One comparator; {@code minor}/{@code patch} are null when left out or given as a wildcard. */
    record Comparator(Op op, long major, Long minor, Long patch, String pre) {
    }

    /** One end of an interval; a null version is unbounded. */
    private record Bound(SemVer version, boolean inclusive) {
        static final Bound NONE = new Bound(null, false);
    }

    private final String text;
    private final List<Comparator> comparators;

    private VersionRequirement(String text, List<Comparator> comparators) {
        this.text = text;
        this.comparators = List.copyOf(comparators);
    }

    /** The requirement that every version meets ({@code *}). */
    public static final VersionRequirement ANY = new VersionRequirement("*", List.of());

    /**
     * Parses Cargo's requirement syntax.
     *
     * @throws InvalidRequirementException saying what is wrong and where
     */
    public static VersionRequirement parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequirementException("empty version requirement");
        }
        String trimmed = text.strip();
        if (isWildcard(trimmed)) {
            return new VersionRequirement(trimmed, List.of());
        }
        List<Comparator> comparators = new ArrayList<>();
        for (String part : trimmed.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new InvalidRequirementException("empty comparator in '" + trimmed + "' (stray comma)");
            }
            if (isWildcard(p)) {
                throw new InvalidRequirementException("wildcard '" + p + "' must be the only comparator in '"
                        + trimmed + "'");
            }
            comparators.add(comparator(p, trimmed));
        }
        return new VersionRequirement(trimmed, comparators);
    }

    private static boolean isWildcard(String s) {
        return s.equals("*") || s.equals("x") || s.equals("X");
    }

    private static Comparator comparator(String p, String whole) {
        int i = 0;
        Op op;
        if (p.startsWith(">=")) {
            op = Op.GREATER_EQ;
            i = 2;
        } else if (p.startsWith("<=")) {
            op = Op.LESS_EQ;
            i = 2;
        } else if (p.startsWith(">")) {
            op = Op.GREATER;
            i = 1;
        } else if (p.startsWith("<")) {
            op = Op.LESS;
            i = 1;
        } else if (p.startsWith("=")) {
            op = Op.EXACT;
            i = 1;
        } else if (p.startsWith("~")) {
            op = Op.TILDE;
            i = 1;
        } else if (p.startsWith("^")) {
            op = Op.CARET;
            i = 1;
        } else if (Character.isDigit(p.charAt(0))) {
            op = null; // bare version: caret, or an exact partial when it ends in a wildcard
        } else {
            throw new InvalidRequirementException("unknown operator at '" + p + "' in '" + whole
                    + "' (expected one of = > >= < <= ~ ^ or a version)");
        }
        String version = p.substring(i).strip();
        if (version.isEmpty()) {
            throw new InvalidRequirementException("operator without a version in '" + whole + "'");
        }
        // build metadata never takes part in matching
        int plus = version.indexOf('+');
        if (plus >= 0) {
            String build = version.substring(plus + 1);
            if (!build.matches("[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*")) {
                throw new InvalidRequirementException("malformed build metadata in '" + p + "'");
            }
            version = version.substring(0, plus);
        }
        String pre = null;
        int dash = version.indexOf('-');
        if (dash >= 0) {
            pre = version.substring(dash + 1);
            version = version.substring(0, dash);
            checkPre(pre, p);
        }
        String[] parts = version.split("\\.", -1);
        if (parts.length > 3) {
            throw new InvalidRequirementException("too many version numbers in '" + p + "'");
        }
        long major = number(parts[0], "major", p);
        Long minor = null;
        Long patch = null;
        boolean wildcard = false;
        if (parts.length > 1) {
            if (isWildcard(parts[1])) {
                wildcard = true;
            } else {
                minor = number(parts[1], "minor", p);
            }
        }
        if (parts.length > 2) {
            if (isWildcard(parts[2])) {
                wildcard = true;
            } else if (wildcard) {
                throw new InvalidRequirementException("a number after a wildcard in '" + p + "'");
            } else {
                patch = number(parts[2], "patch", p);
            }
        }
        if (pre != null && patch == null) {
            throw new InvalidRequirementException("a pre-release needs a full major.minor.patch in '" + p + "'");
        }
        if (op == null) {
            op = wildcard ? Op.WILDCARD : Op.CARET;
        }
        return new Comparator(op, major, minor, patch, pre);
    }

    private static long number(String s, String which, String p) {
        if (s.isEmpty()) {
            throw new InvalidRequirementException("missing " + which + " version number in '" + p + "'");
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                throw new InvalidRequirementException("unexpected '" + s.charAt(k) + "' in the " + which
                        + " version number of '" + p + "'");
            }
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            throw new InvalidRequirementException("leading zero in the " + which + " version number of '" + p + "'");
        }
        if (s.length() > 9) {
            throw new InvalidRequirementException(which + " version number too large in '" + p + "'");
        }
        return Long.parseLong(s);
    }

    private static void checkPre(String pre, String p) {
        if (pre.isEmpty()) {
            throw new InvalidRequirementException("empty pre-release in '" + p + "'");
        }
        for (String id : pre.split("\\.", -1)) {
            if (id.isEmpty()) {
                throw new InvalidRequirementException("empty pre-release identifier in '" + p + "'");
            }
            if (!id.matches("[0-9A-Za-z-]+")) {
                throw new InvalidRequirementException("unexpected character in pre-release '" + pre + "' of '" + p + "'");
            }
            if (id.length() > 1 && id.charAt(0) == '0' && id.chars().allMatch(Character::isDigit)) {
                throw new InvalidRequirementException("leading zero in pre-release identifier '" + id + "' of '" + p + "'");
            }
        }
    }

    /** The text as written (trimmed). */
    public String text() {
        return text;
    }

    /** Cargo's reading: every comparator holds, and pre-releases only where a comparator opts in to them. */
    public boolean matches(SemVer v) {
        for (Comparator c : comparators) {
            if (!holds(c, v)) {
                return false;
            }
        }
        if (v.pre() == null) {
            return true;
        }
        for (Comparator c : comparators) {
            if (c.pre() != null && c.major() == v.major() && c.minor() != null && c.minor() == v.minor()
                    && c.patch() != null && c.patch() == v.patch()) {
                return true;
            }
        }
        return false;
    }

    /** RustSec's reading: {@code v} lies inside the interval every comparator bounds, by semver precedence. */
    public boolean contains(SemVer v) {
        for (Comparator c : comparators) {
            Bound[] range = interval(c);
            if (!above(v, range[0]) || !below(v, range[1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean above(SemVer v, Bound lower) {
        if (lower.version() == null) {
            return true;
        }
        int c = v.compareTo(lower.version());
        return lower.inclusive() ? c >= 0 : c > 0;
    }

    private static boolean below(SemVer v, Bound upper) {
        if (upper.version() == null) {
            return true;
        }
        int c = v.compareTo(upper.version());
        return upper.inclusive() ? c <= 0 : c < 0;
    }

    /** [lower, upper] of one comparator; partial versions widen as Cargo widens them. */
    private static Bound[] interval(Comparator c) {
        SemVer base = version(c.major(), orZero(c.minor()), orZero(c.patch()), c.pre());
        Bound lowerInclusive = new Bound(base, true);
        return switch (c.op()) {
            case GREATER_EQ -> new Bound[] {lowerInclusive, Bound.NONE};
            case LESS -> new Bound[] {Bound.NONE, new Bound(base, false)};
            case GREATER -> c.patch() != null
                    ? new Bound[] {new Bound(base, false), Bound.NONE}
                    : new Bound[] {new Bound(nextOfPartial(c), true), Bound.NONE};
            case LESS_EQ -> c.patch() != null
                    ? new Bound[] {Bound.NONE, new Bound(base, true)}
                    : new Bound[] {Bound.NONE, new Bound(nextOfPartial(c), false)};
            case EXACT, WILDCARD -> c.patch() != null
                    ? new Bound[] {lowerInclusive, new Bound(base, true)}
                    : new Bound[] {lowerInclusive, new Bound(nextOfPartial(c), false)};
            case TILDE -> new Bound[] {lowerInclusive, new Bound(c.minor() == null
                    ? version(c.major() + 1, 0, 0, "0") : version(c.major(), c.minor() + 1, 0, "0"), false)};
            case CARET -> new Bound[] {lowerInclusive, new Bound(caretEnd(c), false)};
        };
    }

    /** The lowest version above every version a partial {@code 1} or {@code 1.2} stands for. */
    private static SemVer nextOfPartial(Comparator c) {
        return c.minor() == null ? version(c.major() + 1, 0, 0, "0") : version(c.major(), c.minor() + 1, 0, "0");
    }

    private static SemVer caretEnd(Comparator c) {
        if (c.major() > 0 || c.minor() == null) {
            return version(c.major() + 1, 0, 0, "0");
        }
        if (c.minor() > 0 || c.patch() == null) {
            return version(0, c.minor() + 1, 0, "0");
        }
        return version(0, 0, c.patch() + 1, "0");
    }

    private static long orZero(Long n) {
        return n == null ? 0 : n;
    }

    private static SemVer version(long major, long minor, long patch, String pre) {
        return new SemVer((int) major, (int) minor, (int) patch, pre, null);
    }

    /** One comparator by Cargo's rules, the pre-release filter aside (the semver crate's {@code matches_impl}). */
    private static boolean holds(Comparator c, SemVer v) {
        return switch (c.op()) {
            case EXACT, WILDCARD -> exact(c, v);
            case GREATER -> greater(c, v);
            case GREATER_EQ -> exact(c, v) || greater(c, v);
            case LESS -> !exact(c, v) && !greater(c, v);
            case LESS_EQ -> !greater(c, v);
            case TILDE -> tilde(c, v);
            case CARET -> caret(c, v);
        };
    }

    private static boolean exact(Comparator c, SemVer v) {
        if (v.major() != c.major()) {
            return false;
        }
        if (c.minor() == null) {
            return true;
        }
        if (v.minor() != c.minor()) {
            return false;
        }
        if (c.patch() == null) {
            return true;
        }
        return v.patch() == c.patch() && comparePre(v.pre(), c.pre()) == 0;
    }

    private static boolean greater(Comparator c, SemVer v) {
        if (v.major() != c.major()) {
            return v.major() > c.major();
        }
        if (c.minor() == null) {
            return false;
        }
        if (v.minor() != c.minor()) {
            return v.minor() > c.minor();
        }
        if (c.patch() == null) {
            return false;
        }
        if (v.patch() != c.patch()) {
            return v.patch() > c.patch();
        }
        return comparePre(v.pre(), c.pre()) > 0;
    }

    private static boolean tilde(Comparator c, SemVer v) {
        if (v.major() != c.major()) {
            return false;
        }
        if (c.minor() != null && v.minor() != c.minor()) {
            return false;
        }
        if (c.patch() != null && v.patch() != c.patch()) {
            return v.patch() > c.patch();
        }
        return comparePre(v.pre(), c.pre()) >= 0;
    }

    private static boolean caret(Comparator c, SemVer v) {
        if (v.major() != c.major()) {
            return false;
        }
        if (c.minor() == null) {
            return true;
        }
        if (c.patch() == null) {
            return c.major() > 0 ? v.minor() >= c.minor() : v.minor() == c.minor();
        }
        if (c.major() > 0) {
            if (v.minor() != c.minor()) {
                return v.minor() > c.minor();
            }
            if (v.patch() != c.patch()) {
                return v.patch() > c.patch();
            }
        } else if (c.minor() > 0) {
            if (v.minor() != c.minor()) {
                return false;
            }
            if (v.patch() != c.patch()) {
                return v.patch() > c.patch();
            }
        } else if (v.minor() != c.minor() || v.patch() != c.patch()) {
            return false;
        }
        return comparePre(v.pre(), c.pre()) >= 0;
    }

    /** Pre-releases by precedence, no pre-release ranking above any. */
    private static int comparePre(String a, String b) {
        return new SemVer(0, 0, 0, a, null).compareTo(new SemVer(0, 0, 0, b, null));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionRequirement r && r.comparators.equals(comparators);
    }

    @Override
    public int hashCode() {
        return comparators.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
