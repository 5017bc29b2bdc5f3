package dev.easel.analyzer.extract;

import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;

import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Looks up functions and edges of an {@link Extraction} by demangled name. */
final class ExtractionAssertions {
    private final Extraction x;

    ExtractionAssertions(Extraction x) {
        this.x = x;
    }

    FunctionInfo fn(String name) {
        List<FunctionInfo> found = x.functions().stream().filter(f -> f.name().equals(name)).toList();
        assertEquals(1, found.size(), "functions named " + name + ": " + found);
        return found.get(0);
    }

    /** The edge from the function named caller to calleeName (null: indirect) of that kind, or null. */
    CallEdge edge(String caller, String calleeName, CallEdge.Kind kind) {
        String callerId = fn(caller).id();
        List<CallEdge> found = x.calls().stream().filter(e -> e.caller().equals(callerId) && e.kind() == kind
                && Objects.equals(e.calleeName(), calleeName)).toList();
        return found.isEmpty() ? null : found.get(0);
    }

    List<ForeignCall> foreignCallsOf(String caller) {
        String callerId = fn(caller).id();
        return x.foreignCalls().stream().filter(f -> f.caller().equals(callerId)).toList();
    }
}
