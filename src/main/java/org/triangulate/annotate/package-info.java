/**
 * Annotate: sentences, tokens, named entities, time expressions and numbers, by Stanford CoreNLP.
 *
 * <p>In: {@link org.triangulate.model.Article}s. Out: {@link org.triangulate.model.AnnotatedDocument}s whose spans
 * index each document's original text. CoreNLP reads {@link org.triangulate.model.Article#annotationText()}, the
 * original text with page furniture blanked to spaces, so its character offsets are already original offsets.
 *
 * <p>The pipeline is {@code tokenize, ssplit, pos, lemma, ner}, with one CRF model (CoNLL 4-class: person,
 * organization, location, misc), SUTime for dates anchored on each document's publication date, and CoreNLP's
 * numeric classifiers for numbers. A line break always ends a sentence: extraction has already joined hard-wrapped
 * lines. CoreNLP types never leave this package.
 *
 * <p>Cost: building an {@link org.triangulate.annotate.Annotator} loads the models (several seconds, about 1 GB of
 * heap); build one per process and share it. Annotating is thread-safe.
 */
package org.triangulate.annotate;
