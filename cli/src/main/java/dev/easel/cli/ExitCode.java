package dev.easel.cli;

/** easel's exit codes, documented in {@code easel --help}. */
public enum ExitCode {
    OK(0, "success"),
    SOME_FAILED(1, "the run completed, but some crates failed (see the messages)"),
    USAGE(2, "usage error: bad option, argument or input path"),
    DATABASE_UNAVAILABLE(3, "the database is unreachable or refused the credentials"),
    INTERNAL_ERROR(4, "unexpected internal error (a bug: please report it)"),
    NOT_LOADED(5, "the run completed, but some versions were not loaded (see the messages)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
