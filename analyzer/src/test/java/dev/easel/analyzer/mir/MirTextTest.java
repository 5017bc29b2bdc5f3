package dev.easel.analyzer.mir;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Brackets inside char literals do not count; a lifetime's quote opens nothing. */
class MirTextTest {

    @Test
    void charLiteralsHoldNoBrackets() {
        String push = "String::push(move _9, const '[') -> [return: bb4, unwind: bb82];";
        assertEquals(push.indexOf(") ->"), MirText.closing(push, push.indexOf('(')));
        String eq = "Eq(copy _11, const '<')";
        assertEquals(eq.length() - 1, MirText.closing(eq, 2));
        String quote = "Ne(copy _6, const '\"')";
        assertEquals(quote.length() - 1, MirText.closing(quote, 2));
        String escaped = "f(const '\\'', const '\\u{7b}', const 'é')";
        assertEquals(escaped.length() - 1, MirText.closing(escaped, 1));
    }

    @Test
    void lifetimesAreNotCharLiterals() {
        String ref = "g::<'static, &'a str>(copy _1)";
        assertEquals(ref.indexOf('('), MirText.indexAtDepth0(ref, 0, '('));
        assertEquals(ref.length() - 1, MirText.closing(ref, ref.indexOf('(')));
        assertEquals(2, MirText.endOfChar("x 'a, y", 2));
    }
}
