/**
 * Web: the dossier as a local web app ({@code triangulate serve}).
 *
 * <p>In: a {@link org.triangulate.model.Dossier}, built before the app starts and never changed. Out: HTML pages
 * rendered by {@link org.triangulate.report.SitePages} (overview, claims table, claim, coverage, timeline,
 * entities, documents), their stylesheet and script as files, and a JSON API under {@code /api} from
 * {@link org.triangulate.report.DossierApi}. Every response carries a strict Content-Security-Policy (scripts and
 * styles from the app only, nothing else loaded); article text is escaped by the report stage. The app binds to
 * 127.0.0.1 unless told otherwise. Each page is rendered on request; its rendering time goes out in a
 * {@code Server-Timing} header, which {@code bench web} reads. Javalin and Jetty types stay inside this package.
 */
package org.triangulate.web;
