package org.triangulate.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about a document besides its text. Every field may be missing; a missing publication date means
 * relative dates in the text cannot be anchored and are reported unresolved.
 */
public record Metadata(LocalDate published, String outlet, String url, String title, String language) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

    public Metadata {
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        title = blankToNull(title);
        language = blankToNull(language);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** This metadata, with each missing field taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                published != null ? published : fallback.published,
                outlet != null ? outlet : fallback.outlet,
                url != null ? url : fallback.url,
                title != null ? title : fallback.title,
                language != null ? language : fallback.language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
