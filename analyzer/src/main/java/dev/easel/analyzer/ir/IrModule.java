package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The call-graph facts of one .ll file, collected from {@link LlvmIrReader}. Grows with the number of distinct
 * functions and callees, not with the file: a symbol defined twice (never in a valid module) is kept once and
 * reported.
 */
public final class IrModule {
    private final Path file;
    private final Map<String, IrFunction> functions;
    private final Set<String> declarations;
    private final List<IrAlias> aliases;
    private final IrReadResult result;
    private final List<Problem> problems;

    private IrModule(Path file, Map<String, IrFunction> functions, Set<String> declarations, List<IrAlias> aliases,
                     IrReadResult result, List<Problem> problems) {
        this.file = file;
        this.functions = functions;
        this.declarations = declarations;
        this.aliases = aliases;
        this.result = result;
        this.problems = problems;
    }

    /** Reads {@code ll} in one streaming pass. */
    public static IrModule read(Path ll) throws IOException {
        Map<String, IrFunction> functions = new LinkedHashMap<>();
        Set<String> declarations = new LinkedHashSet<>();
        List<IrAlias> aliases = new ArrayList<>();
        ProblemLog duplicates = new ProblemLog(Problem.Stage.IR, ll.toString());
        IrReadResult result = LlvmIrReader.read(ll, new IrListener() {
            @Override
            public void function(IrFunction f) {
                IrFunction first = functions.putIfAbsent(f.symbol(), f);
                if (first != null) {
                    duplicates.add(f.irLine(), "function " + f.symbol() + " defined again (first at line "
                            + first.irLine() + "); the first definition is kept");
                }
            }

            @Override
            public void declaration(String symbol) {
                declarations.add(symbol);
            }

            @Override
            public void alias(IrAlias alias) {
                if (aliases.stream().noneMatch(a -> a.symbol().equals(alias.symbol()))) {
                    aliases.add(alias);
                }
            }
        });
        List<Problem> problems = new ArrayList<>(result.problems());
        problems.addAll(duplicates.problems());
        return new IrModule(ll, functions, declarations, aliases, result, List.copyOf(problems));
    }

    public Path file() {
        return file;
    }

    /** Defined functions, in file order. */
    public Collection<IrFunction> functions() {
        return functions.values();
    }

    public Optional<IrFunction> function(String symbol) {
        return Optional.ofNullable(functions.get(symbol));
    }

    /** Declared (not defined) non-intrinsic symbols. */
    public Set<String> declarations() {
        return declarations;
    }

    public List<IrAlias> aliases() {
        return aliases;
    }

    /** Source location of a defined function, from its {@code !dbg} subprogram. */
    public Optional<SourceLocation> location(IrFunction f) {
        return result.debugInfo().location(f.dbgId());
    }

    /** Source-level name of a defined function, from its {@code !dbg} subprogram. */
    public Optional<String> sourceName(IrFunction f) {
        return result.debugInfo().name(f.dbgId());
    }

    public long linesRead() {
        return result.linesRead();
    }

    public long linesSkipped() {
        return result.linesSkipped();
    }

    public List<Problem> problems() {
        return problems;
    }
}
