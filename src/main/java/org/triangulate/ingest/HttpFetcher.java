package org.triangulate.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Fetches one page over HTTP(S), politely and within limits: a User-Agent that names the tool, one request at a
 * time, a timeout on the whole exchange (connecting, the headers and the last byte of the body), a cap on the body's
 * size (checked against {@code Content-Length} before reading, and again while reading, also after gunzipping), and
 * redirects followed up to {@link #MAX_REDIRECTS}, a loop caught as soon as a URL comes round again.
 *
 * <p>Threading: one instance may serve several threads; it holds one {@link HttpClient}.
 */
final class HttpFetcher {
    static final int MAX_REDIRECTS = 10;

    static final String USER_AGENT = "Triangulate/" + version() + " (+https://github.com/triangulate; reads news "
            + "reports named by its user)";

    /**
     * A page as the server gave it.
     *
     * @param url where it was found, after redirects
     * @param contentType the {@code Content-Type} header; null when there was none
     * @param contentLanguage the {@code Content-Language} header; null when there was none
     * @param body the body, gunzipped when it came gzipped
     */
    record Fetched(URI url, String contentType, String contentLanguage, byte[] body) {
    }

    /** Why a page could not be fetched, said for the user. */
    static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    HttpFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The page at {@code url}, after redirects. */
    Fetched fetch(URI url) throws FetchException {
        List<URI> chain = new ArrayList<>(List.of(url));
        URI current = url;
        while (true) {
            HttpResponse<byte[]> response = exchange(current);
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException("the server answered " + status + " (a redirect) without saying where to");
                }
                URI next;
                try {
                    next = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("the server redirected to \"" + location.get() + "\", which is not a URL");
                }
                boolean loop = chain.contains(next);
                chain.add(next);
                if (loop) throw new FetchException("redirect loop: " + arrows(chain) + "; skipped");
                if (chain.size() > MAX_REDIRECTS + 1) {
                    throw new FetchException("more than " + MAX_REDIRECTS + " redirects (" + arrows(chain)
                            + "); skipped");
                }
                if (!isWeb(next)) throw new FetchException("redirected to " + next + ", which is not an http(s) URL");
                current = next;
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new FetchException("the server answered HTTP " + status + reason(status) + "; skipped");
            }
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
                    .toLowerCase(Locale.ROOT);
            byte[] body = switch (encoding) {
                case "identity", "" -> response.body();
                case "gzip", "x-gzip" -> gunzip(response.body());
                default -> throw new FetchException("the server sent the page in the " + encoding
                        + " encoding, which cannot be read (only gzip); skipped");
            };
            return new Fetched(current, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Language").orElse(null), body);
        }
    }

    static boolean isWeb(URI url) {
        String scheme = url.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && url.getHost() != null;
    }

    private HttpResponse<byte[]> exchange(URI url) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                    .header("Accept-Encoding", "gzip")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL that can be fetched (" + e.getMessage() + ")");
        }
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBody(maxBytes, info.headers().firstValueAsLong(
                        "Content-Length").orElse(-1)));
        try {
            // The request's own timeout stops at the headers; this one also covers a body that stalls.
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while fetching; skipped");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private FetchException failure(Throwable cause) {
        if (cause instanceof TooLarge t) {
            return new FetchException("the page is " + (t.declared >= 0 ? Problems.size(t.declared)
                    : "more than " + Problems.size(maxBytes)) + ", over the limit of " + Problems.size(maxBytes)
                    + "; skipped without reading it all. If it really is one report, raise the limit with "
                    + "--max-file-size");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException("no connection within " + seconds() + "; skipped. Check the address, or "
                    + "raise --timeout");
        }
        if (cause instanceof HttpTimeoutException) return timedOut();
        if (cause instanceof ConnectException) {
            return new FetchException("cannot connect (" + (cause.getMessage() == null ? "connection refused"
                    : cause.getMessage()) + "); skipped. Check the address");
        }
        if (cause instanceof UnresolvedAddressException
                || (cause != null && cause.getCause() instanceof UnresolvedAddressException)) {
            return new FetchException("unknown host; skipped. Check the address");
        }
        String what = cause == null ? "unknown error" : cause.getMessage() != null ? cause.getMessage()
                : cause.getClass().getSimpleName();
        return new FetchException("cannot fetch the page (" + what + "); skipped");
    }

    private FetchException timedOut() {
        return new FetchException("no complete answer within " + seconds() + " (the server is slow or hangs); "
                + "skipped. Raise --timeout to wait longer");
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private byte[] gunzip(byte[] gzipped) throws FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            byte[] body = in.readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                throw new FetchException("the page unpacks to more than " + Problems.size(maxBytes)
                        + ", the limit; skipped. If it really is one report, raise the limit with --max-file-size");
            }
            return body;
        } catch (EOFException e) {
            throw new FetchException("the server's gzip data is truncated; skipped");
        } catch (ZipException e) {
            throw new FetchException("the server said gzip but sent no valid gzip data (" + e.getMessage()
                    + "); skipped");
        } catch (IOException e) {
            throw new FetchException("cannot gunzip the page (" + e.getMessage() + "); skipped");
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String reason(int status) {
        return switch (status) {
            case 401, 403 -> " (not allowed)";
            case 404, 410 -> " (not found)";
            case 429 -> " (too many requests; try again later)";
            default -> status >= 500 ? " (a server error)" : "";
        };
    }

    private static String arrows(List<URI> chain) {
        return String.join(" -> ", chain.stream().map(URI::toString).toList());
    }

    private static String version() {
        String v = HttpFetcher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The body was over the limit: {@code declared} when its Content-Length said so, else -1. */
    private static final class TooLarge extends IOException {
        final long declared;

        TooLarge(long declared) {
            super("over the size limit");
            this.declared = declared;
        }
    }

    /**
     * Collects a body up to a limit; past it (or when {@code Content-Length} already says it will be), cancels the
     * exchange so that the rest is never downloaded.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;
        private final long declared;
        private Flow.Subscription subscription;

        CappedBody(long max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new TooLarge(declared));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer b : items) {
                if (bytes.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(-1));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
