package org.triangulate.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a page whose chrome is already gone: the subtree with the most prose net of links and stray
 * short lines, then, inside it, drops link-dense blocks (related links, bylines, tag lists), lists of story cards
 * and figures with their captions.
 *
 * <p>Signals, all general. Each block's own text (what its inline descendants hold) is prose when it has
 * {@value #PROSE_CHARS} letters or more outside links, or is a finished sentence of {@value #SENTENCE_CHARS} or
 * more, links under half of it either way. Prose counts for every subtree holding it, weighed up inside
 * {@code <article>}, {@code <main>}, schema.org {@code articleBody} or a class or id word such as "story" or
 * "content", and down when it follows a linked headline (another story's excerpt); links and short lines count
 * against. The article is the subtree with the best sum; an element takes over from the best part of it only
 * when it scores a fifth more (a stray teaser beside the story must not make the whole page the article). Inside
 * it, a block goes when its sum is negative and two thirds of its text is links, or when it holds less than half
 * the article's sum and is a card list or a figure, a caption, a credit or a gallery.
 *
 * <p>The class holds no state. Cost: one iterative pass over the tree to measure, one over the article to prune;
 * linear in the tree's size whatever its depth.
 */
final class MainContent {

    /** The removal reason for text outside the article. */
    static final String OUTSIDE = "outside the article";
    /** A block needs this many letters outside links to be prose. */
    static final int PROSE_CHARS = 60;
    /** A finished sentence needs this many letters to be prose. */
    static final int SENTENCE_CHARS = 25;
    /** A short line (a label, a caption, a heading) counts this much against its subtree per letter. */
    private static final double SHORT_LINE_WEIGHT = 0.1;
    /** Prose inside an element marked as the article body counts this much more. */
    private static final double ARTICLE_BOOST = 1.5;
    /** A story's excerpt under its linked headline counts this much. */
    private static final double EXCERPT_WEIGHT = 0.25;
    /** How much more than the best part of it an element must score to be the article instead. */
    private static final double MARGIN = 0.2;
    private static final Set<String> ARTICLE_WORDS = Set.of(
            "article", "articlebody", "story", "storybody", "entry", "post", "content", "body", "text", "main",
            "prose");
    private static final Set<String> CAPTION_WORDS = Set.of("caption", "captions", "figcaption", "credit",
            "credits", "imagecaption", "photocaption", "gallery");
    private static final Set<String> ARTICLE_TAGS = Set.of("article", "main");

    /** The decision: elements whose subtree is in (the article, the headline) or out (the rest, pruned blocks). */
    record Choice(Element root, Map<Element, Boolean> decisions) {
        static Choice wholePage(Element body) {
            return new Choice(body, Map.of());
        }
    }

    /** Per element: letters of its own block text, of them in links; and the subtree's sums. */
    private static final class Stats {
        int own;
        int ownLinks;
        /** The last letter of the block's own text outside links, or 0. */
        char end;
        int text;
        int links;
        int proseBlocks;
        int linkBlocks;
        /** The best element of the subtree so far, and its score. */
        Element best;
        double bestScore;

        double score;
    }

    private MainContent() {
    }

    /**
     * The article in {@code body}. {@code headline} (may be null) is kept wherever it is; with no prose at all the
     * whole page stays.
     */
    static Choice choose(Element body, Element headline) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        Element root = measure(body, stats);
        if (root == null) return Choice.wholePage(body);
        Map<Element, Boolean> decisions = new IdentityHashMap<>();
        if (root != body) decisions.put(body, false);
        decisions.put(root, true);
        prune(root, stats, decisions);
        if (headline != null && !isAncestor(root, headline)) decisions.put(headline, true);
        return new Choice(root, decisions);
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) return true;
        }
        return false;
    }

    /** Inside the article: related links, tag lists, bylines, card lists, figures and captions. */
    private static void prune(Element root, Map<Element, Stats> stats, Map<Element, Boolean> decisions) {
        Deque<Element> todo = new ArrayDeque<>(root.children());
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            Stats s = stats.get(e);
            if (s == null || s.text == 0) continue;
            boolean minor = s.score * 2 < stats.get(root).score;
            if (s.score < 0 && s.links * 3 > s.text * 2 || minor && (isCardList(s) || isCaption(e))) {
                decisions.put(e, false);
            } else {
                List<Element> children = e.children();
                for (int i = children.size() - 1; i >= 0; i--) todo.push(children.get(i));
            }
        }
    }

    /** A figure or its caption: the photo's words, not the article's. */
    private static boolean isCaption(Element e) {
        String name = e.normalName();
        return name.equals("figure") || name.equals("figcaption") || HtmlText.hasWord(e, CAPTION_WORDS);
    }

    /**
     * A list of cards: three or more linked headlines, each with at most one excerpt (other stories), links a
     * quarter of the text or more.
     */
    private static boolean isCardList(Stats s) {
        return s.linkBlocks >= 3 && s.links * 4 >= s.text && s.linkBlocks >= s.proseBlocks;
    }

    /**
     * Fills {@code out} with every element's stats in one iterative pass, and returns the element with the best
     * positive score (children are done before their parents, so the deeper wins a tie), or null.
     */
    private static Element measure(Element body, Map<Element, Stats> out) {
        Deque<Element> blocks = new ArrayDeque<>();
        Element[] best = {null};
        int[] linkDepth = {0};
        boolean[] afterLinkLine = {false};
        double[] boost = new double[1];
        Deque<Double> boosts = new ArrayDeque<>();
        boost[0] = 1;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int letters = letters(t.getWholeText());
                    if (letters == 0 || blocks.isEmpty()) return;
                    Stats b = out.get(blocks.peek());
                    b.own += letters;
                    if (linkDepth[0] > 0) {
                        b.ownLinks += letters;
                    } else {
                        char last = lastLetter(t.getWholeText());
                        if (last != 0) b.end = last;
                    }
                } else if (node instanceof Element e) {
                    out.put(e, new Stats());
                    if (HtmlText.isBlock(e) || e == body) blocks.push(e);
                    if (e.normalName().equals("a")) linkDepth[0]++;
                    boosts.push(boost[0]);
                    if (isArticleMarked(e)) boost[0] = ARTICLE_BOOST;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                Stats s = out.get(e);
                if (blocks.peek() == e) {
                    blocks.pop();
                    s.text += s.own;
                    s.links += s.ownLinks;
                    boolean prose = isProse(s);
                    // Prose right after a linked headline is that story's excerpt: a card, not the article.
                    double weight = !prose ? 1 : afterLinkLine[0] ? EXCERPT_WEIGHT : boost[0];
                    s.score += blockScore(s) * weight;
                    if (prose) s.proseBlocks++;
                    else if (s.ownLinks > 0 && s.ownLinks * 2 >= s.own) s.linkBlocks++;
                    if (s.own > 0) afterLinkLine[0] = !prose && s.ownLinks * 2 >= s.own;
                }
                if (e.normalName().equals("a")) linkDepth[0]--;
                boost[0] = boosts.pop();

                // An element takes over from the best part of it only when it adds a margin: a stray teaser or
                // caption beside the article must not make the whole page the article.
                if (s.score > 0 && s.score > s.bestScore * (1 + MARGIN)) {
                    s.best = e;
                    s.bestScore = s.score;
                }
                if (e == body) best[0] = s.best;
                Element parent = e.parent();
                Stats p = parent == null ? null : out.get(parent);
                if (p != null && e != body) {
                    if (s.bestScore > p.bestScore) {
                        p.best = s.best;
                        p.bestScore = s.bestScore;
                    }
                    p.text += s.text;
                    p.links += s.links;
                    p.score += s.score;
                    p.proseBlocks += s.proseBlocks;
                    p.linkBlocks += s.linkBlocks;
                }
            }
        }, body);
        return best[0];
    }

    /** What a block's own text says for the subtree holding it: prose for, links and short lines against. */
    private static double blockScore(Stats block) {
        if (isProse(block)) return block.own - 2 * block.ownLinks;
        return -block.ownLinks - SHORT_LINE_WEIGHT * (block.own - block.ownLinks);
    }

    /**
     * Prose: {@value #PROSE_CHARS} letters or more outside links, or a finished sentence of
     * {@value #SENTENCE_CHARS} or more; links under half the text either way.
     */
    private static boolean isProse(Stats block) {
        int plain = block.own - block.ownLinks;
        if (block.ownLinks * 2 >= block.own) return false;
        return plain >= PROSE_CHARS || plain >= SENTENCE_CHARS && ".!?\u201d\"".indexOf(block.end) >= 0;
    }

    private static char lastLetter(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!LineClassifier.isSpace(s.charAt(i))) return s.charAt(i);
        }
        return 0;
    }

    private static boolean isArticleMarked(Element e) {
        if (ARTICLE_TAGS.contains(e.normalName())) return true;
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody")) return true;
        return HtmlText.hasWord(e, ARTICLE_WORDS);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!LineClassifier.isSpace(s.charAt(i))) n++;
        }
        return n;
    }
}
