package dev.easel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the easel command in this JVM, with what it printed. */
record EaselRun(int exitCode, String out, String err) {

    static EaselRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Easel.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new EaselRun(code, out.toString(), err.toString());
    }
}
