package org.triangulate.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

/**
 * Reads an RSS or Atom feed (through Rome) and follows its items: each item's link is fetched as a page, with the
 * item's title, date and link, and the feed's title and language, as its metadata. An item without a link is read
 * from the content the feed gives for it. Items go through the {@link RecordFilter}. An item whose date Rome cannot
 * read (Rome drops it silently) gets a warning, found by reading the raw dates beside Rome.
 */
final class FeedItems {
    private static final Set<String> DATE_TAGS = Set.of("pubdate", "published", "updated", "dc:date", "issued",
            "modified", "dcterms:modified", "dcterms:issued");

    private final Reading reading;
    private final WebPages pages;
    private CappedWarnings warnings;

    FeedItems(Reading reading, WebPages pages) {
        this.reading = reading;
        this.pages = pages;
    }

    /**
     * Reads the feed's items.
     *
     * @param source the feed as the user gave it (a URL or a file)
     * @param bytes the feed
     * @param base where relative links start from; null for a file
     */
    void read(String source, byte[] bytes, URI base) {
        warnings = new CappedWarnings(reading, source, "items");
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            reading.error(source, "not a feed Rome can read (" + Problems.brief(e) + "); skipped");
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        List<String> rawDates = rawDates(bytes, entries.size());
        if (entries.isEmpty()) reading.warning(source, "the feed has no items");
        for (int i = 0; i < entries.size(); i++) {
            item(source, base, feed, entries.get(i), i + 1, rawDates.get(i));
        }
    }

    private void item(String source, URI base, SyndFeed feed, SyndEntry entry, int n, String rawDate) {
        String link = link(entry, base);
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String where = "item " + n + (link != null ? " (" + link + ")" : "");
        LocalDate published = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        if (rawDate != null && !rawDate.isBlank()) {
            // Rome parses leniently ("2026-13-45" becomes a day in 2027): the date as written decides.
            try {
                Optional<LocalDate> written = FeedDates.asWritten(rawDate);
                if (written.isPresent()) {
                    published = written.get();
                } else if (date == null) {
                    throw new DateTimeException("neither Rome nor the strict forms read it");
                }
            } catch (DateTimeException e) {
                warn(source, where + ": its date \"" + rawDate.strip() + "\" is not a date feeds use (RFC 822, such "
                        + "as \"Sun, 15 Mar 2026 09:30:00 GMT\", or ISO 8601); the item is read without one");
                published = null;
            }
        }
        String language = feed.getLanguage();
        RecordFilter filter = reading.filter();
        if (!filter.keepsDate(published) || !filter.keepsLanguage(language) || !filter.keepsUrl(link)) return;
        Metadata given = new Metadata(published, feed.getTitle(), link, entry.getTitle(), language);
        if (link != null) {
            pages.read(link, given, false);
            return;
        }
        String content = content(entry);
        if (content == null) {
            warn(source, where + " has neither a link nor content; skipped");
            return;
        }
        reading.document(source + "#item-" + n, Format.HTML, content, given, Metadata.EMPTY);
    }

    /** The item's link made absolute; null when it has none that is a web URL. */
    private String link(SyndEntry entry, URI base) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) return null;
        try {
            URI uri = base == null ? new URI(link.strip()) : base.resolve(link.strip());
            return HttpFetcher.isWeb(uri) ? uri.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The item's own text: its content, else its description; null when it has neither. */
    private static String content(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        }
        SyndContent description = entry.getDescription();
        return description != null && description.getValue() != null && !description.getValue().isBlank()
                ? description.getValue() : null;
    }

    /**
     * The date text of each item, in order, as written; null for an item without one. Rome keeps only the dates it
     * can parse, so the raw text is read apart (jsoup's XML parser never fails).
     */
    private static List<String> rawDates(byte[] bytes, int items) {
        List<String> dates = new ArrayList<>();
        String xml = new String(bytes, StandardCharsets.UTF_8);
        for (Element item : Jsoup.parse(xml, "", Parser.xmlParser()).select("item, entry")) {
            String date = null;
            for (Element child : item.children()) {
                if (DATE_TAGS.contains(child.tagName().toLowerCase(Locale.ROOT))) {
                    date = child.text();
                    break;
                }
            }
            dates.add(date);
        }
        // Should the two readings ever disagree on the items, no raw date is better than a wrong one.
        if (dates.size() != items) return new ArrayList<>(java.util.Collections.nCopies(items, null));
        return dates;
    }

    private void warn(String source, String message) {
        warnings.add(source, message);
    }
}
