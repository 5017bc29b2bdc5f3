package dev.easel.analyzer.build.sandbox;

import java.util.List;

/**
 * What one run of a build script and the processes it started did, as {@link SyscallTrace} saw it.
 *
 * @param packageName the package whose script it is (from {@code build/<package>-<hash>/build-script-build})
 * @param executable  the script's executable
 * @param workingDir  the folder cargo ran it in (the package's folder), or null when not seen
 * @param events      programs run, files written, files the script itself read, connections, in trace order
 */
public record ScriptActivity(String packageName, String executable, String workingDir, List<Event> events) {

    public ScriptActivity {
        events = List.copyOf(events);
    }

    public enum Kind { EXEC, READ, WRITE, CONNECT }

    /**
     * One system call.
     *
     * @param kind      what it was
     * @param target    the absolute path (relative paths resolved against the process's working folder), or the
     *                  address {@code host:port} of a connection
     * @param program   for EXEC: argv[0] as given; else null
     * @param byScript  made by the build script's own process (not a program it started)
     * @param direct    made by the script or a program it started itself (not a grandchild such as gcc's cc1)
     * @param error     the errno name when the call failed (EROFS, ENETUNREACH, ENOENT…), else null
     * @param line      the line of the trace log
     */
    public record Event(Kind kind, String target, String program, boolean byScript, boolean direct, String error,
                        int line) {
    }
}
