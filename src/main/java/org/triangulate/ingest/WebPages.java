package org.triangulate.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.triangulate.model.Metadata;

/**
 * Reads a URL: fetches it ({@link HttpFetcher}) and makes a document of the page ({@link PageDecoder}), or, when it
 * is a feed, reads the feed's items ({@link FeedItems}). The final URL (after redirects) and the
 * {@code Content-Language} go into the document's fallback metadata.
 */
final class WebPages {
    private final Reading reading;

    WebPages(Reading reading) {
        this.reading = reading;
    }

    /** Whether the user's input names a web page rather than a file. */
    static boolean isUrl(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Reads a URL the user gave: a page, or a feed whose items are followed. */
    void read(String source) {
        read(source, Metadata.EMPTY, true);
    }

    /**
     * Reads the page at {@code source}.
     *
     * @param given what a feed item or JSONL line said about the page
     * @param followFeeds whether a feed found there is read for its items (not for a feed's own items)
     */
    void read(String source, Metadata given, boolean followFeeds) {
        URI url;
        try {
            url = new URI(source.strip());
        } catch (URISyntaxException e) {
            reading.error(source, "not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
            return;
        }
        if (!HttpFetcher.isWeb(url)) {
            reading.error(source, "not an http or https URL with a host");
            return;
        }
        HttpFetcher.Fetched page;
        try {
            page = reading.fetcher().fetch(url);
        } catch (HttpFetcher.FetchException e) {
            reading.error(source, e.getMessage());
            return;
        }
        PageDecoder.Result result = PageDecoder.decode(page.body(), page.contentType());
        if (result instanceof PageDecoder.Page p) {
            p.warning().ifPresent(w -> reading.warning(source, w));
            Metadata fallback = new Metadata(null, null, page.url().toString(), null, page.contentLanguage());
            reading.document(source, p.format(), p.text(), given, fallback);
        } else if (result instanceof PageDecoder.Rejected r) {
            reading.error(source, r.reason() + "; skipped");
        } else if (followFeeds) {
            new FeedItems(reading, this).read(source, page.body(), page.url());
        } else {
            reading.error(source, "a feed, not a page; the items of a feed's items are not followed");
        }
    }
}
