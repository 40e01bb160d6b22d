package org.triangulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.triangulate.annotate.Annotator;
import org.triangulate.attribute.Attributor;
import org.triangulate.model.Attribution;
import org.triangulate.model.Entity;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Dossier;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.reconcile.Embedder;
import org.triangulate.reconcile.Reconciler;
import org.triangulate.reconcile.StanceClassifier;
import org.triangulate.resolve.EntityResolver;
import org.triangulate.timeline.TimelineBuilder;

/**
 * The pipeline, from the user's paths to a dossier: ingest, extract, annotate, resolve, attribute, timeline.
 *
 * <p>The annotator is the costly part (seconds to load, about 1 GB of heap); it is asked for only when there is
 * something to annotate, and may be shared between instances. Threading: {@link #report} may be called from several
 * threads at once.
 */
public final class Triangulate {
    private final Settings settings;
    private final Supplier<Annotator> annotator;
    private final Extractor extractor = new Extractor();
    private final EntityResolver resolver;
    private final Reconciler reconciler;
    private final Attributor attributor = new Attributor();
    private final TimelineBuilder timeline = new TimelineBuilder();

    /**
     * @param settings how to read and annotate
     * @param annotator gives the shared annotator; called only once there is a document to annotate
     */
    public Triangulate(Settings settings, Supplier<Annotator> annotator) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.resolver = new EntityResolver(settings.aliases());
        this.reconciler = new Reconciler(Embedder.shared(), settings.aliases(), Reconciler.DEFAULT_THRESHOLD,
                StanceClassifier::shared);
    }

    /** Reads the paths (files or folders) and builds their dossier. Bad input becomes diagnostics, never an exception. */
    public Dossier report(List<Path> paths) {
        return report(extract(paths));
    }

    /** Reads the sources (paths or URLs, as the user gave them) and builds their dossier. */
    public Dossier reportSources(List<String> sources) {
        return report(extractSources(sources));
    }

    /** The first stages alone: the articles read from the paths, and what went wrong reading them. Cheap. */
    public Extracted extract(List<Path> paths) {
        if (paths == null) throw new IllegalArgumentException("paths must not be null");
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) == null) throw new IllegalArgumentException("paths[" + i + "] must not be null");
            sources.add(paths.get(i).toString());
        }
        return extractSources(sources);
    }

    /** The first stages alone, on sources (paths or URLs): the articles, and what went wrong reading them. */
    public Extracted extractSources(List<String> sources) {
        List<Article> articles = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        extractEach(sources, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                diagnostics.add(diagnostic);
            }
        });
        return new Extracted(articles, diagnostics);
    }

    /**
     * The first stages, streamed: each article is handed to {@code sink} as soon as it is extracted, in the order its
     * documents were read, on the calling thread, and not kept. Extraction runs on {@link Settings#threads} threads
     * while ingest reads ahead at most twice that many documents, so a WARC file of any size is read in the memory
     * of a few pages.
     */
    public void extractEach(List<String> sources, ArticleSink sink) {
        Objects.requireNonNull(sink, "sink");
        int threads = settings.threads();
        java.util.concurrent.ExecutorService pool = threads == 1 ? null
                : java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "extract");
                    t.setDaemon(true);
                    return t;
                });
        java.util.ArrayDeque<java.util.concurrent.Future<Runnable>> pending = new java.util.ArrayDeque<>();
        try {
            new Ingestor(settings.ingest()).stream(sources, new Ingestor.Sink() {
                @Override
                public void document(SourceDocument doc, Metadata fallback) {
                    java.util.concurrent.Callable<Runnable> task = () -> {
                        Article article = withFallback(extractor.extract(doc), fallback);
                        return () -> {
                            if (article.body().isEmpty()) {
                                sink.diagnostic(Diagnostic.warning(doc.source(),
                                        "no article text left after removing page furniture"));
                            }
                            sink.article(article);
                        };
                    };
                    pending.add(pool == null ? done(call(task)) : pool.submit(task));
                    while (pending.size() > 2 * threads || !pending.isEmpty() && pending.peek().isDone()) {
                        deliver(pending.poll());
                    }
                }

                @Override
                public void diagnostic(Diagnostic diagnostic) {
                    pending.add(done(() -> sink.diagnostic(diagnostic)));
                }
            });
            while (!pending.isEmpty()) deliver(pending.poll());
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    private static java.util.concurrent.Future<Runnable> done(Runnable r) {
        return java.util.concurrent.CompletableFuture.completedFuture(r);
    }

    private static Runnable call(java.util.concurrent.Callable<Runnable> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for an extraction and hands on its result; an extractor's failure is rethrown as it was. */
    private static void deliver(java.util.concurrent.Future<Runnable> f) {
        try {
            f.get().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Where {@link #extractEach} puts what it reads. */
    public interface ArticleSink {
        void article(Article article);

        void diagnostic(Diagnostic diagnostic);
    }

    /** The article, with what its container said (a crawl date, a URL) where neither the source nor the page did. */
    private static Article withFallback(Article article, Metadata fallback) {
        if (fallback.equals(Metadata.EMPTY)) return article;
        SourceDocument doc = article.document();
        return new Article(doc.withMetadata(doc.metadata().orElse(fallback)), article.title(), article.outlet(),
                article.body(), article.furniture(), article.softBreaks());
    }

    /** The later stages: annotates the articles and builds the dossier. */
    public Dossier report(Extracted extracted) {
        Attributed a = attribute(extracted);
        return new Dossier(a.documents(), a.entities(), reconciler.reconcile(a.documents(), a.entities(),
                a.attributions()), timeline.build(a.documents()), extracted.diagnostics());
    }

    /** The stages up to attribution: annotated documents, their entities, and each one's attributions. */
    public Attributed attribute(Extracted extracted) {
        List<AnnotatedDocument> annotated = extracted.articles().isEmpty()
                ? List.of()
                : annotator.get().annotateAll(extracted.articles(), settings.threads(), Attributor::mayReportSpeech);
        List<Entity> entities = resolver.resolve(annotated);
        List<List<Attribution>> attributions = annotated.stream().map(d -> attributor.attribute(d, entities)).toList();
        return new Attributed(annotated, entities, attributions);
    }

    /** What {@link #attribute} gives: the attributions of each document, in the documents' order. */
    public record Attributed(List<AnnotatedDocument> documents, List<Entity> entities,
            List<List<Attribution>> attributions) {
        public Attributed {
            documents = List.copyOf(documents);
            entities = List.copyOf(entities);
            attributions = List.copyOf(attributions);
        }
    }

    /**
     * The stages up to entity resolution: a dossier whose entities are resolved, without claims or timeline. No
     * sentence is parsed.
     */
    public Dossier entities(Extracted extracted) {
        List<AnnotatedDocument> annotated = extracted.articles().isEmpty()
                ? List.of()
                : annotator.get().annotateAll(extracted.articles(), settings.threads(), tokens -> false);
        return new Dossier(annotated, resolver.resolve(annotated), List.of(),
                new org.triangulate.model.Timeline(List.of(), List.of()), extracted.diagnostics());
    }

    /** Articles with page furniture removed, and the diagnostics met on the way. */
    public record Extracted(List<Article> articles, List<Diagnostic> diagnostics) {
        public Extracted {
            articles = List.copyOf(articles);
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
