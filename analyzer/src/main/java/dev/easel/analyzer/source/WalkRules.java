package dev.easel.analyzer.source;

import dev.easel.analyzer.model.UnsafeRules;

/**
 * The two choices behind a set of {@link UnsafeRules}, apart so that each can be tested alone.
 *
 * @param includeTests    count {@code #[test]} functions and {@code #[cfg(test)]} modules
 * @param syn1Expressions read expressions as geiger 0.4 did on syn 1: a statement macro ({@code m!(..);},
 *                        {@code m! {..}}) is an {@code Expr::Macro} and counts; an attribute's value
 *                        ({@code #[doc = include_str!(..)]}) is a token stream and does not. syn 2, which today's
 *                        geiger uses, does the opposite.
 */
record WalkRules(boolean includeTests, boolean syn1Expressions) {

    static WalkRules of(UnsafeRules rules) {
        return rules == UnsafeRules.COUNT_UNSAFE ? new WalkRules(true, true) : new WalkRules(false, false);
    }
}
