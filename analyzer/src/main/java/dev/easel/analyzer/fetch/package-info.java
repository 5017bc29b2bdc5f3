/**
 * Downloads {@code .crate} archives from a cargo registry into a folder that intake reads as it is
 * ({@code <out>/<name>-<version>.crate}).
 *
 * <p>Entry point: {@link dev.easel.analyzer.fetch.CrateFetcher#fetch}, given {@link dev.easel.analyzer.fetch.FetchOptions}
 * (where the index is, {@link dev.easel.analyzer.fetch.IndexLocation}: cargo's sparse protocol or a local index
 * checkout, plain or bare git), the {@link dev.easel.analyzer.fetch.CrateRequest}s (from any source: a comma list,
 * a {@link dev.easel.analyzer.fetch.CrateList} file, a ranking computed elsewhere) and a
 * {@link dev.easel.analyzer.fetch.FetchListener} for progress. It returns a {@link dev.easel.analyzer.fetch.FetchReport}:
 * one {@link dev.easel.analyzer.fetch.ArchiveOutcome} per archive (fetched, already present, or failed with a
 * {@link dev.easel.analyzer.fetch.FailureReason}) and the index lines it had to skip.
 *
 * <p>Every archive is checked against the index's SHA-256 before it is kept, written under a temporary name and
 * renamed into place; an archive already present with the right checksum costs no download. Transfers go through the
 * JDK's {@code HttpClient} with a per-host rate limit, an idle timeout and bounded retries with jittered exponential
 * backoff (honouring {@code Retry-After}). No picocli, no Neo4j.
 */
package dev.easel.analyzer.fetch;
