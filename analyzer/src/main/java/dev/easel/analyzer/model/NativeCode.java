package dev.easel.analyzer.model;

import java.util.List;

/**
 * Native code a crate bundles and how its build script brings native code in.
 *
 * @param languages      files and non-blank lines per language (C, C++, assembly, Objective-C, ...)
 * @param topFolders     folders holding most native files, e.g. {@code libgit2/}, {@code zlib/}
 * @param buildMechanisms how the build script builds or finds native code: cc, cmake, pkg-config, bindgen, vcpkg, autotools
 */
public record NativeCode(List<LanguageCount> languages, List<FolderCount> topFolders, List<String> buildMechanisms) {

    public NativeCode {
        languages = languages == null ? List.of() : List.copyOf(languages);
        topFolders = topFolders == null ? List.of() : List.copyOf(topFolders);
        buildMechanisms = buildMechanisms == null ? List.of() : List.copyOf(buildMechanisms);
    }

    public int totalFiles() {
        return languages.stream().mapToInt(LanguageCount::files).sum();
    }

    public long totalLines() {
        return languages.stream().mapToLong(LanguageCount::lines).sum();
    }

    public record LanguageCount(NativeLanguage language, int files, long lines) {
    }

    public record FolderCount(String folder, int files, long lines) {
    }
}
