package dev.easel.analyzer.nativecode;

import dev.easel.analyzer.model.NativeCode;
import dev.easel.analyzer.model.NativeLanguage;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.intake.CrateFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the native source files a crate bundles: files and non-blank lines per language, and the folders
 * holding them. Headers ({@code .h}) count as C, unless the crate holds C++ sources and no C sources, then as
 * C++: a lone header beside C++ is C++ in practice, and a header beside C (or alone) is C.
 */
public final class NativeCodeCensus {
    /** Folders that only contain other projects; the folder below them names the vendored library. */
    private static final Set<String> CONTAINERS = Set.of("src", "vendor", "vendored", "third_party", "thirdparty",
            "third-party", "deps", "external", "extern", "native", "csrc", "c_src", "lib", "libs", "sys", "c", "cpp");
    private static final int TOP_FOLDERS = 5;

    /** The census result, ready for {@link NativeCode}. */
    public record Census(List<NativeCode.LanguageCount> languages, List<NativeCode.FolderCount> topFolders) {
    }

    private NativeCodeCensus() {
    }

    public static Census count(CrateFiles files, List<Problem> problems) {
        Map<NativeLanguage, long[]> byLang = new EnumMap<>(NativeLanguage.class);
        Map<String, long[]> byFolder = new HashMap<>();
        byte[] buf = new byte[64 * 1024];
        for (Path f : files.otherFiles()) {
            NativeLanguage lang = NativeLanguage.of(f.getFileName().toString());
            if (lang == null) {
                continue;
            }
            String rel = files.relative(f);
            long lines;
            try {
                lines = nonBlankLines(f, buf);
            } catch (IOException e) {
                problems.add(new Problem(Problem.Stage.SOURCE, rel, 0, "cannot read native file: " + e.getMessage()));
                continue;
            }
            long[] l = byLang.computeIfAbsent(lang, k -> new long[2]);
            l[0]++;
            l[1] += lines;
            long[] d = byFolder.computeIfAbsent(folderOf(rel), k -> new long[2]);
            d[0]++;
            d[1] += lines;
        }
        long[] headers = byLang.remove(NativeLanguage.HEADER);
        if (headers != null) {
            NativeLanguage as = byLang.containsKey(NativeLanguage.CPP) && !byLang.containsKey(NativeLanguage.C)
                    ? NativeLanguage.CPP : NativeLanguage.C;
            long[] l = byLang.computeIfAbsent(as, k -> new long[2]);
            l[0] += headers[0];
            l[1] += headers[1];
        }
        List<NativeCode.LanguageCount> langs = new ArrayList<>();
        byLang.forEach((k, v) -> langs.add(new NativeCode.LanguageCount(k, (int) v[0], v[1])));
        langs.sort(Comparator.comparingLong(NativeCode.LanguageCount::lines).reversed()
                .thenComparing(NativeCode.LanguageCount::language));
        List<NativeCode.FolderCount> folders = new ArrayList<>();
        byFolder.forEach((k, v) -> folders.add(new NativeCode.FolderCount(k, (int) v[0], v[1])));
        folders.sort(Comparator.comparingLong(NativeCode.FolderCount::lines).reversed()
                .thenComparing(NativeCode.FolderCount::folder));
        return new Census(langs, folders.size() > TOP_FOLDERS ? folders.subList(0, TOP_FOLDERS) : folders);
    }

    /**
     * The folder a native file is attributed to: its first folder, or the first two when the first is a
     * container such as {@code src/} or {@code vendor/} ({@code src/zlib/}); {@code ./} for files at the top.
     */
    static String folderOf(String rel) {
        String[] parts = rel.split("/");
        if (parts.length == 1) {
            return "./";
        }
        if (parts.length > 2 && CONTAINERS.contains(parts[0])) {
            return parts[0] + "/" + parts[1] + "/";
        }
        return parts[0] + "/";
    }

    /** Lines holding anything but whitespace, read in chunks (memory stays flat for huge files). */
    static long nonBlankLines(Path f, byte[] buf) throws IOException {
        long lines = 0;
        boolean content = false;
        try (InputStream in = Files.newInputStream(f)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (content) {
                            lines++;
                        }
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0b) {
                        content = true;
                    }
                }
            }
        }
        return content ? lines + 1 : lines;
    }
}
