package org.triangulate.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known about a document besides its text. Every field may be missing; a missing publication date means
 * relative dates in the text cannot be anchored and are reported unresolved.
 *
 * @param published the publication date
 * @param outlet the outlet's name
 * @param url the page's address
 * @param title the headline
 * @param language the language code ("en")
 * @param authors the authors' names, in the page's order, never null
 * @param modified the date of the last change the page declares
 * @param canonicalUrl the address the page names as its canonical one ({@code <link rel="canonical">})
 * @param sources where each field came from, by field name ({@link #FIELDS}): "manifest", "json-ld",
 *     "meta:article:published_time", "microdata", "time", "url", "dateline", "byline", "host", "title", "h1"...;
 *     a field without an entry came from the caller (a manifest, a test) or is missing
 */
public record Metadata(LocalDate published, String outlet, String url, String title, String language,
                       List<String> authors, LocalDate modified, String canonicalUrl, Map<String, String> sources) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

    /** The names of the fields, as {@link #sources} keys them. */
    public static final List<String> FIELDS = List.of(
            "published", "outlet", "url", "title", "language", "authors", "modified", "canonicalUrl");

    /** The first five fields, with no authors, modified date, canonical URL or sources. */
    public Metadata(LocalDate published, String outlet, String url, String title, String language) {
        this(published, outlet, url, title, language, List.of(), null, null, Map.of());
    }

    public Metadata {
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        title = blankToNull(title);
        language = blankToNull(language);
        canonicalUrl = blankToNull(canonicalUrl);
        authors = authors == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(authors.stream().map(Metadata::blankToNull)
                        .filter(a -> a != null).toList()));
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** Where {@code field} (one of {@link #FIELDS}) came from, when known. */
    public Optional<String> source(String field) {
        return Optional.ofNullable(sources.get(field));
    }

    /** This metadata, with each missing field taken from {@code fallback}, with its source. */
    public Metadata orElse(Metadata fallback) {
        Map<String, String> merged = new TreeMap<>();
        boolean[] mine = {published != null, outlet != null, url != null, title != null, language != null,
                !authors.isEmpty(), modified != null, canonicalUrl != null};
        for (int i = 0; i < FIELDS.size(); i++) {
            String source = (mine[i] ? sources : fallback.sources).get(FIELDS.get(i));
            if (source != null) merged.put(FIELDS.get(i), source);
        }
        return new Metadata(
                published != null ? published : fallback.published,
                outlet != null ? outlet : fallback.outlet,
                url != null ? url : fallback.url,
                title != null ? title : fallback.title,
                language != null ? language : fallback.language,
                !authors.isEmpty() ? authors : fallback.authors,
                modified != null ? modified : fallback.modified,
                canonicalUrl != null ? canonicalUrl : fallback.canonicalUrl,
                merged);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
