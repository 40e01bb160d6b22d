package org.triangulate.model;

import java.util.Objects;

/**
 * Who asserts a claim: a person or organization resolved to an entity, a named group ("Western officials"), or the
 * outlet itself when the sentence is unattributed.
 *
 * @param id the entity's id ({@code e4}), a group's id ({@code g2}), or null for the outlet's own voice
 * @param name the name to show: the entity's canonical name, the group as written, the outlet's name
 * @param kind what sort of claimant it is
 */
public record Claimant(String id, String name, Kind kind) {
    public enum Kind { ENTITY, GROUP, OUTLET }

    public Claimant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static Claimant outlet(String outletName) {
        return new Claimant(null, outletName == null ? "" : outletName, Kind.OUTLET);
    }
}
