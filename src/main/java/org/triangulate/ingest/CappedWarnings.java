package org.triangulate.ingest;

/**
 * The warnings about the records of one collection (a WARC file's records, a feed's items, a JSONL file's lines):
 * the first {@link #MAX} are given, then one saying that more were not, so that a broken file of a million records
 * does not bury the rest of the batch's diagnostics.
 */
final class CappedWarnings {
    static final int MAX = 20;

    private final Reading reading;
    private final String collection;
    private final String records;
    private int count;

    /**
     * @param collection the collection's source, named by the last warning
     * @param records what its records are called, plural ("items", "lines")
     */
    CappedWarnings(Reading reading, String collection, String records) {
        this.reading = reading;
        this.collection = collection;
        this.records = records;
    }

    void add(String source, String message) {
        count++;
        if (count <= MAX) {
            reading.warning(source, message);
        } else if (count == MAX + 1) {
            reading.warning(collection, "more " + records + " have problems; they are not listed");
        }
    }
}
