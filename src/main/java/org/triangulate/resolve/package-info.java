/**
 * Resolve: which mentions, within and across reports, name the same entity.
 *
 * <p>In: {@link org.triangulate.model.AnnotatedDocument}s. Out: {@link org.triangulate.model.Entity}s, each with
 * every mention. Mentions join when their names match after normalization (case, typographic apostrophes, a leading
 * "the", a possessive "'s"), and a lone surname joins the one full name in the batch that ends with it ("Lindqvist"
 * joins "Anna Lindqvist" unless two people share the surname). Pronouns are not entities.
 */
package org.triangulate.resolve;
