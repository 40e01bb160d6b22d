package org.triangulate.model;

/** How a claimant stands toward what it says: asserts it, denies it, or asserts it with a hedge. */
public enum Stance {
    ASSERTS, DENIES, HEDGES;

    public String label() {
        return switch (this) {
            case ASSERTS -> "asserts";
            case DENIES -> "denies";
            case HEDGES -> "hedges";
        };
    }
}
