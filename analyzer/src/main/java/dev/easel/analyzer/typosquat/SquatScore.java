package dev.easel.analyzer.typosquat;

import java.util.Set;

/**
 * How strongly a suspect looks like a squat, in [0, 1], to rank what a person should look at first:
 * {@code score = evidence × popularity}, rounded to 3 decimals, where
 *
 * <ul>
 * <li>{@code evidence = 1 − ∏(1 − weight)} over the checks that fired ({@link Check#weight()}): one check gives its
 *     weight, more checks leading to the same popular name raise it towards 1;</li>
 * <li>{@code popularity = log10(1 + downloads) / log10(1 + most downloads in the corpus)}: a squat on the most
 *     downloaded crate counts fully, one on a crate with a hundredth of its downloads about three quarters as much
 *     when the top crate has hundreds of millions; 1 when the corpus has no download counts.</li>
 * </ul>
 */
final class SquatScore {

    private SquatScore() {
    }

    static double of(Set<Check> checks, long downloads, long mostDownloads) {
        double doubt = 1;
        for (Check c : checks) {
            doubt *= 1 - c.weight();
        }
        double popularity = mostDownloads <= 0 ? 1 : Math.log10(1 + Math.max(0, downloads)) / Math.log10(1 + mostDownloads);
        return Math.round((1 - doubt) * popularity * 1000) / 1000.0;
    }
}
