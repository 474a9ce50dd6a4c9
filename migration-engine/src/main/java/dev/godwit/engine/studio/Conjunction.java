package dev.godwit.engine.studio;

import java.util.List;

/**
 * Conditions joined by AND as the studio sends them, a page's filters and a write's guard alike. A chain of AND nests one level
 * deeper per term, and D1 allows an expression depth of 100 (d1.md, limits): a page under some hundred filters failed "Expression
 * tree is too large (maximum depth 100)". Up to 8 terms are a plain chain; more are split in two halves, each in parentheses, so
 * the depth grows with the logarithm of their number.
 */
final class Conjunction {

    private Conjunction() {
    }

    /** {@code terms} joined by AND, nested as a balanced tree; the terms keep their order (their bound values follow it). */
    static String of(List<String> terms) {
        if (terms.size() <= 8) return String.join(" AND ", terms);
        int half = terms.size() / 2;
        return "(" + of(terms.subList(0, half)) + ") AND (" + of(terms.subList(half, terms.size())) + ")";
    }
}
