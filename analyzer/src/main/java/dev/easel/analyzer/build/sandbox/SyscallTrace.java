package dev.easel.analyzer.build.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records what build scripts do while cargo runs them: {@code strace} around the (sandboxed) cargo command, with a
 * seccomp filter so that only the calls that matter stop the tracee (program starts, process creation, working
 * folder changes, file opens and changes, connections), and the log read back for the processes of each build
 * script: its {@code build-script-build} executable and every process started from it. Refused attempts (a write on
 * the sandbox's read-only host, a connection without network) are in the log with their errno. strace runs outside
 * bubblewrap and translates the sandbox's PID namespace ({@code --pidns-translation}), so one process tree spans both.
 */
public final class SyscallTrace {

    private static final Logger LOG = LoggerFactory.getLogger(SyscallTrace.class);
    private static final String STRACE = "/usr/bin/strace";
    static final String SYSCALLS = "execve,execveat,clone,clone3,fork,vfork,chdir,openat,open,creat,mkdir,mkdirat,"
            + "unlink,unlinkat,rename,renameat,renameat2,connect";

    // strace pads the pid to five columns: "6368  execve(…" and "16368 execve(…"
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\s+(\\w+)\\((.*)\\)\\s+= (.*)$");
    private static final Pattern UNFINISHED = Pattern.compile("^(\\d+)\\s+(\\w+)\\((.*) <unfinished \\.\\.\\.>$");
    private static final Pattern RESUMED = Pattern.compile("^(\\d+)\\s+<\\.\\.\\. (\\w+) resumed>(.*)\\)\\s+= (.*)$");
    private static final Pattern RESULT = Pattern.compile("^(-?\\d+)(?: (E[A-Z0-9]+))?(?:.*?/\\* (\\d+) in strace's PID NS \\*/)?.*$");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern INET = Pattern.compile("sin_port=htons\\((\\d+)\\), sin_addr=inet_addr\\(\"([^\"]+)\"\\)");
    private static final Pattern INET6 = Pattern.compile("sin6_port=htons\\((\\d+)\\).*inet_pton\\(AF_INET6, \"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile(".*/build/(.+)-[0-9a-f]{16}/build-script-build$");

    private final Path log;

    private SyscallTrace(Path log) {
        this.log = log;
    }

    /** A trace writing its log to {@code log}, or null when strace is not installed here. */
    public static SyscallTrace create(Path log) {
        if (!Files.isExecutable(Path.of(STRACE))) {
            LOG.debug("{} not installed: build scripts are not traced", STRACE);
            return null;
        }
        return new SyscallTrace(log);
    }

    public Path log() {
        return log;
    }

    /** The command run under strace; the log is appended to, so a command run twice keeps both runs. */
    public List<String> wrap(List<String> command) {
        List<String> c = new ArrayList<>(List.of(STRACE, "-f", "--seccomp-bpf", "-qq", "--pidns-translation",
                "-e", "signal=none", "-s", "4096", "-A", "-o", log.toString(), "-e", "trace=" + SYSCALLS, "--"));
        c.addAll(command);
        return c;
    }

    /**
     * The activity of every build script the log shows, in the order they started; empty when there is no log or it
     * cannot be read (said in the log: a trace is an extra, never a reason for a build to fail).
     */
    public List<ScriptActivity> activity() {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try {
            return new Reading().read(log);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the build-script trace {}: {}", log, e.toString());
            return List.of();
        }
    }

    /** {@code command} under the trace, or unchanged when there is no trace. */
    public static List<String> wrap(SyscallTrace trace, List<String> command) {
        return trace == null ? command : trace.wrap(command);
    }

    /** The process tree and the events of build-script processes, from one pass over the log. */
    private static final class Reading {
        private record Proc(int parent, String cwd, String script, boolean byScript, boolean direct) {
        }

        private final Map<Integer, Proc> procs = new HashMap<>();
        /** Child to parent, from the first pass: a child's calls can come before its parent's clone returns. */
        private final Map<Integer, Integer> parents = new HashMap<>();
        private final java.util.Set<Integer> threads = new java.util.HashSet<>();
        private final Map<Integer, String> unfinished = new HashMap<>();
        private boolean firstPass;
        private final Map<String, List<ScriptActivity.Event>> events = new LinkedHashMap<>();
        private final Map<String, String[]> scripts = new LinkedHashMap<>();

        List<ScriptActivity> read(Path log) throws IOException {
            for (boolean first : new boolean[] {true, false}) {
                firstPass = first;
                unfinished.clear();
                try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
                    String line;
                    int n = 0;
                    while ((line = r.readLine()) != null) {
                        n++;
                        call(line, n);
                    }
                }
            }
            List<ScriptActivity> out = new ArrayList<>();
            scripts.forEach((exe, info) -> out.add(new ScriptActivity(info[0], exe, info[1], events.get(exe))));
            return out;
        }

        private void call(String line, int n) {
            Matcher m = LINE.matcher(line);
            int pid;
            String name;
            String args;
            String result;
            if (m.matches()) {
                pid = Integer.parseInt(m.group(1));
                name = m.group(2);
                args = m.group(3);
                result = m.group(4);
            } else if ((m = UNFINISHED.matcher(line)).matches()) {
                unfinished.put(Integer.parseInt(m.group(1)), m.group(3));
                return;
            } else if ((m = RESUMED.matcher(line)).matches()) {
                pid = Integer.parseInt(m.group(1));
                name = m.group(2);
                args = unfinished.getOrDefault(pid, "") + m.group(3);
                unfinished.remove(pid);
                result = m.group(4);
            } else {
                return; // signals, exits, anything else strace prints
            }
            Matcher res = RESULT.matcher(result.strip());
            if (!res.matches()) {
                return;
            }
            long ret = Long.parseLong(res.group(1));
            String error = ret < 0 ? res.group(2) : null;
            boolean clone = name.equals("clone") || name.equals("clone3") || name.equals("fork") || name.equals("vfork");
            if (firstPass) {
                if (clone && ret > 0) {
                    int child = res.group(3) != null ? Integer.parseInt(res.group(3)) : (int) ret;
                    parents.put(child, pid);
                    if (args.contains("CLONE_THREAD")) {
                        threads.add(child);
                    }
                }
                return;
            }
            Proc self = proc(pid);
            switch (name) {
                case "clone", "clone3", "fork", "vfork" -> {
                    // nothing now: a child is set up from its parent when first seen (proc)
                }
                case "chdir" -> {
                    String dir = firstString(args);
                    if (error == null && dir != null) {
                        Proc p = self;
                        procs.put(pid, new Proc(p.parent(), resolve(p.cwd(), dir), p.script(), p.byScript(), p.direct()));
                    }
                }
                case "execve", "execveat" -> exec(pid, self, args, error, n);
                case "connect" -> {
                    if (self != null && self.script() != null) {
                        String address = address(args);
                        if (address != null) {
                            record(self, ScriptActivity.Kind.CONNECT, address, null, error, n);
                        }
                    }
                }
                default -> file(name, self, args, error, n);
            }
        }

        /** A process's state; a process first seen inherits its parent's (a script's child belongs to the script). */
        private Proc proc(int pid) {
            Proc p = procs.get(pid);
            if (p != null) {
                return p;
            }
            Integer parent = parents.get(pid);
            Proc from = parent == null || parent == pid ? null : proc(parent);
            if (from != null && threads.contains(pid)) {
                return from; // a thread is its process
            }
            p = from == null ? new Proc(parent == null ? 0 : parent, null, null, false, false)
                    : new Proc(parent, from.cwd(), from.script(), false, from.byScript());
            procs.put(pid, p);
            return p;
        }

        private void exec(int pid, Proc self, String args, String error, int n) {
            String path = firstString(args);
            if (path == null) {
                return;
            }
            Matcher s = SCRIPT.matcher(path);
            if (s.matches() && error == null) {
                // cargo forked, changed into the package's folder and ran the script: a new script root
                String cwd = self == null ? null : self.cwd();
                procs.put(pid, new Proc(self == null ? 0 : self.parent(), cwd, path, true, true));
                scripts.putIfAbsent(path, new String[] {s.group(1), cwd});
                events.putIfAbsent(path, new ArrayList<>());
                return;
            }
            if (self != null && self.script() != null) {
                List<String> strings = strings(args);
                String argv0 = strings.size() > 1 ? strings.get(1) : path;
                record(self, ScriptActivity.Kind.EXEC, path, argv0, error, n);
            }
        }

        private void file(String name, Proc self, String args, String error, int n) {
            if (self == null || self.script() == null) {
                return;
            }
            List<String> paths = strings(args);
            if (paths.isEmpty()) {
                return;
            }
            String path;
            boolean write;
            switch (name) {
                case "openat", "open" -> {
                    path = paths.get(0);
                    write = args.contains("O_WRONLY") || args.contains("O_RDWR") || args.contains("O_CREAT")
                            || args.contains("O_TRUNC") || args.contains("O_APPEND");
                }
                case "rename", "renameat", "renameat2" -> {
                    path = paths.get(paths.size() - 1);
                    write = true;
                }
                case "creat", "mkdir", "mkdirat", "unlink", "unlinkat" -> {
                    path = paths.get(0);
                    write = true;
                }
                default -> {
                    return;
                }
            }
            if (!write && !self.byScript()) {
                return; // what compilers and probes read is theirs; the script's own reads are kept
            }
            boolean relativeToFd = !args.startsWith("AT_FDCWD") && (name.endsWith("at") || name.equals("renameat2"))
                    && !path.startsWith("/");
            String target = relativeToFd ? "<fd>/" + path : resolve(self.cwd(), path);
            record(self, write ? ScriptActivity.Kind.WRITE : ScriptActivity.Kind.READ, target, null, error, n);
        }

        private void record(Proc p, ScriptActivity.Kind kind, String target, String program, String error, int n) {
            events.computeIfAbsent(p.script(), k -> new ArrayList<>())
                    .add(new ScriptActivity.Event(kind, target, program, p.byScript(), p.direct() || p.byScript(),
                            error, n));
        }

        /** A path as the process saw it: relative ones against its working folder. */
        private static String resolve(String cwd, String path) {
            if (path.startsWith("/") || cwd == null) {
                return Path.of(path).normalize().toString();
            }
            return Path.of(cwd).resolve(path).normalize().toString();
        }

        private static String firstString(String args) {
            Matcher m = STRING.matcher(args);
            return m.find() ? unescape(m.group(1)) : null;
        }

        private static List<String> strings(String args) {
            List<String> out = new ArrayList<>();
            Matcher m = STRING.matcher(args);
            while (m.find()) {
                out.add(unescape(m.group(1)));
            }
            return out;
        }

        private static String address(String args) {
            Matcher m = INET.matcher(args);
            if (m.find()) {
                return m.group(2) + ":" + m.group(1);
            }
            m = INET6.matcher(args);
            return m.find() ? "[" + m.group(2) + "]:" + m.group(1) : null;
        }

        /** strace's C-style escapes: \" \\ \n \t and \ooo / \xhh bytes (UTF-8 paths come out as bytes). */
        private static String unescape(String s) {
            if (s.indexOf('\\') < 0) {
                return s;
            }
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\' || i + 1 == s.length()) {
                    b.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                char e = s.charAt(++i);
                switch (e) {
                    case 'n' -> b.write('\n');
                    case 't' -> b.write('\t');
                    case 'x' -> {
                        b.write(Integer.parseInt(s.substring(i + 1, Math.min(s.length(), i + 3)), 16));
                        i += 2;
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int end = i;
                            while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                                end++;
                            }
                            b.write(Integer.parseInt(s.substring(i, end), 8));
                            i = end - 1;
                        } else {
                            b.write(e);
                        }
                    }
                }
            }
            return b.toString(StandardCharsets.UTF_8);
        }
    }
}
