package org.triangulate.cli;

import org.triangulate.annotate.Annotator;

/** The one annotator of this process, loaded on first use; the models take seconds and a gigabyte to load. */
public final class SharedAnnotator {
    private SharedAnnotator() {}

    private static final class Holder {
        static final Annotator INSTANCE = new Annotator();
    }

    public static Annotator get() {
        return Holder.INSTANCE;
    }
}
