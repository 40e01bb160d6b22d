package org.triangulate.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.extract.Paragraphs.Paragraph;
import org.triangulate.model.Article;
import org.triangulate.model.Article.Removal;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.Span;

/**
 * The plain-text furniture rules, applied to a whole page: each paragraph is first judged alone by
 * {@link Furniture}, then by its place on the page (the headline, its repeats, section labels above it, lists of
 * related headlines, the trailing run after the last article paragraph, captions and site footers).
 *
 * <p>One call works on its own arrays; the class holds no state.
 */
final class PageLayout {

    private static final int REPEATED_SENTENCE_WORDS = 6;

    private PageLayout() {
    }

    /**
     * The article in {@code doc}.
     *
     * @param markup removals already made (Markdown markup); the rules read the text with them blanked
     * @param pageOutlet the outlet named by the page's own metadata (HTML), or null
     */
    static Article read(SourceDocument doc, List<Removal> markup, String pageOutlet) {
        List<Removal> removals = new ArrayList<>(markup);
        char[] blanked = doc.text().toCharArray();
        markup.forEach(r -> blank(blanked, r.span()));
        for (Span note : Furniture.updateNotes(new String(blanked))) {
            removals.add(new Removal(note, Furniture.UPDATE));
            blank(blanked, note);
        }
        String view = new String(blanked);
        List<Paragraph> paragraphs = Paragraphs.split(view);
        int n = paragraphs.size();
        List<String> shown = new ArrayList<>(n);
        String[] reason = new String[n];
        for (int i = 0; i < n; i++) {
            String raw = view.substring(paragraphs.get(i).start(), paragraphs.get(i).end());
            shown.add(LineClassifier.collapse(raw));
            reason[i] = Furniture.reasonFor(raw).orElse(null);
        }

        Metadata metadata = doc.metadata();
        String titleKey = metadata.title() == null ? null : LineClassifier.normalize(metadata.title());
        Captions.mark(shown, reason, titleKey);
        String footerOutlet = SiteFooter.mark(shown, reason);
        String outlet = pageOutlet != null ? pageOutlet : footerOutlet;
        markSiteNames(shown, reason, outlet, metadata.outlet());
        markSectionLabels(view, paragraphs, shown, reason);
        int title = title(shown, reason, titleKey);
        markBeforeTitle(shown, reason, title);
        markRelatedLists(shown, reason);
        markRepeats(shown, reason);
        // In HTML the page's structure has already told other stories from the article: a list closing it (tour
        // dates, sources) is the article's own.
        if (doc.format() != SourceDocument.Format.HTML) markTrailingRun(shown, reason);

        List<Span> body = new ArrayList<>();
        List<Integer> softBreaks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Paragraph p = paragraphs.get(i);
            Span span = new Span(p.start(), p.end());
            if (reason[i] == null) {
                body.add(span);
                softBreaks.addAll(p.softBreaks());
                int credit = Furniture.inlineAgencyCredit(view.substring(p.start(), p.end()));
                if (credit >= 0) {
                    removals.add(new Removal(new Span(p.start() + credit, p.end()), Furniture.PHOTO_CREDIT));
                }
            } else {
                removals.add(new Removal(span, reason[i]));
            }
        }
        SourceDocument dated = publishedOnPage(shown, reason)
                .filter(date -> metadata.published() == null)
                .map(date -> doc.withMetadata(metadata.orElse(new Metadata(date, null, null, null, null, List.of(),
                        null, null, Map.of("published", "dateline")))))
                .orElse(doc);
        String headline = metadata.title() != null ? metadata.title() : title >= 0 ? shown.get(title) : null;
        return new Article(dated, headline, outlet, body, removals, softBreaks);
    }

    private static void blank(char[] text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (text[i] != '\n') text[i] = ' ';
        }
    }

    /** The index of the first paragraph still kept that is article text for sure, or -1. */
    private static int firstReal(List<String> shown, String[] reason) {
        for (int i = 0; i < shown.size(); i++) {
            if (reason[i] == null && LineClassifier.isRealParagraph(shown.get(i))) return i;
        }
        return -1;
    }

    /** Lines that only repeat the outlet's name (a masthead above the headline, a name in the footer). */
    private static void markSiteNames(List<String> shown, String[] reason, String... outlets) {
        Set<String> names = new HashSet<>();
        for (String o : outlets) {
            if (o != null) names.add(LineClassifier.normalize(o));
        }
        for (int i = 0; i < shown.size(); i++) {
            if (reason[i] == null && names.contains(LineClassifier.normalize(shown.get(i)))) {
                reason[i] = Furniture.SITE_NAME;
            }
        }
    }

    /** Above the article, a line that is one item of the page's menu ("Business") names the section. */
    private static void markSectionLabels(String view, List<Paragraph> paragraphs, List<String> shown,
                                          String[] reason) {
        Set<String> items = new HashSet<>();
        int limit = firstReal(shown, reason);
        for (int i = 0; i < (limit < 0 ? shown.size() : limit); i++) {
            if (Furniture.NAVIGATION.equals(reason[i])) {
                Paragraph p = paragraphs.get(i);
                items.addAll(Furniture.menuItems(view.substring(p.start(), p.end())));
            } else if (reason[i] == null && items.contains(LineClassifier.normalize(shown.get(i)))) {
                reason[i] = Furniture.SECTION_LABEL;
            }
        }
    }

    /**
     * The headline: the line the metadata names as title; else the first short line above the article text that
     * the page repeats; else the first short line of three words or more above it. -1 when there is none.
     */
    private static int title(List<String> shown, String[] reason, String titleKey) {
        if (titleKey != null) {
            for (int i = 0; i < shown.size(); i++) {
                if (reason[i] == null && LineClassifier.normalize(shown.get(i)).equals(titleKey)) return i;
            }
        }
        int firstReal = firstReal(shown, reason);
        int limit = firstReal < 0 ? shown.size() : firstReal;
        Map<String, Integer> lastSeen = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) lastSeen.put(LineClassifier.normalize(shown.get(i)), i);
        for (int i = 0; i < limit; i++) {
            if (reason[i] == null && LineClassifier.isShortLine(shown.get(i))
                    && lastSeen.get(LineClassifier.normalize(shown.get(i))) > i) {
                return i;
            }
        }
        for (int i = 0; i < limit; i++) {
            if (reason[i] == null && LineClassifier.isShortLine(shown.get(i))
                    && LineClassifier.wordCount(shown.get(i)) >= 3) {
                return i;
            }
        }
        return -1;
    }

    /** Above the headline, anything short is a kicker or section label; article text starts below it. */
    private static void markBeforeTitle(List<String> shown, String[] reason, int title) {
        int firstReal = firstReal(shown, reason);
        int limit = firstReal < 0 ? title : Math.min(title, firstReal);
        for (int i = 0; i < limit; i++) {
            if (reason[i] == null && !LineClassifier.isRealParagraph(shown.get(i))) reason[i] = Furniture.SECTION_LABEL;
        }
    }

    /**
     * Below the start of the article, short lines after "Related Stories" or "Most read" are that list; a headline
     * may ask a question ("What is the Varnesse Accord, and why was the pass left off the map?").
     */
    private static void markRelatedLists(List<String> shown, String[] reason) {
        int firstReal = firstReal(shown, reason);
        if (firstReal < 0) return;
        for (int i = firstReal + 1; i < shown.size(); i++) {
            if (!Furniture.RELATED.equals(reason[i]) || !Furniture.isListIntro(shown.get(i))) continue;
            for (int j = i + 1; j < shown.size(); j++) {
                if (reason[j] != null) continue;
                String item = shown.get(j).strip();
                if (item.endsWith("?")) item = item.substring(0, item.length() - 1);
                if (!LineClassifier.isShortLine(item)) break;
                reason[j] = Furniture.RELATED;
            }
        }
    }

    /**
     * A kept headline of two words or more, or a sentence of {@value #REPEATED_SENTENCE_WORDS} words or more (a pull
     * quote), that repeats an earlier kept line. A short sentence may repeat on purpose ("Not yet.").
     */
    private static void markRepeats(List<String> shown, String[] reason) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < shown.size(); i++) {
            if (reason[i] != null) continue;
            String line = shown.get(i);
            int words = LineClassifier.wordCount(line);
            boolean headline = LineClassifier.isShortLine(line);
            if (words < 2 || !headline && words < REPEATED_SENTENCE_WORDS) continue;
            if (!seen.add(LineClassifier.normalize(line))) {
                reason[i] = headline ? Furniture.REPEATED : Furniture.REPEATED_PARAGRAPH;
            }
        }
    }

    /** After the last article paragraph, the run of short lines up to the end lists other stories. */
    private static void markTrailingRun(List<String> shown, String[] reason) {
        int lastReal = -1;
        for (int i = shown.size() - 1; i >= 0 && lastReal < 0; i--) {
            if (reason[i] == null && LineClassifier.isRealParagraph(shown.get(i))) lastReal = i;
        }
        if (lastReal < 0) return;
        for (int i = shown.size() - 1; i > lastReal; i--) {
            if (reason[i] != null) continue;
            if (!LineClassifier.isShortLine(shown.get(i))) break;
            reason[i] = Furniture.RELATED;
        }
    }

    /** The page's own date: the first date line or byline with a date in it. */
    private static Optional<LocalDate> publishedOnPage(List<String> shown, String[] reason) {
        for (int i = 0; i < shown.size(); i++) {
            if (Furniture.DATE.equals(reason[i]) || Furniture.BYLINE.equals(reason[i])) {
                Optional<LocalDate> date = DateLine.firstDate(shown.get(i));
                if (date.isPresent()) return date;
            }
        }
        return Optional.empty();
    }
}
