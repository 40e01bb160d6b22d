/**
 * Timeline: the dates the reports give, each with the sentence that gives it.
 *
 * <p>In: {@link org.triangulate.model.AnnotatedDocument}s, whose time expressions were normalized against each
 * document's publication date. Out: a {@link org.triangulate.model.Timeline} of entries at day, month or year
 * precision, and apart from it the expressions that could not be anchored ("on Saturday" in a report with no known
 * publication date). Today's date is never used.
 *
 * <p>Rules: durations and repeating times ("three months", "every week") are not dates; vague references
 * ("previously", "now") are left out. A bare weekday is read in the direction of its sentence's tense: "said on
 * Friday" is the last Friday on or before publication, "will meet on Friday" the next one.
 */
package org.triangulate.timeline;
