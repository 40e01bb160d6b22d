package org.triangulate.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.Token;

/**
 * The commonest attributions, read from part-of-speech tags alone so that their sentences need no parse:
 * <ul>
 *   <li>"SOURCE [aux/adverbs] CUE [that] CONTENT." with a short noun phrase opening the sentence ("Officials said
 *       that ...", "The minister has repeatedly warned ...");</li>
 *   <li>"CONTENT, SOURCE CUE [time]." and "CONTENT, CUE SOURCE." closing the sentence ("..., a spokesman said
 *       Tuesday.", "“...,” said Jane Doe, a lawyer for the union.").</li>
 * </ul>
 * Only verbs of saying qualify, and only with one cue in the sentence; anything less plain goes to the parser.
 */
final class ShallowReading {
    /** A match, as token indices within the sentence: source, cue and content ranges, ends inclusive. */
    record Match(int sourceFrom, int sourceTo, int cueFrom, int cue, int contentFrom, int contentTo) {}

    static final Set<String> SAY = Set.of("say", "add", "state", "report", "claim", "announce", "confirm",
            "acknowledge", "admit", "insist", "argue", "warn", "note", "explain", "write", "believe", "think",
            "estimate", "predict", "allege", "deny", "reject", "dispute", "suggest", "stress", "emphasize",
            "emphasise", "declare", "contend", "maintain", "conclude", "reply", "respond", "recall", "concede",
            "complain", "agree", "observe", "comment", "remark", "caution", "reiterate", "affirm", "assert");
    /** Verbs news writes before their subject: "..., said Jane Doe." */
    private static final Set<String> INVERTED = Set.of("say", "add", "write", "note", "explain", "continue",
            "recall", "reply", "respond", "insist", "warn", "argue", "declare", "observe", "remark", "comment");
    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "POS", "PRP", "PRP$", "CD", "HYPH");
    private static final Set<String> AUX = Set.of("has", "have", "had", "is", "was", "were", "are", "will", "would",
            "did", "does", "do", "also", "later", "earlier", "previously", "repeatedly", "publicly", "again",
            "already", "still", "never", "once", "then", "now", "recently", "often");
    private static final Set<String> TIME_WORDS = Set.of("on", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "yesterday", "today",
            "tonight", "last", "this", "week", "earlier", "later", "recently");
    private static final int MAX_SOURCE = 8;

    private ShallowReading() {}

    static Optional<Match> match(List<Token> s) {
        int cues = 0;
        for (int i = 0; i < s.size(); i++) {
            if (Cues.isCueVerb(s.get(i))) cues++;
            // Two attributions in one sentence are the parser's to sort out.
            if (lower(s.get(i)).equals("according") && i + 1 < s.size() && lower(s.get(i + 1)).equals("to")) {
                return Optional.empty();
            }
        }
        if (cues != 1) return Optional.empty();
        Optional<Match> m = leading(s);
        return m.isPresent() ? m : trailing(s);
    }

    /** "SOURCE [aux] CUE [that] CONTENT." */
    private static Optional<Match> leading(List<Token> s) {
        int i = 0;
        if (i < s.size() && s.get(i).pos().equals("CC")) i++;
        int sourceFrom = i;
        while (i < s.size() && isNp(s.get(i)) && i - sourceFrom < MAX_SOURCE) i++;
        int sourceTo = i - 1;
        if (sourceTo < sourceFrom || !isNominal(s.get(sourceTo))) return Optional.empty();
        int cueFrom = i;
        while (i < s.size() && (AUX.contains(lower(s.get(i))) || s.get(i).pos().equals("RB"))) i++;
        if (i >= s.size() || !isSay(s.get(i))) return Optional.empty();
        int cue = i++;
        int skip = i;
        while (skip < s.size() && skip - i < 4 && TIME_WORDS.contains(lower(s.get(skip)))) skip++;
        if (skip < s.size() && lower(s.get(skip)).equals("that")) i = skip;
        int contentTo = lastWord(s);
        if (contentTo - i < 2 || !hasVerb(s, i, contentTo)) return Optional.empty();
        return Optional.of(new Match(sourceFrom, sourceTo, cueFrom, cue, i, contentTo));
    }

    /** "CONTENT, SOURCE CUE [time]." or "CONTENT, CUE SOURCE." */
    private static Optional<Match> trailing(List<Token> s) {
        int end = lastWord(s);
        for (int c = end; c > 2; c--) {
            if (!isSay(s.get(c))) continue;
            // SOURCE CUE [time]
            boolean timeTail = true;
            for (int k = c + 1; k <= end; k++) timeTail &= TIME_WORDS.contains(lower(s.get(k))) || isTimeNoun(s.get(k));
            if (timeTail && end - c <= 4) {
                int from = c - 1;
                while (from >= 0 && isNp(s.get(from)) && c - from <= MAX_SOURCE) from--;
                if (from < c - 1 && isBoundary(s, from) && isNominal(s.get(c - 1))) {
                    int sourceFrom = from + 1;
                    int cue = c;
                    return content(s, from).map(to -> new Match(sourceFrom, cue - 1, cue, cue, 0, to));
                }
            }
            // CUE SOURCE [, apposition]: "said Jane Doe", with the verbs news inverts so.
            if (c + 1 <= end && isBoundary(s, c - 1) && INVERTED.contains(Cues.lemma(s.get(c)))
                    && (s.get(c + 1).pos().startsWith("NNP")
                    || s.get(c + 1).pos().equals("PRP") || s.get(c + 1).pos().equals("DT"))) {
                for (int k = c + 1; k <= end; k++) {
                    String pos = s.get(k).pos();
                    if (pos.startsWith("VB") && !lower(s.get(k - 1)).matches("who|which|that")) return Optional.empty();
                }
                int cc = c;
                return content(s, c - 1).map(to -> new Match(cc + 1, end, cc, cc, 0, to));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The content before a boundary at {@code boundary}: up to the last word before the comma. */
    private static Optional<Integer> content(List<Token> s, int boundary) {
        int to = boundary;
        // A comma goes; a closing quotation mark stays with the quotation.
        while (to >= 0 && s.get(to).pos().equals(",")) to--;
        return to >= 2 ? Optional.of(to) : Optional.empty();
    }

    private static boolean isBoundary(List<Token> s, int at) {
        return at >= 1 && (s.get(at).pos().equals(",") || isClosingQuote(s.get(at)));
    }

    private static boolean isClosingQuote(Token t) {
        return Quotes.isQuoteMark(t.word());
    }

    private static boolean isSay(Token t) {
        return t.pos().startsWith("VB") && !t.pos().equals("VBG") && SAY.contains(Cues.lemma(t));
    }

    private static boolean isNp(Token t) {
        return NP_TAGS.contains(t.pos()) || t.word().equalsIgnoreCase("of") && !t.pos().equals(",");
    }

    private static boolean isNominal(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
    }

    private static boolean isTimeNoun(Token t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME");
    }

    private static boolean hasVerb(List<Token> s, int from, int to) {
        for (int i = from; i <= to; i++) if (s.get(i).pos().startsWith("VB") || s.get(i).pos().equals("MD")) return true;
        return false;
    }

    /** The last token before the sentence's closing punctuation; a closing quotation mark counts as a word. */
    private static int lastWord(List<Token> s) {
        int end = s.size() - 1;
        while (end > 0 && !Character.isLetterOrDigit(s.get(end).word().charAt(0)) && !isClosingQuote(s.get(end))) end--;
        return end;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
