package dev.easel.graph.advisory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Matches the function paths an advisory names against the functions of one crate version in the graph (its own
 * definitions, stubs other crates call, and copies of its generic code instantiated elsewhere). Rules, strongest
 * first, the first that finds anything wins ({@link MatchRule}):
 * <ol>
 *   <li>the same path, as written or in one of its {@link RustPath} forms (generic arguments dropped, impl forms
 *       opened): {@code exact}, {@code normalised}, {@code trait-impl}, {@code trait-method};</li>
 *   <li>a unique suffix: the advisory's public path {@code crate::foo} against the one definition path
 *       {@code crate::…::foo} of the version ({@code re-export}); several different paths are {@code ambiguous}.
 *       Also tried when rule 1 found only MIR-only nodes: MIR prints a re-exported function under its public path
 *       while callers reach the IR function under its definition path, so both are named;</li>
 *   <li>MIR's {@code <impl at …>::m} for an advisory's {@code Type::m}, when it is the only such method
 *       ({@code impl-location}).</li>
 * </ol>
 * When the advisory spells the crate segment differently from the version's library name ({@code md_5} against
 * {@code md5}), the library name is used. Nothing matched gives an {@link UnmatchedReason} with a detail.
 */
final class FunctionMatcher {

    /** A function of the crate version: node id and demangled name. */
    record Candidate(String id, String name) {
    }

    /** A function a path names, and by which rule. */
    record Named(String functionId, MatchRule rule) {
    }

    sealed interface Result permits Matched, Unmatched {
    }

    record Matched(List<Named> functions) implements Result {
    }

    record Unmatched(UnmatchedReason reason, String detail) implements Result {
    }

    private record Indexed(Candidate candidate, RustPath.Form form) {
    }

    private final Map<String, List<Indexed>> byKey = new HashMap<>();
    private final List<Indexed> all = new ArrayList<>();
    private final String libName;

