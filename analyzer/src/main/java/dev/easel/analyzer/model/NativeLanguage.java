package dev.easel.analyzer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The native languages counted, recognised by file extension. */
public enum NativeLanguage {
    C("C"), CPP("C++"), ASSEMBLY("Assembly"), OBJECTIVE_C("Objective-C"), FORTRAN("Fortran"), CUDA("CUDA"),
    /** {@code .h}: C or C++ is decided per crate, see the native-code census. */
    HEADER("C header");

    private final String label;

    NativeLanguage(String label) {
        this.label = label;
    }

    /** The language's usual name ("C++"), as the JSON form writes it. */
    @JsonValue
    public String label() {
        return label;
    }

    /** From a label or an enum name, case-insensitively. */
    @JsonCreator
    public static NativeLanguage ofLabel(String text) {
        for (NativeLanguage l : values()) {
            if (l.label.equalsIgnoreCase(text) || l.name().equalsIgnoreCase(text)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown native language '" + text + "'");
    }

    /** The language of a file name, or null for a file that is not native source. */
    public static NativeLanguage of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return null;
        }
        String ext = fileName.substring(dot + 1);
        switch (ext) {
            case "S", "s", "asm":
                return ASSEMBLY;
            case "C", "H":
                return CPP; // upper-case .C / .H are C++ by gcc's convention
            case "F", "F90", "F95", "F03", "F08", "FOR":
                return FORTRAN;
            default:
                break;
        }
        switch (ext.toLowerCase(Locale.ROOT)) {
            case "c":
                return C;
            case "h":
                return HEADER;
            case "cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "tcc":
                return CPP;
            case "m", "mm":
                return OBJECTIVE_C;
            case "f", "f77", "f90", "f95", "f03", "f08", "for":
                return FORTRAN;
            case "cu", "cuh":
                return CUDA;
            default:
                return null;
        }
    }
}
