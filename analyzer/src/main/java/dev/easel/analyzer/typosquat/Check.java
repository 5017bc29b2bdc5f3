package dev.easel.analyzer.typosquat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The typosquatting checks: Typomania's seven and crates.io's prefix/suffix check. Each says how a suspect name can
 * be reached from a popular one; its weight (how rarely an honest name arises that way, a judgement, not a
 * measurement) feeds {@link SquatScore}.
 */
public enum Check {
    /** One bit of one character of the popular name flipped, the result still a valid name character. */
    BITFLIP("bitflip", 0.5),
    /** One character of the popular name left out. */
    OMITTED("omitted", 0.6),
    /** One character of the popular name typed twice. */
    REPEATED("repeated", 0.6),
    /** Two adjacent, different characters of the popular name swapped. */
    SWAPPED_CHARACTERS("swapped-characters", 0.7),
    /** The {@code -}/{@code _}-separated words of the popular name (2 to 5 of them) in another order. */
    SWAPPED_WORDS("swapped-words", 0.5),
    /** One character replaced by a keyboard neighbour or a look-alike ({@link Typos}). */
    TYPO("typo", 0.6),
    /** The popular name with trailing digits or {@code -} added ({@code foo2}, {@code foo-1}). */
    VERSION_SUFFIX("version-suffix", 0.3),
    /** A common prefix or suffix ({@code api cli core lib rs rust sys}, joined with {@code -} or {@code _}) added to or
     * removed from the popular name. */
    AFFIX("affix", 0.3);

    private final String cliName;
    private final double weight;

    Check(String cliName, double weight) {
        this.cliName = cliName;
        this.weight = weight;
    }

    /** The name on the command line and in the graph's {@code checks} property. */
    public String cliName() {
        return cliName;
    }

    /** In (0, 1): how much this check alone says; see {@link SquatScore}. */
    public double weight() {
        return weight;
    }

    /** A check by its {@link #cliName()} (case-insensitive; {@code _} for {@code -} accepted). */
    public static Check byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Check c : values()) {
            if (c.cliName.equals(wanted)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown check '" + name + "'; known: " + names(EnumSet.allOf(Check.class)));
    }

    /** A comma-separated list of check names; {@code all} means every check. */
    public static Set<Check> parse(String list) {
        if (list.strip().equalsIgnoreCase("all")) {
            return EnumSet.allOf(Check.class);
        }
        Set<Check> out = EnumSet.noneOf(Check.class);
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                out.add(byName(part));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no check named in '" + list + "'");
        }
        return out;
    }

    /** The checks' names, comma-separated, in declaration order. */
    public static String names(Set<Check> checks) {
        return Stream.of(values()).filter(checks::contains).map(Check::cliName).collect(Collectors.joining(","));
    }
}
