package dev.easel.analyzer.provenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository URL as crates write it in {@code package.repository}: {@code https://host/owner/name(.git)}, also
 * {@code http://}, {@code git://}, {@code ssh://git@host/…} and scp-like {@code git@host:owner/name}. Web paths after
 * the repository ({@code /tree/main/crates/foo}) are tolerated: the mirror is looked up by the longest path that
 * exists, down to {@code owner/name}.
 *
 * @param host     lower-cased host, without user or port
 * @param segments the path segments, {@code .git} removed from the last
 */
public record RepositoryUrl(String host, List<String> segments) {

    private static final Pattern URL = Pattern.compile(
            "^(?:https?|git|ssh|git\\+ssh|git\\+https)://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+)$");
    private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?([^/:]+):(?!//)(.+)$");
    /** Path segments of web views on GitHub, GitLab, Gitea and the like, where the repository path ends. */
    private static final List<String> WEB_VIEWS = List.of("tree", "blob", "-", "src", "commit", "commits");

    public RepositoryUrl {
        segments = List.copyOf(segments);
    }

    /** The URL parsed, or empty when it is not one of the accepted forms or has fewer than two path segments. */
    public static Optional<RepositoryUrl> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.strip();
        Matcher m = URL.matcher(u);
        if (!m.matches()) {
            m = SCP.matcher(u);
            if (u.contains("://") || !m.matches()) {
                return Optional.empty();
            }
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String path = m.group(2).replaceAll("[?#].*$", "");
        List<String> segments = new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
        for (int i = 2; i < segments.size(); i++) {
            if (WEB_VIEWS.contains(segments.get(i))) {
                segments = new ArrayList<>(segments.subList(0, i));
                break;
            }
        }
        if (segments.size() < 2 || segments.stream().anyMatch(s -> s.equals("..") || s.equals("."))) {
            return Optional.empty();
        }
        int last = segments.size() - 1;
        if (segments.get(last).endsWith(".git")) {
            segments.set(last, segments.get(last).substring(0, segments.get(last).length() - 4));
        }
        return Optional.of(new RepositoryUrl(host, segments));
    }

    /** The key of the Repository node: {@code https://host/owner/name}. */
    public String canonical() {
        return "https://" + host + "/" + String.join("/", segments);
    }

    /**
     * Where a mirror of this repository may be under {@code mirrors}, most specific first: {@code host/a/b/c},
     * {@code host/a/b/c.git}, then the same for shorter paths down to {@code host/owner/name}.
     */
    public List<Path> candidates(Path mirrors) {
        List<Path> out = new ArrayList<>();
        for (int n = segments.size(); n >= 2; n--) {
            Path p = mirrors.resolve(host);
            for (int i = 0; i < n - 1; i++) {
                p = p.resolve(segments.get(i));
            }
            out.add(p.resolve(segments.get(n - 1)));
            out.add(p.resolve(segments.get(n - 1) + ".git"));
        }
        return out;
    }
}
