package dev.easel.analyzer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * A non-fatal problem met while analysing, located where possible.
 *
 * @param stage   the stage that met it
 * @param file    the file it concerns, or null
 * @param line    1-based line, 0 when unknown
 * @param message what went wrong
 */
public record Problem(Stage stage, String file, int line, String message) {

    /** The stages of easel that report problems; written in lower case ("build"). */
    public enum Stage {
        INTAKE, FETCH, INDEX, MANIFEST, SOURCE, BUILD, IR, MIR, EXTRACT, ANALYSIS, TYPOSQUAT, PROVENANCE, ADVISORY;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Stage of(String label) {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + stage.label() + ": " + message;
    }
}
