package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import org.triangulate.model.Dossier;

/** The formats a dossier is written in. */
public enum ReportFormat {
    TEXT, MARKDOWN, JSON,
    /** One self-contained page: all the views of the dossier, with no network access when opened. */
    HTML;

    /** Writes {@code dossier} in this format. Does not close {@code out}. */
    public void write(Dossier dossier, Writer out) throws IOException {
        switch (this) {
            case JSON -> new JsonReport().write(dossier, out);
            case TEXT -> new TextReport(false).write(dossier, out);
            case MARKDOWN -> new TextReport(true).write(dossier, out);
            case HTML -> new HtmlReport().write(dossier, out);
        }
        out.flush();
    }

    /** Writes only the dossier's entities: each with its type, mentions, other names and why they were joined. */
    public void writeEntities(Dossier dossier, Writer out) throws IOException {
        switch (this) {
            case JSON -> new JsonReport().writeEntities(dossier, out);
            case TEXT -> new TextReport(false).writeEntities(dossier, out);
            case MARKDOWN -> new TextReport(true).writeEntities(dossier, out);
            case HTML -> throw new IllegalArgumentException("format: entities are written as text, markdown or json");
        }
        out.flush();
    }
}
