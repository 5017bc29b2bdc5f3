package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fetches the archives of the requested crates into the output folder: reads each crate's index file once, chooses
 * versions ({@link VersionSelection}), then for each archive keeps a present valid copy or downloads, verifies the
 * SHA-256 and renames into place, {@code jobs} at a time. Per-archive failures become outcomes; only what stops the
 * whole run (registry unreachable, malformed config.json, unwritable folder) is a {@link FetchException}.
 */
public final class CrateFetcher {

    private final FetchOptions options;
    private final FetchListener listener;
    private final ArchiveFolder folder;
    private final IndexSource index;
    private final HttpTransport http;
    private final RegistryConfig config;
    private final ExecutorService workers;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    private CrateFetcher(FetchOptions options, FetchListener listener, ArchiveFolder folder, IndexSource index,
                         HttpTransport http, RegistryConfig config, ExecutorService workers) {
        this.options = options;
        this.listener = listener;
        this.folder = folder;
        this.index = index;
        this.http = http;
        this.config = config;
        this.workers = workers;
    }

    /** Fetches {@code requests} as {@code options} say, telling {@code listener} as it goes. */
    public static FetchReport fetch(FetchOptions options, List<CrateRequest> requests, FetchListener listener) {
        ArchiveFolder folder = ArchiveFolder.open(options.out(), !options.offline());
        ExecutorService workers = Executors.newFixedThreadPool(options.jobs(), r -> {
            Thread t = new Thread(r, "easel-fetch");
            t.setDaemon(true);
            return t;
        });
        try (HttpTransport http = options.offline() ? null : new HttpTransport(
                new RateLimiter(options.requestsPerSecond()), RetryPolicy.of(options.retries(), options.retryBase()),
                options.timeout(), (uri, retry, delay, cause) ->
                listener.retrying(uri.toString(), retry, delay, cause.getMessage()));
             IndexSource index = openIndex(options.index(), http, folder.indexCopies())) {
            RegistryConfig config = options.offline() ? null : index.config(); // offline never downloads: no dl needed
            return new CrateFetcher(options, listener, folder, index, http, config, workers).run(requests);
        } finally {
            workers.shutdownNow();
        }
    }

    /** A sparse index over http, or offline (http null) from the copy an online run kept; a folder as files or git. */
    private static IndexSource openIndex(IndexLocation location, HttpTransport http, Path copies) {
        if (location instanceof IndexLocation.Sparse s) {
            Path copy = copies.resolve(s.copyName());
            return http == null ? FolderIndex.offlineCopy(copy, s.toString()) : new SparseIndex(s.base(), http, copy);
        }
        Path dir = ((IndexLocation.Local) location).dir();
        if (!Files.isDirectory(dir)) {
            throw new FetchException("no such index folder: " + dir);
        }
        if (!Files.exists(dir.resolve("config.json")) && BareGitIndex.isBareRepository(dir)) {
            return BareGitIndex.open(dir);
        }
        return FolderIndex.checkout(dir);
    }

    /** One slot of the plan, in request order: an archive to get, or a request already refused. */
    private record Planned(IndexEntry entry, ArchiveOutcome refused) {
    }

    private FetchReport run(List<CrateRequest> requests) {
        List<Planned> plan = resolve(requests);
        listener.planned(plan.size());
        List<CompletableFuture<ArchiveOutcome>> outcomes = new ArrayList<>();
        for (Planned p : plan) {
            if (p.refused() != null) {
                listener.finished(p.refused());
                outcomes.add(CompletableFuture.completedFuture(p.refused()));
            } else {
                outcomes.add(CompletableFuture.supplyAsync(() -> archive(p.entry()), workers));
            }
        }
        return new FetchReport(outcomes.stream().map(CompletableFuture::join).toList(), problems);
    }

