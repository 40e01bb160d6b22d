package org.triangulate.model;

/** The kinds of named entity Triangulate tracks. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    /** The type for a CoreNLP-style tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}), or null. */
    public static EntityType fromTag(String tag) {
        if (tag == null) return null;
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> LOCATION;
            case "MISC", "NATIONALITY" -> MISC;
            default -> null;
        };
    }
}
