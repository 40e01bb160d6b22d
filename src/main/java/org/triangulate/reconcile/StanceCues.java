package org.triangulate.reconcile;

import java.util.Set;

/**
 * Words that tell how a text stands toward what it reports, as {@link Terms} writes them: words that refute,
 * hedge, report someone else's word, confirm, or negate. Counted by the stance features.
 */
enum StanceCues {
    REFUTE(Set.of("fake", "fraud", "hoax", "false", "deny", "denie", "denied", "denial", "refute", "refuted",
            "nope", "doubt", "bogus", "debunk", "debunked", "prank", "retract", "retracted", "untrue", "fabricated",
            "baseless", "incorrect", "misleading", "dismissed", "dismisse", "reject", "rejected", "satire",
            "satirical", "spoof", "myth", "wrong", "lie", "lying", "scam", "photoshopped", "doctored", "parody",
            "insist", "insisted", "contrary", "despite", "erroneous", "unfounded", "rubbish", "nonsense")),
    HEDGE(Set.of("reportedly", "allegedly", "alleged", "apparently", "purportedly", "supposedly", "rumor",
            "rumour", "rumored", "rumoured", "unconfirmed", "unverified", "claim", "claimed", "may", "might", "could",
            "possibly", "perhaps", "suggest", "suggested", "appear", "appeared", "seem", "seemed", "believed",
            "speculation", "speculate", "unclear", "whether", "likely", "if", "purported", "potential", "probably")),
    REPORT(Set.of("said", "say", "according", "report", "reported", "told", "tell", "stated", "state",
            "announced", "wrote", "tweeted", "posted", "added", "explained", "quoted", "source")),
    CONFIRM(Set.of("confirmed", "confirm", "official", "officially", "verified", "indeed", "true", "proof",
            "proved", "proven", "evidence", "revealed", "show", "showed", "shown", "footage", "photo", "video",
            "actually", "real", "genuine", "authentic")),
    NEGATE(Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
            "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "can't", "couldn't",
            "hasn't", "haven't", "hadn't", "shouldn't", "wouldn't"));

    private final Set<String> words;

    StanceCues(Set<String> words) {
        this.words = words;
    }

    boolean contains(String term) {
        return words.contains(term);
    }

    /** How many of the terms are cues of this kind. */
    int count(Iterable<String> terms) {
        int n = 0;
        for (String t : terms) if (words.contains(t)) n++;
        return n;
    }

    /** The cue words, for features that name each one. */
    Set<String> words() {
        return words;
    }
}