    FunctionMatcher(List<Candidate> candidates) {
        Map<String, Integer> firstSegments = new HashMap<>();
        for (Candidate c : candidates) {
            for (RustPath.Form f : RustPath.forms(c.name())) {
                Indexed ix = new Indexed(c, f);
                all.add(ix);
                byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(ix);
                if (!f.viaTrait() && !f.segments().isEmpty()) {
                    firstSegments.merge(f.segments().get(0), 1, Integer::sum);
                }
            }
        }
        libName = firstSegments.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * @param path            the path as the advisory writes it
     * @param foreignFunction whether a C function of that name is in the graph (for the reason of a miss)
     */
    Result match(String path, Predicate<String> foreignFunction) {
        List<RustPath.Form> wanted = withLibName(RustPath.forms(path));
        if (wanted.isEmpty()) {
            return new Unmatched(UnmatchedReason.NO_FUNCTION, "empty path");
        }
        Map<String, MatchRule> named = new LinkedHashMap<>();
        for (RustPath.Form w : wanted) {
            for (Indexed ix : byKey.getOrDefault(w.key(), List.of())) {
                named.merge(ix.candidate().id(), rule(path, ix), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        boolean onlyMirNodes = !named.isEmpty() && named.keySet().stream().allMatch(FunctionMatcher::isMirOnly);
        if (named.isEmpty() || onlyMirNodes) {
            Set<String> suffixKeys = new TreeSet<>();
            List<Indexed> suffixed = new ArrayList<>();
            for (RustPath.Form w : wanted) {
                for (Indexed ix : all) {
                    if (endsWith(ix.form().segments(), w.segments())) {
                        suffixKeys.add(ix.form().key());
                        suffixed.add(ix);
                    }
                }
            }
            if (suffixKeys.size() == 1) {
                suffixed.forEach(ix -> named.putIfAbsent(ix.candidate().id(), MatchRule.REEXPORT));
            } else if (suffixKeys.size() > 1 && named.isEmpty()) {
                return new Unmatched(UnmatchedReason.AMBIGUOUS, suffixKeys.size() + " functions end with it: "
                        + examples(suffixKeys));
            }
        }
        if (named.isEmpty()) {
            Set<String> implKeys = new TreeSet<>();
            List<Indexed> implMethods = new ArrayList<>();
            for (RustPath.Form w : wanted) {
                List<String> ws = w.segments();
                if (ws.size() < 3) {
                    continue;
                }
                for (Indexed ix : all) {
                    List<String> s = ix.form().segments();
                    if (s.size() >= 2 && s.get(s.size() - 1).equals(ws.get(ws.size() - 1))
                            && RustPath.isImplLocation(s.get(s.size() - 2))) {
                        implKeys.add(ix.form().key());
                        implMethods.add(ix);
                    }
                }
            }
            if (implKeys.size() == 1) {
                implMethods.forEach(ix -> named.putIfAbsent(ix.candidate().id(), MatchRule.IMPL_LOCATION));
            } else if (implKeys.size() > 1) {
                return new Unmatched(UnmatchedReason.AMBIGUOUS, implKeys.size() + " impl methods so named: "
                        + examples(implKeys));
            }
        }
        if (!named.isEmpty()) {
            List<Named> out = new ArrayList<>();
            named.forEach((id, rule) -> out.add(new Named(id, rule)));
            return new Matched(out);
        }
        return miss(wanted, foreignFunction);
    }

    private Unmatched miss(List<RustPath.Form> wanted, Predicate<String> foreignFunction) {
        Set<String> below = new TreeSet<>();
        for (RustPath.Form w : wanted) {
            String prefix = w.key() + "::";
            for (Indexed ix : all) {
                if (ix.form().key().startsWith(prefix)) {
                    below.add(ix.form().key());
                }
            }
        }
        if (!below.isEmpty()) {
            return new Unmatched(UnmatchedReason.NOT_A_FUNCTION, below.size() + " functions below it: "
                    + examples(below));
        }
        List<String> segs = wanted.get(0).segments();
        String last = segs.get(segs.size() - 1);
        if (foreignFunction.test(last)) {
            return new Unmatched(UnmatchedReason.FOREIGN_FUNCTION, "C function " + last);
        }
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
            return new Unmatched(UnmatchedReason.NOT_A_FUNCTION, "'" + last + "' is a type, trait or macro name");
        }
        return new Unmatched(UnmatchedReason.NO_FUNCTION, null);
    }

    /** The advisory's crate segment replaced by the version's library name when no function uses the former. */
    private List<RustPath.Form> withLibName(List<RustPath.Form> forms) {
        if (libName == null) {
            return forms;
        }
        List<RustPath.Form> out = new ArrayList<>(forms.size());
        for (RustPath.Form f : forms) {
            List<String> s = f.segments();
            if (!s.isEmpty() && !s.get(0).equals(libName) && all.stream().noneMatch(
                    ix -> ix.form().segments().get(0).equals(s.get(0)))) {
                List<String> renamed = new ArrayList<>(s);
                renamed.set(0, libName);
                out.add(new RustPath.Form(renamed, f.viaTrait()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static MatchRule rule(String path, Indexed ix) {
        if (ix.form().viaTrait()) {
            return MatchRule.TRAIT_METHOD;
        }
        if (ix.candidate().name().equals(withUnderscoredCrate(path.strip()))) {
            return MatchRule.EXACT;
        }
        return ix.candidate().name().contains(" as ") ? MatchRule.TRAIT_IMPL : MatchRule.NORMALISED;
    }

    private static String withUnderscoredCrate(String path) {
        int sep = path.indexOf("::");
        return sep < 0 ? RustPath.crateSegment(path) : RustPath.crateSegment(path.substring(0, sep)) + path.substring(sep);
    }

    /** {@code s} is longer than {@code suffix}, has its crate segment, and ends with the rest of it. */
    private static boolean endsWith(List<String> s, List<String> suffix) {
        if (s.size() <= suffix.size() || suffix.size() < 2 || !s.get(0).equals(suffix.get(0))) {
            return false;
        }
        int offset = s.size() - suffix.size();
        for (int i = 1; i < suffix.size(); i++) {
            if (!s.get(offset + i).equals(suffix.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A node only MIR knew (generic code, or a function MIR printed under a trimmed path). */
    static boolean isMirOnly(String functionId) {
        return functionId.contains("/mir:");
    }

    private static String examples(Set<String> keys) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(keys));
        return String.join(", ", list.subList(0, Math.min(3, list.size()))) + (list.size() > 3 ? ", …" : "");
    }
}
