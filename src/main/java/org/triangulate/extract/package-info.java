/**
 * Extract: takes a report's page furniture out and keeps the article.
 *
 * <p>In: a {@link org.triangulate.model.SourceDocument} as read (format TEXT, MARKDOWN or HTML). Out: an
 * {@link org.triangulate.model.Article} whose {@code body} spans (ordered, disjoint, usually one per paragraph)
 * index the document's text; {@code furniture} lists every removed span with its reason, whole lines and inline
 * cuts alike; {@code softBreaks} are the line breaks inside hard-wrapped paragraphs. {@code cleanedText()} leaves
 * the furniture out, {@code annotationText()} blanks it to spaces so offsets stay exact. Entry point:
 * {@link org.triangulate.extract.Extractor}, immutable and thread-safe.
 *
 * <h2>Formats</h2>
 * <ul>
 *   <li><b>HTML</b> is parsed by jsoup with source positions. Scripts, styles, {@code nav}, {@code aside},
 *   {@code footer}, forms, the site's {@code header} (not an article's own), hidden elements (also by inline style)
 *   and elements whose role, class or id word names navigation, share tools, related lists, cookie banners, adverts
 *   or sidebars are dropped, unless they hold the headline, the {@code main}/{@code article} element, half the
 *   page's text or two fifths of its prose paragraphs; readers' comments go whatever their size. Then
 *   {@code MainContent} picks the article: the subtree with the most prose net of links and stray short lines
 *   (prose weighed up inside {@code <article>}, {@code <main>}, schema.org {@code articleBody} or a class word such
 *   as "story", down when it is another story's excerpt under a linked headline), and inside it drops link-dense
 *   blocks, card lists, figures and captions. The rest of the page is rendered one block a line; the article is
 *   built on a new document with that text (same id and source), where what lies outside the article (the headline
 *   aside) is furniture with reason "outside the article". {@code Article.sourceMap()} maps every span of that text
 *   back to the markup. The document's metadata is the given one with missing fields from the page, each with its
 *   source (see {@code PageMetadata}): title, outlet (the host last), authors, published and modified dates, URL,
 *   canonical URL and language. Then the plain-text rules run, except the trailing run of short lines, which the
 *   page's structure has already judged. Every pass over the tree is iterative and linear.</li>
 *   <li><b>Markdown</b>: heading hashes, setext underlines and rules, quote marks, list bullets, emphasis markers,
 *   link and image syntax ({@code [text](url)} keeps {@code text}), code fences and backticks, reference
 *   definitions, inline tags and escapes become inline removals with reason "markdown markup"; the plain-text rules
 *   then read the text with them blanked.</li>
 *   <li><b>Text</b>: the plain-text rules below.</li>
 * </ul>
 *
 * <h2>Plain-text rules</h2>
 * Paragraphs are lines; in hard-wrapped text (the widest line 50 to 100 columns, lines ending where the next word
 * would not fit, most of them inside a sentence) the lines of a block are one paragraph and the breaks between them
 * soft, except before a list item, a furniture line, or a headline after a finished sentence. Each paragraph is
 * judged alone against the lexicon in {@code Furniture}, then by its place on the page:
 * <ul>
 *   <li><i>navigation</i>: "Skip to content", "Menu", "Sign in"...; a menu line of three or more short capitalized
 *   items split by {@code | • › /} or wide gaps; a line made only of section names ("Home News World").</li>
 *   <li><i>section label</i>: above the headline, short lines (kicker, section name); a line equal to an item of
 *   the menu above the article.</li>
 *   <li><i>related headlines</i>: "Related Stories", "Read also:", "See also", "Latest", "Most read",
 *   "Trending", "More from The Courier", "No stories found.", "Read more: Some Headline"; below the first article
 *   paragraph, the short lines after such a heading (a headline may end in a question mark); after the last
 *   article paragraph, the trailing run of short lines (headlines, in title or sentence case, with no closing
 *   punctuation).</li>
 *   <li><i>share bar</i>: "Share", "Copy link", lines made only of share words ("Facebook Twitter WhatsApp
 *   Email"), "Follow us on ...", an audio player's "Listen to this story · 5 min".</li>
 *   <li><i>advertisement</i>, <i>cookie banner</i>, <i>newsletter prompt</i>: "Advertisement", "Story continues
 *   below advertisement", "We use cookies...", "Sign up for our newsletter".</li>
 *   <li><i>photo credit</i>: "Photo: ...", "Image credit ...", "Courtesy of ...", a caption ending in a credit
 *   ("... Photo: Jane Roe", "... Chart: Agency Data", "... / Getty Images", "(AFP)", "... / Jane Roe", "... on Monday.
 *   Agency/Jane Roe"); a caption printed a second time, next
 *   to the first, with a credit appended (a name, "Photo: ...", "(Agency/Name)"). A bare "(Agency)" closing a
 *   paragraph of article text is cut inline and the sentence kept. <i>photo caption</i>: that caption's bare
 *   lines, and a short non-sentence line printed three times or more.</li>
 *   <li><i>repeated headline</i>: a kept short line of two words or more equal (case, quotes, spaces aside) to an
 *   earlier kept line; <i>repeated paragraph</i>: the same for a sentence of six words or more (a pull quote).
 *   Shorter sentences may repeat on purpose and stay. The headline itself is the line the metadata names as title,
 *   else the first short line above the article text that the page repeats, else the first short line of three
 *   words or more above it; it stays as the first body paragraph and becomes {@code Article.title} unless the
 *   metadata names one.</li>
 *   <li><i>site footer</i> and <i>site name</i>: a line that is only a host name ("example.com"), the line naming
 *   the site just above it (its letters match a label of the host), "© 2025 ...", "All rights reserved",
 *   "Privacy policy"...; lines equal to the outlet's name. The footer's name (else the copyright holder, else the
 *   host) is {@code Article.outlet}; for HTML the page's own metadata comes first. Without either it is null and
 *   the caller falls back on the manifest.</li>
 *   <li><i>update note</i>: "(Updated on 26 April 10:50 a.m.)", "[Updated: 3 hours ago]" at the start or end of a
 *   line, cut inline; "Updated: 26 April 2025" on its own line.</li>
 *   <li><i>byline</i> and <i>publication date</i>: "By Jane Roe, Health Editor", "(Reporting by ...; Editing by
 *   ...)", a line that is only a date and time. The first date such a line gives becomes the document's
 *   publication date when its metadata has none.</li>
 * </ul>
 * Article text is kept whatever its shape: any sentence, sub-headings between paragraphs, datelines ("CITY – ..."),
 * standfirsts, numbered lists of sentences. "Article text for sure" means a sentence of four words or more, or a
 * paragraph of 25 words or more.
 */
package org.triangulate.extract;
