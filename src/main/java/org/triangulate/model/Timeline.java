package org.triangulate.model;

import java.util.List;

/**
 * The dated entries of a batch in date order, and apart from them the time expressions that could not be anchored.
 */
public record Timeline(List<TimelineEntry> dated, List<TimelineEntry> unresolved) {
    public Timeline {
        dated = List.copyOf(dated);
        unresolved = List.copyOf(unresolved);
        for (TimelineEntry e : dated) {
            if (!e.resolved()) throw new IllegalArgumentException("dated entries need a date: " + e);
        }
    }
}
