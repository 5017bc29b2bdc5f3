package dev.easel.analyzer.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs over the JDK's HttpClient with the manners a registry deserves: a per-host {@link RateLimiter}, an idle timeout
 * (no headers or no body bytes for {@code timeout} ends the attempt, however long the whole transfer), and
 * {@link RetryPolicy} retries for 5xx, 408, 429, timeouts, broken connections and truncated bodies, never for 404 or
 * other 4xx answers.
 */
final class HttpTransport implements AutoCloseable {

    static final String USER_AGENT = "easel-fetch (cargo registry client)";

    /** Told before each wait for a retry. */
    @FunctionalInterface
    interface RetryListener {
        void retrying(URI uri, int retry, Duration delay, TransferException cause);
    }

    private final ExecutorService executor;
    private final HttpClient client;
    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final RetryListener listener;

    HttpTransport(RateLimiter limiter, RetryPolicy retry, Duration timeout, RetryListener listener) {
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "easel-fetch-http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL) // crates.io's API location redirects to its CDN
                .executor(executor)
                .build();
        this.limiter = limiter;
        this.retry = retry;
        this.timeout = timeout;
        this.listener = listener;
    }

    /** GETs {@code uri} into a fresh sink per attempt, retrying what may pass on a second try. */
    <T> T get(URI uri, BodySink.Factory<T> sinks) throws TransferException {
        for (int attempt = 0; ; attempt++) {
            try (BodySink<T> sink = sinks.open()) {
                return once(uri, sink);
            } catch (TransferException e) {
                if (!e.reason().retryable() || attempt >= retry.retries()) {
                    throw e;
                }
                Duration delay = retry.delay(attempt + 1, e.retryAfter(), ThreadLocalRandom.current().nextDouble());
                if (delay == null) {
                    throw new TransferException(e.reason(), e.getMessage() + "; Retry-After "
                            + e.retryAfter().toSeconds() + " s is longer than easel waits");
                }
                listener.retrying(uri, attempt + 1, delay, e);
                sleep(delay, uri);
            }
        }
    }

    private <T> T once(URI uri, BodySink<T> sink) throws TransferException {
        try {
            limiter.acquire(uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferException(FailureReason.CONNECTION, "interrupted before " + uri);
        }
        Exchange<T> exchange = new Exchange<>(sink);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT).GET().build();
        CompletableFuture<HttpResponse<T>> response = client.sendAsync(request, exchange::subscriber);
        HttpResponse<T> r = await(uri, response, exchange);
        int status = r.statusCode();
        if (status / 100 == 2) {
            return r.body();
        }
        String what = "http " + status + " from " + uri;
        if (status == 404 || status == 410 || status == 451) {
            throw new TransferException(FailureReason.NOT_FOUND, what);
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new TransferException(FailureReason.SERVER_ERROR, what, exchange.retryAfter);
        }
        throw new TransferException(FailureReason.HTTP_ERROR, what);
    }

    /** Waits for the response, ending it when nothing arrived for {@code timeout}. */
    private <T> HttpResponse<T> await(URI uri, CompletableFuture<HttpResponse<T>> response, Exchange<T> exchange)
            throws TransferException {
        long idleLimit = timeout.toNanos();
        long poll = Math.max(TimeUnit.MILLISECONDS.toNanos(10), Math.min(idleLimit / 4, TimeUnit.MILLISECONDS.toNanos(250)));
        while (true) {
            try {
                return response.get(poll, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() - exchange.lastActivity > idleLimit) {
                    exchange.abort();
                    response.cancel(true);
                    throw new TransferException(FailureReason.TIMEOUT, "nothing received for " + seconds(timeout)
                            + " from " + uri);
                }
            } catch (ExecutionException e) {
                throw exchange.failure(uri, e.getCause());
            } catch (InterruptedException e) {
                exchange.abort();
                response.cancel(true);
                Thread.currentThread().interrupt();
                throw new TransferException(FailureReason.CONNECTION, "interrupted during " + uri);
            }
        }
    }

    private static void sleep(Duration delay, URI uri) throws TransferException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferException(FailureReason.CONNECTION, "interrupted before retrying " + uri);
        }
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** One attempt: its sink, what the headers said, and when anything last arrived. */
    private static final class Exchange<T> {
        private final BodySink<T> sink;
        private final CompletableFuture<T> body = new CompletableFuture<>();
        volatile long lastActivity = System.nanoTime();
        private volatile int status;
        private volatile long contentLength = -1;
        private volatile long received;
        private volatile Duration retryAfter;
        private volatile Flow.Subscription subscription;

        Exchange(BodySink<T> sink) {
            this.sink = sink;
        }

        HttpResponse.BodySubscriber<T> subscriber(HttpResponse.ResponseInfo info) {
            lastActivity = System.nanoTime();
            status = info.statusCode();
            contentLength = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            retryAfter = RetryPolicy.parseRetryAfter(info.headers().firstValue("Retry-After").orElse(null),
                    Instant.now());
            return status / 100 == 2 ? new SinkSubscriber() : HttpResponse.BodySubscribers.replacing(null);
        }

        void abort() {
            body.completeExceptionally(new TransferException(FailureReason.TIMEOUT, "aborted"));
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        TransferException failure(URI uri, Throwable t) {
            Throwable c = t;
            while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
                c = c.getCause();
            }
            if (c instanceof TransferException te) {
                return te;
            }
            if (c instanceof HttpTimeoutException) {
                return new TransferException(FailureReason.TIMEOUT, "no answer within "
                        + seconds(Duration.ofNanos(System.nanoTime() - lastActivity)) + " from " + uri);
            }
            if (c instanceof ConnectException) {
                return new TransferException(FailureReason.CONNECTION, "cannot connect to " + uri.getHost()
                        + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + ": " + whyNoConnection(c));
            }
            if (status / 100 == 2 && contentLength >= 0 && received < contentLength) {
                return new TransferException(FailureReason.TRUNCATED, "got " + received + " of " + contentLength
                        + " bytes from " + uri);
            }
            return new TransferException(FailureReason.CONNECTION, uri + describe(c));
        }

        /** The JDK's ConnectException says nothing itself; its cause tells a missing host from a refusal. */
        private static String whyNoConnection(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof UnresolvedAddressException) {
                    return "host not found";
                }
                if (c.getMessage() != null && !c.getMessage().isBlank()) {
                    return c.getMessage().replace('\n', ' ');
                }
            }
            return "connection refused";
        }

        private static String describe(Throwable t) {
            String m = t.getMessage();
            return ": " + (m == null || m.isBlank() ? t.getClass().getSimpleName() : m.replace('\n', ' '));
        }

        /** Feeds the body to the sink one batch at a time, so a slow disk slows the download instead of queueing it. */
        private final class SinkSubscriber implements HttpResponse.BodySubscriber<T> {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(List<ByteBuffer> items) {
                if (body.isDone()) {
                    subscription.cancel();
                    return;
                }
                try {
                    for (ByteBuffer b : items) {
                        received += b.remaining();
                        sink.accept(b);
                    }
                } catch (TransferException e) {
                    body.completeExceptionally(e);
                    subscription.cancel();
                    return;
                }
                lastActivity = System.nanoTime();
                subscription.request(1);
            }

            @Override
            public void onError(Throwable t) {
                body.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                try {
                    body.complete(sink.finish());
                } catch (TransferException e) {
                    body.completeExceptionally(e);
                }
            }

            @Override
            public java.util.concurrent.CompletionStage<T> getBody() {
                return body;
            }
        }
    }
}