    /** Reads each crate's index file once (in parallel) and turns the requests into the plan, duplicates dropped. */
    private List<Planned> resolve(List<CrateRequest> requests) {
        Map<String, List<CrateRequest>> byCrate = new LinkedHashMap<>();
        for (CrateRequest r : requests) {
            byCrate.computeIfAbsent(r.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
        }
        List<CompletableFuture<List<Planned>>> parts = new ArrayList<>();
        for (List<CrateRequest> same : byCrate.values()) {
            parts.add(CompletableFuture.supplyAsync(() -> resolveCrate(same), workers));
        }
        Map<String, Planned> plan = new LinkedHashMap<>();
        for (CompletableFuture<List<Planned>> part : parts) {
            for (Planned p : part.join()) {
                String key = p.entry() != null ? p.entry().id() : p.refused().id() + "#" + plan.size();
                plan.putIfAbsent(key, p);
            }
        }
        return List.copyOf(plan.values());
    }

    private List<Planned> resolveCrate(List<CrateRequest> requests) {
        String name = requests.get(0).name();
        IndexFile file;
        try {
            file = index.read(name);
        } catch (TransferException e) {
            return requests.stream().map(r -> new Planned(null,
                    ArchiveOutcome.failed(r.name(), r.version(), e.reason(), e.getMessage()))).toList();
        }
        file.problems().forEach(p -> {
            problems.add(p);
            listener.problem(p);
        });
        VersionSelection selection = new VersionSelection(options.allVersions(), options.includeYanked());
        List<Planned> planned = new ArrayList<>();
        for (CrateRequest r : requests) {
            VersionSelection.Choice choice = selection.choose(r, file);
            if (choice instanceof VersionSelection.Chosen c) {
                c.entries().forEach(e -> planned.add(new Planned(e, null)));
            } else {
                VersionSelection.Refused no = (VersionSelection.Refused) choice;
                planned.add(new Planned(null, ArchiveOutcome.failed(r.name(), r.version(), no.reason(), no.message())));
            }
        }
        return planned;
    }

    /** One archive: present and valid, or downloaded, verified and renamed into place; never thrown. */
    private ArchiveOutcome archive(IndexEntry e) {
        listener.started(e.id());
        ArchiveOutcome outcome;
        try {
            outcome = obtain(e);
        } catch (TransferException x) {
            outcome = ArchiveOutcome.failed(e.name(), e.version(), x.reason(), x.getMessage());
        }
        listener.finished(outcome);
        return outcome;
    }

    private ArchiveOutcome obtain(IndexEntry e) throws TransferException {
        Path target = folder.file(e);
        if (folder.holdsValid(e)) {
            return ArchiveOutcome.present(e, target);
        }
        if (options.offline()) {
            throw Files.exists(target)
                    ? new TransferException(FailureReason.CHECKSUM_MISMATCH, target + " differs from the index's "
                    + "SHA-256 and --offline cannot replace it")
                    : new TransferException(FailureReason.OFFLINE, "not in " + target.getParent()
                    + " and --offline forbids downloading it");
        }
        URI uri = URI.create(config.downloadUrl(e));
        Path temp = folder.newTemp(e);
        try {
            ArchiveSink.Written written = "file".equalsIgnoreCase(uri.getScheme())
                    ? copyLocal(uri, temp) : http.get(uri, () -> new ArchiveSink(temp));
            if (!written.sha256().equals(e.cksum())) {
                throw new TransferException(FailureReason.CHECKSUM_MISMATCH, "SHA-256 of " + uri + " is "
                        + written.sha256() + ", the index says " + e.cksum() + "; not kept");
            }
            return ArchiveOutcome.fetched(e, folder.commit(temp, e), written.bytes());
        } finally {
            ArchiveFolder.deleteQuietly(temp);
        }
    }

    /** A {@code file:} download location (cargo allows it): a local copy through the same verifying sink. */
    private static ArchiveSink.Written copyLocal(URI uri, Path temp) throws TransferException {
        Path source = Path.of(uri);
        try (ArchiveSink sink = new ArchiveSink(temp); InputStream in = Files.newInputStream(source)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                sink.accept(ByteBuffer.wrap(buf, 0, n));
            }
            return sink.finish();
        } catch (NoSuchFileException x) {
            throw new TransferException(FailureReason.NOT_FOUND, "no file " + source);
        } catch (IOException x) {
            throw new TransferException(FailureReason.DISK, "cannot read " + source + ": "
                    + ArchiveFolder.describe(x));
        }
    }
}
