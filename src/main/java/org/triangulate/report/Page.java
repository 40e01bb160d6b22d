package org.triangulate.report;

/**
 * One page of the dossier's HTML: its title and its body, escaped markup ready to be placed in a layout.
 *
 * @param title plain text (the layout escapes it)
 * @param body HTML
 */
record Page(String title, String body) {}
