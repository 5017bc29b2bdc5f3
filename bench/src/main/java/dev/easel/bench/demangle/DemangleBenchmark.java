package dev.easel.bench.demangle;

import dev.easel.bench.HeapPeak;
import dev.easel.analyzer.demangle.DemangledSymbol;
import dev.easel.analyzer.demangle.RustDemangler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demangling throughput over every global symbol of a real LLVM IR file, against a baseline that only reads each
 * symbol's characters once (the least any consumer of the names must do).
 *
 * <p>Usage: {@code DemangleBenchmark <file.ll> [rounds]}; the lead wires it into {@code easel bench demangle}.
 */
public final class DemangleBenchmark {

    /**
     * @param symbols             distinct global symbols read from the file
     * @param rustSymbols         how many of them demangled (the rest: C names, intrinsics, …)
     * @param demangledPerSecond  symbols demangled per second (Rust or not: every name is offered)
     * @param baselinePerSecond   symbols scanned per second by the baseline
     * @param slowdown            demangle time over baseline time
     * @param peakHeapBytes       peak heap use during the timed demangling rounds (all heap pools, reset first)
     */
    public record Result(int symbols, int rustSymbols, double demangledPerSecond, double baselinePerSecond,
                         double slowdown, long peakHeapBytes) {
    }

    private DemangleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DemangleBenchmark <file.ll> [rounds]");
            System.exit(2);
        }
        run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20, System.out);
    }

    public static Result run(Path llFile, int rounds, PrintStream out) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        List<String> symbols = readGlobalSymbols(llFile);
        long sink = 0;
        // As many warm-up rounds as timed ones, so both loops are compiled before timing.
        for (int i = 0; i < rounds; i++) {
            sink += scanAll(symbols) + demangleAll(symbols);
        }
        long baselineStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += scanAll(symbols);
        }
        long baselineNanos = Math.max(1, System.nanoTime() - baselineStart);

        HeapPeak.reset();
        long demangleStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += demangleAll(symbols);
        }
        long demangleNanos = Math.max(1, System.nanoTime() - demangleStart);
        long peakHeap = HeapPeak.bytes();

        int rust = 0;
        for (String s : symbols) {
            if (RustDemangler.demangle(s).isPresent()) {
                rust++;
            }
        }
        double total = (double) symbols.size() * rounds;
        Result result = new Result(symbols.size(), rust, total / (demangleNanos / 1e9), total / (baselineNanos / 1e9),
                (double) demangleNanos / baselineNanos, peakHeap);
        out.printf("demangle benchmark: %s%n", llFile.getFileName());
        out.printf("  symbols: %d distinct (%d Rust), %d rounds%n", result.symbols(), result.rustSymbols(), rounds);
        out.printf("  demangle: %,.0f symbols/s%n", result.demangledPerSecond());
        out.printf("  baseline (scan characters): %,.0f symbols/s%n", result.baselinePerSecond());
        out.printf("  demangle / baseline time: %.1fx%n", result.slowdown());
        out.printf("  peak heap during demangling: %.1f MiB%n", result.peakHeapBytes() / (1024.0 * 1024.0));
        out.printf("  (checksum %d)%n", sink);
        return result;
    }

    /** Every distinct {@code @name} in the file, in order of first appearance; the file is streamed. */
    static List<String> readGlobalSymbols(Path llFile) throws IOException {
        Set<String> symbols = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(llFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                collectSymbols(line, symbols);
            }
        }
        return new ArrayList<>(symbols);
    }

    private static void collectSymbols(String line, Set<String> into) {
        int n = line.length();
        int i = line.indexOf('@');
        while (i >= 0 && i + 1 < n) {
            int start = i + 1;
            int end;
            if (line.charAt(start) == '"') {
                end = line.indexOf('"', start + 1);
                if (end < 0) {
                    return;
                }
                into.add(line.substring(start + 1, end));
            } else {
                end = start;
                while (end < n && isNameChar(line.charAt(end))) {
                    end++;
                }
                // Skip numbered globals (@0) and non-names such as attribute-group references.
                if (end > start && !Character.isDigit(line.charAt(start))) {
                    into.add(line.substring(start, end));
                }
            }
            i = line.indexOf('@', Math.max(end, start));
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '$' || c == '-';
    }

    private static long scanAll(List<String> symbols) {
        long sum = 0;
        for (String s : symbols) {
            for (int i = 0; i < s.length(); i++) {
                sum += s.charAt(i);
            }
        }
        return sum;
    }

    private static long demangleAll(List<String> symbols) {
        long sum = 0;
        for (String s : symbols) {
            Optional<DemangledSymbol> d = RustDemangler.demangle(s);
            if (d.isPresent()) {
                sum += d.get().display().length();
            }
        }
        return sum;
    }


}
