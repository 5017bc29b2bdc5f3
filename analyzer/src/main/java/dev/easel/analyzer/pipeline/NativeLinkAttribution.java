package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.ffi.NativeLinkHints;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.ForeignInterface;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties foreign symbols to the native library that provides them, only where the crate says so for the target,
 * strongest first: the active {@code #[link(name = …)]} of the extern block declaring the symbol; then, for a crate with a manifest
 * {@code links} key (a -sys crate), that library for its other declarations; then, when the build linked exactly one
 * native library, that library for symbols declared without a link attribute. Anything else stays unattributed:
 * guessing would put wrong edges in the graph.
 */
record NativeLinkAttribution(NativeLinkHints hints, String fallback) {

    /**
     * @param foreign the crate's foreign interface for the target (null when not scanned): only declarations the
     *                target compiles name libraries, so a symbol is never tied to another platform's library
     * @param linked  the libraries the build linked
     */
    static NativeLinkAttribution of(Manifest manifest, ForeignInterface foreign, List<LinkedLibrary> linked) {
        Map<String, String> bySymbol = new HashMap<>();
        String fallback = fallbackLibrary(manifest, linked);
        if (foreign != null) {
            for (ForeignInterface.Declaration d : foreign.declarations()) {
                String library = d.library() != null ? d.library() : fallback;
                if (library != null && "fn".equals(d.kind())) {
                    bySymbol.putIfAbsent(d.name(), library);
                }
            }
        }
        return new NativeLinkAttribution(new NativeLinkHints(bySymbol), fallback);
    }

    /** The foreign calls with the fallback library set on those the declarations left open. */
    List<ForeignCall> complete(List<ForeignCall> calls) {
        if (fallback == null) {
            return calls;
        }
        return calls.stream()
                .map(c -> c.library() != null ? c : new ForeignCall(c.caller(), c.symbol(), c.count(), fallback))
                .toList();
    }

    private static String fallbackLibrary(Manifest manifest, List<LinkedLibrary> linked) {
        if (manifest != null && manifest.links() != null) {
            for (LinkedLibrary l : linked) {
                if (manifest.name().equals(l.crate())) {
                    return l.name(); // what its build script actually linked beats the links key's label
                }
            }
            return manifest.links();
        }
        Set<String> names = new LinkedHashSet<>();
        linked.forEach(l -> names.add(l.name()));
        return names.size() == 1 ? names.iterator().next() : null;
    }
}
