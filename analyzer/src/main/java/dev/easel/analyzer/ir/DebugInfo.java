package dev.easel.analyzer.ir;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The few debug-info entries an IR module's functions need: the {@code DISubprogram}s that some {@code define}
 * points at (collected only when asked for, since a module holds far more for inlined code), every {@code DIFile}
 * (one per source file, few), and the compile unit's directory, against which file names are made relative.
 */
public final class DebugInfo {
    private record Subprogram(String name, int fileId, int line) {
    }

    private record FileEntry(String filename, String directory) {
    }

    private final BitSet wanted = new BitSet();
    private final Map<Integer, Subprogram> subprograms = new HashMap<>();
    private final Map<Integer, FileEntry> files = new HashMap<>();
    private int compileUnitFileId = -1;

    void want(int subprogramId) {
        if (subprogramId >= 0) {
            wanted.set(subprogramId);
        }
    }

    boolean wants(int subprogramId) {
        return subprogramId >= 0 && wanted.get(subprogramId);
    }

    void subprogram(int id, String name, int fileId, int line) {
        subprograms.put(id, new Subprogram(name, fileId, line));
    }

    void file(int id, String filename, String directory) {
        files.put(id, new FileEntry(filename, directory == null ? "" : directory));
    }

    void compileUnitFile(int fileId) {
        if (compileUnitFileId < 0) {
            compileUnitFileId = fileId;
        }
    }

    /**
     * Where the subprogram {@code !dbgId} is defined. Files under the compile unit's directory (the crate's own
     * sources) are given relative to it, e.g. {@code src/lib.rs}; others as absolute paths.
     */
    public Optional<SourceLocation> location(int dbgId) {
        Subprogram sp = subprograms.get(dbgId);
        if (sp == null) {
            return Optional.empty();
        }
        FileEntry file = files.get(sp.fileId());
        if (file == null) {
            return Optional.of(new SourceLocation(null, sp.line()));
        }
        return Optional.of(new SourceLocation(path(file), sp.line()));
    }

    /** The subprogram's source-level name ({@code name:}), e.g. {@code odd_name} for an {@code export_name} fn. */
    public Optional<String> name(int dbgId) {
        Subprogram sp = subprograms.get(dbgId);
        return sp == null ? Optional.empty() : Optional.ofNullable(sp.name());
    }

    private String path(FileEntry file) {
        if (file.filename().startsWith("/") || file.directory().isEmpty()) {
            return file.filename();
        }
        FileEntry cu = files.get(compileUnitFileId);
        if (cu != null && cu.directory().equals(file.directory())) {
            return file.filename();
        }
        return file.directory() + "/" + file.filename();
    }

    int subprogramCount() {
        return subprograms.size();
    }
}
