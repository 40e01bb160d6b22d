package org.triangulate.reconcile;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Tribuo logs every training step at INFO through java.util.logging; the command line wants its output clean. */
final class TribuoLogging {
    // Held: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private TribuoLogging() {}

    static void quiet() {
        TRIBUO.setLevel(Level.WARNING);
    }
}
