/**
 * Report: the dossier written for people (text, Markdown, HTML) and for programs (JSON).
 *
 * <p>In: a {@link org.triangulate.model.Dossier}. Out: characters on a {@link java.io.Writer}. The JSON follows the
 * dossier contract: documents with their cleaned text, entities with every mention, claims, the timeline, each cited
 * span with {@code doc}, {@code start}, {@code end} (offsets into the original text, end exclusive) and the
 * {@code text} they pick out; for HTML, the span of the markup and the rendered text, with the offsets into the
 * rendered text as {@code renderedStart}, {@code renderedEnd} (see {@code JsonSpans}). The HTML views (story, claims,
 * claim, document, entity, timeline, coverage) are written either as one self-contained file
 * ({@code ReportFormat.HTML}) or page by page for the web app
 * ({@link org.triangulate.report.SitePages}, {@link org.triangulate.report.DossierApi}); all report text in them
 * goes through one escaping function ({@code Html.esc}). Nothing here reads files or changes the dossier.
 */
package org.triangulate.report;
