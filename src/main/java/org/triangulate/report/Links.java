package org.triangulate.report;

/**
 * Where each page is: paths of the local web app, or fragments of the single-file report. Ids come back made safe
 * by {@link Html#idPart}; callers still escape the whole link when they write it into an attribute.
 */
interface Links {
    String overview();

    String claims();

    /** The claims table, filtered to one status. */
    String claims(String status);

    String claim(String id);

    String coverage();

    String entities();

    String entity(String id);

    String timeline();

    String documents();

    String document(String id);

    /** A piece of evidence in its document, scrolled to and highlighted; {@code key} as {@link DossierIndex.Piece#key}. */
    String evidence(String docId, String key);

    /** The web app's paths; {@code org.triangulate.web} serves these routes. */
    Links APP = new Links() {
        public String overview() { return "/"; }
        public String claims() { return "/claims"; }
        public String claims(String status) { return "/claims?status=" + Html.idPart(status); }
        public String claim(String id) { return "/claims/" + Html.idPart(id); }
        public String coverage() { return "/coverage"; }
        public String entities() { return "/entities"; }
        public String entity(String id) { return "/entities/" + Html.idPart(id); }
        public String timeline() { return "/timeline"; }
        public String documents() { return "/documents"; }
        public String document(String id) { return "/documents/" + Html.idPart(id); }
        public String evidence(String docId, String key) { return document(docId) + "#ev-" + Html.idPart(key); }
    };

    /** Fragments of the single file: each page is a section with this id. */
    Links FILE = new Links() {
        public String overview() { return "#overview"; }
        public String claims() { return "#claims"; }
        public String claims(String status) { return "#claims"; } // the page's script sets the filter on click
        public String claim(String id) { return "#claim-" + Html.idPart(id); }
        public String coverage() { return "#coverage"; }
        public String entities() { return "#entities"; }
        public String entity(String id) { return "#entity-" + Html.idPart(id); }
        public String timeline() { return "#timeline"; }
        public String documents() { return "#documents"; }
        public String document(String id) { return "#doc-" + Html.idPart(id); }
        public String evidence(String docId, String key) { return "#ev-" + Html.idPart(key); }
    };
}
