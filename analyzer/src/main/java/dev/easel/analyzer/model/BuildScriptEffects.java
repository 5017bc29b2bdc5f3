package dev.easel.analyzer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a crate's build script does, in the {@link BuildScriptEffect} vocabulary: each finding with its evidence.
 * Inferred findings come from reading the script's sources and build-dependencies; observed ones from a build that
 * ran it (cargo's build-script output, the system calls its processes made).
 *
 * @param script   the build script, relative to the crate folder
 * @param findings one per effect, detail and basis, in the order found
 */
public record BuildScriptEffects(String script, List<Finding> findings) {

    public BuildScriptEffects {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** How a finding is known. */
    public enum Basis {
        INFERRED, OBSERVED;

        @JsonValue
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @JsonCreator
        public static Basis of(String label) {
            return valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * One effect with its evidence.
     *
     * @param effect what the script does
     * @param detail which program, variable, path, address, directive or mechanism; null when nothing more is known
     * @param file   where it was seen: a source file relative to the crate folder when inferred; {@code output} (the
     *               build script's output) or {@code syscalls} (the traced system calls) when observed
     * @param line   1-based line in that file, 0 when unknown
     * @param basis  inferred or observed
     */
    public record Finding(BuildScriptEffect effect, String detail, String file, int line, Basis basis) {
        /** {@code file:line}, or the file alone when the line is unknown. */
        public String evidence() {
            return file == null ? "" : line > 0 ? file + ":" + line : file;
        }
    }

    /** Every effect found, inferred or observed, by label, sorted. */
    @JsonIgnore
    public List<String> effects() {
        return labels(null);
    }

    /** Effects a build confirmed. */
    @JsonIgnore
    public List<String> observed() {
        return labels(Basis.OBSERVED);
    }

    /** Effects read from the sources. */
    @JsonIgnore
    public List<String> inferred() {
        return labels(Basis.INFERRED);
    }

    /** The details of one effect (programs, variables, paths), in the order found, each once. */
    public List<String> details(BuildScriptEffect effect) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.effect() == effect && f.detail() != null) {
                out.add(f.detail());
            }
        }
        return List.copyOf(out);
    }

    /** These findings plus {@code more} (a build's observations). */
    public BuildScriptEffects with(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new BuildScriptEffects(script, all);
    }

    private List<String> labels(Basis basis) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            if (basis == null || f.basis() == basis) {
                out.add(f.effect().label());
            }
        }
        return List.copyOf(out);
    }
}
