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
    record Match(int sourceFrom, int sourceTo, int cueFrom, int cue, int contentFrom, int contentTo,
                 int restFrom, int restTo) {
        Match(int sourceFrom, int sourceTo, int cueFrom, int cue, int contentFrom, int contentTo) {
            this(sourceFrom, sourceTo, cueFrom, cue, contentFrom, contentTo, -1, -1);
        }

        /** Whether the attribution interrupts its content: "Acts of protest, he said, are acts of patriotism." */
        boolean split() {
            return restFrom >= 0;
        }
    }

    static final Set<String> SAY = Set.of("say", "tell", "add", "state", "report", "claim", "announce", "confirm",
            "acknowledge", "admit", "insist", "argue", "warn", "note", "explain", "write", "believe", "think",
            "estimate", "predict", "allege", "deny", "reject", "dispute", "suggest", "stress", "emphasize",
            "emphasise", "declare", "contend", "maintain", "conclude", "reply", "respond", "recall", "concede",
            "complain", "agree", "observe", "comment", "remark", "caution", "reiterate", "affirm", "assert");
    /** Verbs read after a leading source too, whose content follows them: "Polls show ...", "X called for ...". */
    static final Set<String> LEADING = Set.of("call", "show", "ask", "cite", "question", "mention", "criticize",
            "criticise", "point", "describe", "expect", "urge", "accuse", "pledge", "propose", "vow", "express",
            "highlight", "find", "praise", "condemn", "blame", "promise", "demand", "reveal", "disclose", "predict");
    /** Words that label a line without naming a speaker: "Note: ...", "Update: ...". */
    private static final Set<String> LABELS = Set.of("note", "update", "editor", "photo", "image", "video",
            "source", "sources", "related", "correction", "disclosure", "warning", "summary", "background", "q",
            "a", "question", "answer", "watch", "listen", "read", "live", "breaking", "exclusive", "opinion",
            "analysis", "review", "comment", "tags", "topics", "filed", "posted", "published", "updated");
    /** Verbs news writes before their subject: "..., said Jane Doe." */
    private static final Set<String> INVERTED = Set.of("say", "add", "write", "note", "explain", "continue",
            "recall", "reply", "respond", "insist", "warn", "argue", "declare", "observe", "remark", "comment");
    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "POS", "PRP", "PRP$", "CD", "HYPH");
    /** Prepositions inside a source: "a spokeswoman for the union", "supporters in Congress". */
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "in", "at", "from", "with", "on");
    private static final Set<String> AUX = Set.of("has", "have", "had", "is", "was", "were", "are", "will", "would",
            "did", "does", "do", "also", "later", "earlier", "previously", "repeatedly", "publicly", "again",
            "already", "still", "never", "once", "then", "now", "recently", "often");
    private static final Set<String> TIME_WORDS = Set.of("on", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "yesterday", "today",
            "tonight", "last", "this", "week", "earlier", "later", "recently");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final int MAX_SOURCE = 8;
    /** Nouns for a figure someone gives: "the ministry's figure", "the union's estimate". */
    private static final Set<String> FIGURES = Set.of("figure", "estimate", "count", "tally", "toll", "total",
            "number", "forecast", "projection", "result");
    /** Verbs by which a figure says something: it is, remains, stands at, gives, shows or puts. */
    private static final Set<String> FIGURE_VERBS = Set.of("be", "remain", "stand", "give", "show", "put");

    private ShallowReading() {}

    static Optional<Match> match(List<Token> s) {
        Optional<Match> labelled = speakerLabel(s);
        if (labelled.isPresent()) return labelled;
        Optional<Match> owned = ownedFigure(s);
        if (owned.isPresent()) return owned;
        int cues = 0;
        for (int i = 0; i < s.size(); i++) {
            if (Cues.isCueVerb(s.get(i)) || isEstimate(s, i)) cues++;
            // Two attributions in one sentence are the parser's to sort out.
            if (lower(s.get(i)).equals("according") && i + 1 < s.size() && lower(s.get(i + 1)).equals("to")) {
                return Optional.empty();
            }
        }
        if (cues == 0) return Optional.empty();
        // "X said A, and said B": two statements of one source, the parser's to part.
        if (cues > 1 && conjoinedCue(s)) return Optional.empty();
        // "..., a claim the group has denied": a second speaker on what came before, the parser's to read.
        if (cues > 1 && namesStatementSaidBySomeoneElse(s)) return Optional.empty();
        Optional<Match> m = leading(s);
        Optional<Match> closing = cues > 1 && m.isPresent() ? trailing(s) : Optional.empty();
        // "Tissue samples showed X, the agency said.": a closing speaker frames the whole sentence, the report that
        // opens it included.
        if (closing.isPresent() && closing.get().sourceFrom() > m.get().cue()) return closing;
        // Further cues inside the content of a leading "X said ..." are nested reports, read with it as content.
        if (m.isPresent() && (cues == 1 || onlyAfter(s, m.get().cue()))) return m;
        // Likewise for cues inside the content of a closing "..., X said."
        m = trailing(s);
        if (m.isPresent() && (cues == 1 || onlyBefore(s, m.get().contentTo()))) return m;
        return cues == 1 ? middle(s) : Optional.empty();
    }

    /** Whether a comma, a determiner and a statement noun come before a cue verb: "..., an account X denies". */
    private static boolean namesStatementSaidBySomeoneElse(List<Token> s) {
        for (int i = 0; i + 3 < s.size(); i++) {
            if (!s.get(i).pos().equals(",") || !s.get(i + 1).pos().equals("DT")) continue;
            int noun = i + 2;
            while (noun < s.size() && s.get(noun).pos().startsWith("JJ")) noun++;
            if (noun >= s.size() || !Cues.STATEMENT_NOUNS.contains(Cues.lemma(s.get(noun)))) continue;
            for (int k = noun + 1; k < s.size(); k++) if (Cues.isCueVerb(s.get(k))) return true;
        }
        return false;
    }

    /** Whether the one cue after the content is the matched one: the others are inside the content. */
    /**
     * "NAME: CONTENT", as transcripts and headlines attribute ("PENCE: Well, look, ...", "Poll: Voters abandon
     * ..."): a short capitalized noun phrase, a colon, and a statement. The colon is the cue.
     */
    private static Optional<Match> speakerLabel(List<Token> s) {
        int i = 0;
        if (i < s.size() && Quotes.isQuoteMark(s.get(i).word())) i++;
        int from = i;
        while (i < s.size() && s.get(i).pos().startsWith("NN") && i - from < 4) i++;
        if (i == from || i >= s.size() || !s.get(i).word().equals(":")) return Optional.empty();
        if (!Character.isUpperCase(s.get(from).word().charAt(0)) || LABELS.contains(lower(s.get(from)))) {
            return Optional.empty();
        }
        int end = lastWord(s);
        if (end - i < 3 || !hasVerb(s, i + 1, end)) return Optional.empty();
        return Optional.of(new Match(from, i - 1, i, i, i + 1, end));
    }

    /**
     * "The ministry's figure remains 14.", "The union's estimate is about 900 jobs.": a figure its owner gives. The
     * owner is the source and the figure noun the cue; what is said runs from the verb to the end.
     */
    private static Optional<Match> ownedFigure(List<Token> s) {
        int i = 0;
        while (i < s.size() && i < MAX_SOURCE && s.get(i).pos().matches("DT|JJ|NNP?S?")) i++;
        if (i == 0 || i + 2 >= s.size() || !s.get(i).pos().equals("POS")) return Optional.empty();
        int cue = i + 1;
        // "the commission's own figure", "the commission's declared result"
        while (cue < s.size() - 1 && s.get(cue).pos().matches("JJ|VBN")) cue++;
        if (!FIGURES.contains(Cues.lemma(s.get(cue)))) return Optional.empty();
        int verb = cue + 1;
        // "The commission's figures, released yesterday, give ...": past one apposition between commas.
        if (verb < s.size() && s.get(verb).pos().equals(",")) {
            int close = verb + 1;
            while (close < s.size() && close - verb <= 6 && !s.get(close).pos().equals(",")) close++;
            verb = close + 1;
        }
        if (verb >= s.size() || !s.get(verb).pos().startsWith("VB")
                || !FIGURE_VERBS.contains(Cues.lemma(s.get(verb)))) {
            return Optional.empty();
        }
        int end = lastWord(s);
        for (int k = verb + 1; k <= end; k++) {
            if (s.get(k).pos().equals("CD")) return Optional.of(new Match(0, i - 1, cue, cue, verb, end));
        }
        return Optional.empty();
    }

    private static boolean onlyBefore(List<Token> s, int contentTo) {
        int after = 0;
        for (int i = contentTo + 1; i < s.size(); i++) if (Cues.isCueVerb(s.get(i))) after++;
        return after == 1;
    }

    /** Whether a cue verb follows "and" or "but" with no subject between: "... and said ...", "but added that". */
    static boolean conjoinedCue(List<Token> s) {
        for (int i = 1; i < s.size(); i++) {
            if (!Cues.isCueVerb(s.get(i)) || !s.get(i).pos().matches("VBD|VBZ|VBP")) continue;
            int k = i - 1;
            while (k > 0 && s.get(k).pos().startsWith("RB")) k--;
            if (lower(s.get(k)).matches("and|but")) return true;
        }
        return false;
    }

    private static boolean onlyAfter(List<Token> s, int cue) {
        for (int i = 0; i < cue; i++) if (Cues.isCueVerb(s.get(i))) return false;
        return true;
    }

    /**
     * Past a wire dateline that opens a sentence ("LENBY, Merova, May 2 (Wire) - The minister said ..."): a dash after
     * an agency's name in brackets, or after a capitalized place; else {@code at} itself.
     */
    static int afterDateline(List<Token> s, int at) {
        boolean place = at < s.size() && s.get(at).word().length() > 2
                && s.get(at).word().equals(s.get(at).word().toUpperCase(Locale.ROOT))
                && Character.isLetter(s.get(at).word().charAt(0));
        for (int k = at + 1; k < s.size() - 1 && k - at < 16; k++) {
            String w = s.get(k).word();
            boolean dash = w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014");
            String before = s.get(k - 1).word();
            if (dash && (place || before.equals(")") || before.equals("-RRB-"))) return k + 1;
        }
        return at;
    }

    /** "[Opening phrase,] SOURCE[, apposition,] [aux] CUE [that] CONTENT." */
    private static Optional<Match> leading(List<Token> s) {
        int i = afterDateline(s, 0);
        if (i < s.size() && s.get(i).pos().equals("CC")) i++;
        i = afterOpeningPhrase(s, i);
        i = afterOpeningPlace(s, i);
        int sourceFrom = i;
        while (i < s.size() && isNp(s.get(i)) && i - sourceFrom < MAX_SOURCE) i++;
        // "The state's campaign chairman, Phil Lovas, said ...": one apposition between commas.
        if (i < s.size() && s.get(i).pos().equals(",") && i > sourceFrom) {
            int j = i + 1;
            while (j < s.size() && isNp(s.get(j)) && j - i <= MAX_SOURCE) j++;
            if (j > i + 1 && j < s.size() && s.get(j).pos().equals(",")) i = j + 1;
        }
        int sourceTo = i - 1;
        while (sourceTo > sourceFrom && s.get(sourceTo).pos().equals(",")) sourceTo--;
        if (sourceTo < sourceFrom || !isNominal(s.get(sourceTo))) return Optional.empty();
        int cueFrom = i;
        boolean be = false;
        while (i < s.size() && (AUX.contains(lower(s.get(i))) || s.get(i).pos().equals("RB"))) {
            be |= Cues.lemma(s.get(i)).equals("be");
            i++;
        }
        // "Ms Vell was declared the winner": the subject of a passive is what is said, not who says it.
        if (be && i < s.size() && s.get(i).pos().equals("VBN")) return Optional.empty();
        if (i < s.size() && isEstimate(s, i)) {
            // "The union puts the figure at 900": what the source puts, and where.
            return Optional.of(new Match(sourceFrom, sourceTo, cueFrom, i, i + 1, lastWord(s)));
        }
        if (i >= s.size() || !isSay(s.get(i)) && !isLeadingCue(s.get(i))) return Optional.empty();
        // "The plan announced by the ministry was ...": a participle with its agent, not the plan speaking.
        if (i + 2 < s.size() && Cues.agentFollows(s.get(i + 1), s.get(i + 2))) return Optional.empty();
        int cue = i++;
        // "pointed out", "called for", "called on": the particle is part of the cue.
        if (i < s.size() && (s.get(i).pos().equals("RP") || LEADING.contains(Cues.lemma(s.get(cue)))
                && lower(s.get(i)).matches("for|on|out"))) {
            cue = i++;
        }
        if (Cues.lemma(s.get(cue)).equals("tell") || Cues.lemma(s.get(cue)).equals("ask")) {
            // "X told reporters (that) ...": past the hearer.
            int hearer = i;
            while (i < s.size() && isNp(s.get(i)) && i - hearer < 5) i++;
            if (i == hearer) return Optional.empty();
            // "told parents to stop": an instruction to the one told, not a claim.
            if (i < s.size() && s.get(i).pos().equals("TO")) return Optional.empty();
        }
        int skip = i;
        while (skip < s.size() && skip - i < 4 && TIME_WORDS.contains(lower(s.get(skip)))) skip++;
        if (skip < s.size() && lower(s.get(skip)).equals("that")) {
            i = skip;
        } else if (Cues.CLAUSE_ONLY.contains(Cues.lemma(s.get(cue)))) {
            return Optional.empty();
        }
        int contentTo = lastWord(s);
        // "The union flatly denied that.": a content that points back at what was said before.
        int said = contentTo;
        // "TREC denies it flatly.": an adverb after the words pointing back.
        while (said > i && s.get(said).pos().startsWith("RB")) said--;
        boolean pointsBack = Cues.isAnaphoric(s, i, said);
        if (!pointsBack && (contentTo - i < 2 || !hasVerb(s, i, contentTo))) return Optional.empty();
        int[] next = nextClause(s, i, contentTo);
        if (next != null) {
            // "X said ..., and Y said ...": two attributions, the parser's to read.
            if (isSay(s.get(next[1]))) return Optional.empty();
            // "X rejects the outcome, and the petition asks ...", "X says ...; the board calls it false": what X
            // says ends at the break.
            boolean nominal = !hasFiniteVerb(s, i, next[0] - 1);
            if (nominal || s.get(next[0]).word().equals(";")) contentTo = next[0] - 1;
        }
        for (int k = i + 1; k < contentTo; k++) {
            if (circumstance(s, k) && hasVerb(s, k + 2, contentTo)) {
                contentTo = k - 1;
                break;
            }
        }
        return Optional.of(new Match(sourceFrom, sourceTo, cueFrom, cue, i, contentTo));
    }

    /**
     * "puts the figure at 900", "put the area under water at some 11,000 hectares": an estimate, the verb "put" with
     * its object and "at" a number within eight words.
     */
    private static boolean isEstimate(List<Token> s, int i) {
        if (!s.get(i).pos().startsWith("VB") || !Cues.lemma(s.get(i)).equals("put")) return false;
        for (int k = i + 2; k < s.size() && k - i <= 8; k++) {
            if (!lower(s.get(k)).equals("at")) continue;
            for (int j = k + 1; j < s.size() && j - k <= 4; j++) {
                String pos = s.get(j).pos();
                if (pos.equals("CD")) return true;
                if (!pos.matches("RB|JJ.*|DT|IN")) break;
            }
        }
        return false;
    }

    private static boolean isLeadingCue(Token t) {
        return t.pos().startsWith("VB") && !t.pos().equals("VBG") && !t.pos().equals("VBN")
                && LEADING.contains(Cues.lemma(t));
    }

    /**
     * Past an opening prepositional or adverbial phrase closed by a comma ("In one tweet Friday, ...", "On Monday,
     * ..."), when there is one; else {@code at} itself.
     */
    private static int afterOpeningPhrase(List<Token> s, int at) {
        if (at >= s.size()) return at;
        String pos = s.get(at).pos();
        if (!pos.equals("IN") && !pos.startsWith("RB")) return at;
        for (int k = at + 1; k < s.size() && k - at <= 12; k++) {
            String p = s.get(k).pos();
            if (p.equals(",")) return k + 1;
            if (p.startsWith("VB") || p.equals("MD") || Quotes.isQuoteMark(s.get(k).word())) break;
        }
        // "On Saturday the authority said ...": a time phrase with no comma after it.
        int k = at + 1;
        while (k < s.size() && (isTimeNoun(s.get(k)) || TIME_WORDS.contains(lower(s.get(k)))
                || MONTHS.contains(lower(s.get(k))) || s.get(k).pos().equals("CD"))) {
            k++;
        }
        return pos.equals("IN") && k > at + 1 && k < s.size() && s.get(k).pos().matches("DT|NNPS?") ? k : at;
    }

    /**
     * Past an opening prepositional phrase with no comma, when a noun phrase follows it ("On the quay the captain
     * said ..."): a source does not start with a preposition. Else {@code at} itself.
     */
    private static int afterOpeningPlace(List<Token> s, int at) {
        if (at >= s.size() || !s.get(at).pos().equals("IN")) return at;
        int k = at + 1;
        while (k < s.size() && s.get(k).pos().matches("DT|PRP\\$|JJ.*|CD")) k++;
        int nouns = k;
        while (k < s.size() && s.get(k).pos().startsWith("NN")) k++;
        if (k == nouns || k >= s.size()) return at;
        return s.get(k).pos().matches("DT|NNPS?|PRP\\$?") ? k : at;
    }

    /** "CONTENT, SOURCE CUE [time]." or "CONTENT, CUE SOURCE." */
    private static Optional<Match> trailing(List<Token> s) {
        int end = lastWord(s);
        for (int c = end; c > 2; c--) {
            if (!isSay(s.get(c))) continue;
            // SOURCE CUE [hearer] [time, place, "in a statement", ", adding ..."]
            int tail = c + 1;
            if (Cues.lemma(s.get(c)).equals("tell")) while (tail <= end && isNp(s.get(tail)) && tail - c <= 5) tail++;
            if (isAdverbialTail(s, tail, end)) {
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

    /** "CONTENT, SOURCE CUE, CONTENT." */
    private static Optional<Match> middle(List<Token> s) {
        int end = lastWord(s);
        for (int c = 2; c + 2 <= end; c++) {
            if (!isSay(s.get(c)) || !s.get(c + 1).pos().equals(",")) continue;
            int from = c - 1;
            while (from >= 0 && isNp(s.get(from)) && c - from <= 6) from--;
            if (from == c - 1 || from < 2 || !s.get(from).pos().equals(",") || !isNominal(s.get(c - 1))) continue;
            int restFrom = c + 2;
            if (end - restFrom < 2 || !hasVerb(s, restFrom, end)) continue;
            int sourceFrom = from + 1;
            int cue = c;
            return content(s, from).map(to -> new Match(sourceFrom, cue - 1, cue, cue, 0, to, restFrom, end));
        }
        return Optional.empty();
    }

    /**
     * Whether the words after a closing cue only say when, where or how it was said: no finite verb outside a
     * relative clause, and they open with a preposition, an adverb, a time or a comma.
     */
    private static boolean isAdverbialTail(List<Token> s, int from, int end) {
        if (from > end) return true;
        Token first = s.get(from);
        boolean opens = first.pos().equals("IN") || first.pos().startsWith("RB") || first.pos().equals(",")
                || TIME_WORDS.contains(lower(first)) || isTimeNoun(first);
        if (!opens || end - from > 20) return false;
        boolean relative = false;
        for (int k = from; k <= end; k++) {
            Token t = s.get(k);
            relative |= t.pos().startsWith("W");
            String pos = t.pos();
            if (!relative && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) {
                return false;
            }
            if (Quotes.isQuoteMark(t.word())) return false;
        }
        return true;
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
        // "The dockers’ union": a curly apostrophe after a plural is tagged as a closing quote.
        return NP_TAGS.contains(t.pos()) || NP_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT))
                || t.word().equals("\u2019") && t.pos().equals("''");
    }

    private static boolean isNominal(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
    }

    private static boolean isTimeNoun(Token t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME");
    }

    /** Conjunctions that join two main clauses: "X denied it, and Y said ...". */
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "yet");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * The first break in a content before a clause of its own, as {@code [break, verb]}: a semicolon, or a comma and
     * a conjunction, then a noun phrase that is the clause's subject (an aside between commas allowed) and a finite
     * verb ("..., and the port authority said it was over"); null if none.
     */
    static int[] nextClause(List<Token> s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            boolean semicolon = s.get(k).word().equals(";");
            boolean joined = s.get(k).word().equals(",") && k + 1 < to
                    && CLAUSE_JOINERS.contains(lower(s.get(k + 1)));
            if (!semicolon && !joined) continue;
            int j = semicolon ? k + 1 : k + 2;
            int subject = j;
            boolean nominal = false;
            while (j <= to && (isNp(s.get(j)) || s.get(j).pos().equals("PRP") || s.get(j).pos().equals("POS")
                    || s.get(j).pos().equals("IN") && !lower(s.get(j)).equals("that"))) {
                nominal |= isNominal(s.get(j));
                j++;
            }
            if (j == subject || !nominal) continue;
            // "the Front's petition, lodged on Wednesday, asks ...": past an aside between commas.
            if (j <= to && s.get(j).word().equals(",")) {
                int close = j + 1;
                while (close <= to && close - j <= 10 && !s.get(close).word().equals(",")) close++;
                if (close <= to && close - j <= 10) j = close + 1;
            }
            while (j <= to && (AUX.contains(lower(s.get(j))) || s.get(j).pos().equals("RB"))) j++;
            if (j <= to && (FINITE.contains(s.get(j).pos()) || j > subject && FINITE.contains(s.get(j - 1).pos())
                    && s.get(j).pos().startsWith("VB"))) {
                return new int[] {k, j};
            }
        }
        return null;
    }

    /**
     * Whether the comma at {@code k} opens a circumstance the report sets beside what was said, ", as" and a clause
     * ("denied that the vessel had been overloaded, as the number of confirmed dead rose to 41"); not "as soon as",
     * "as well as".
     */
    static boolean circumstance(List<Token> s, int k) {
        return s.get(k).word().equals(",") && k + 2 < s.size() && lower(s.get(k + 1)).equals("as")
                && s.get(k + 2).pos().matches("DT|PRP\\$|NNP?S?|CD");
    }

    private static boolean hasFiniteVerb(List<Token> s, int from, int to) {
        for (int i = from; i <= to; i++) if (FINITE.contains(s.get(i).pos())) return true;
        return false;
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
