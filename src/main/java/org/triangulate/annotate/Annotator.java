package org.triangulate.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Token;
import java.util.function.Predicate;

/**
 * Runs CoreNLP over articles and converts its output to records.
 *
 * <p>Threading: one instance is shared by all threads; {@link #annotate(Article)} may be called concurrently.
 * Cost: the constructor loads the models (seconds, about 1 GB of heap); annotating runs at a few thousand tokens per
 * second per core.
 */
public final class Annotator {
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;
    private final TimeAnnotator sutime;
    private final Parser parser = new Parser();

    /** Loads the models. Costly: build one per process and share it. */
    public Annotator() {
        parser.preload();
        this.pipeline = new StanfordCoreNLP(properties(), true);
        this.sutime = new TimeAnnotator("sutime", new Properties(), true);
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // SUTime takes three quarters of NER's time when it reads every sentence; it runs apart, on the sentences
        // that may hold a time expression (see TimeCandidates).
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        return p;
    }

    /** Annotates one article, parsing none of its sentences. Thread-safe. */
    public AnnotatedDocument annotate(Article article) {
        return annotate(article, tokens -> false);
    }

    /**
     * Annotates one article, and gives a dependency parse to the sentences {@code parseWhen} accepts (the parser
     * loads on first use, about a second). Thread-safe.
     */
    public AnnotatedDocument annotate(Article article, Predicate<List<Token>> parseWhen) {
        Annotation annotation = new Annotation(article.annotationText());
        // Without a publication date, relative dates stay relative (XXXX-WXX-6) rather than anchor on today.
        String published = article.document().metadata().publishedDate().map(Object::toString).orElse(null);
        if (published != null) annotation.set(CoreAnnotations.DocDateAnnotation.class, published);
        pipeline.annotate(annotation);
        List<CoreMap> times = new ArrayList<>();
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (TimeCandidates.mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
                times.addAll(sutime.annotateSingleSentence(sentence, published, index));
            }
        }
        return Conversion.toRecord(article, annotation, times, parseWhen, parser);
    }

    /** Annotates articles on up to {@code threads} threads, parsing no sentence; the result keeps their order. */
    public List<AnnotatedDocument> annotateAll(List<Article> articles, int threads) {
        return annotateAll(articles, threads, tokens -> false);
    }

    /** Annotates articles on up to {@code threads} threads; the result keeps their order. */
    public List<AnnotatedDocument> annotateAll(List<Article> articles, int threads, Predicate<List<Token>> parseWhen) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (threads == 1 || articles.size() < 2) {
            return articles.stream().map(a -> annotate(a, parseWhen)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, articles.size()), r -> {
            Thread t = new Thread(r, "annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AnnotatedDocument>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> annotate(a, parseWhen)));
            }
            List<AnnotatedDocument> out = new ArrayList<>(articles.size());
            for (Future<AnnotatedDocument> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
