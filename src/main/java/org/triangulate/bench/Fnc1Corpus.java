package org.triangulate.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.triangulate.reconcile.StanceLabel;

/**
 * An FNC-1 folder as the challenge ships it: one {@code *bodies.csv} ({@code Body ID,articleBody}) and one
 * {@code *stances.csv} ({@code Headline,Body ID[,Stance]}); the gold {@code Stance} column may be missing, as in an
 * unlabelled test file. Fields are RFC 4180 CSV: quoted, with commas, doubled quotes and line breaks inside.
 *
 * <p>Strict: a missing column, a body id that is not a number, a stance naming an unknown body, or a label outside
 * the four throws {@link IllegalArgumentException} naming the file and the row (the records after the header,
 * counted from 1). Threading: immutable.
 *
 * @param bodies the article bodies by id
 * @param pairs the (headline, body) pairs in file order
 */
public record Fnc1Corpus(Map<Integer, String> bodies, List<Pair> pairs) {
    private static final CsvMapper CSV = new CsvMapper();

    public Fnc1Corpus {
        bodies = Map.copyOf(bodies);
        pairs = List.copyOf(pairs);
    }

    /** One row of the stances file; {@code gold} is empty where the file has no Stance column. */
    public record Pair(String headline, int bodyId, Optional<StanceLabel> gold) {
        public Pair {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(gold, "gold");
        }
    }

    /** Whether every pair has a gold label (an empty corpus has none). */
    public boolean labelled() {
        return !pairs.isEmpty() && pairs.stream().allMatch(p -> p.gold().isPresent());
    }

    public String body(Pair pair) {
        return bodies.get(pair.bodyId());
    }

    /**
     * Reads the folder's one {@code *bodies.csv} and one {@code *stances.csv}.
     *
     * @throws IllegalArgumentException if the folder is missing, lacks either file or holds several of one, or a
     *     file is malformed; the message says which
     * @throws IOException if a file cannot be read
     */
    public static Fnc1Corpus open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " is not a folder");
        Path bodies = only(dir, "bodies.csv");
        Path stances = only(dir, "stances.csv");
        return read(Files.readString(bodies, StandardCharsets.UTF_8), bodies.toString(),
                Files.readString(stances, StandardCharsets.UTF_8), stances.toString());
    }

    private static Path only(Path dir, String suffix) throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(dir + " is not an FNC-1 folder: it needs exactly one *" + suffix
                    + " (found " + found.size() + "), beside one *" + (suffix.equals("bodies.csv") ? "stances.csv"
                    : "bodies.csv") + ", as the challenge ships them (e.g. train_bodies.csv, train_stances.csv)");
        }
        return found.get(0);
    }

    /**
     * Reads the two files' contents; {@code bodiesName} and {@code stancesName} name them in messages.
     *
     * @throws IllegalArgumentException if either is malformed
     */
    public static Fnc1Corpus read(String bodiesCsv, String bodiesName, String stancesCsv, String stancesName) {
        Map<Integer, String> bodies = new HashMap<>();
        int n = 0;
        for (Map<String, String> row : rows(bodiesCsv, bodiesName, List.of("Body ID", "articleBody"))) {
            int id = bodyId(row, bodiesName, ++n);
            if (bodies.put(id, Objects.requireNonNullElse(row.get("articleBody"), "")) != null) {
                throw new IllegalArgumentException(bodiesName + ": body " + id + " appears twice");
            }
        }
        List<Pair> pairs = new ArrayList<>();
        n = 0;
        for (Map<String, String> row : rows(stancesCsv, stancesName, List.of("Headline", "Body ID"))) {
            int id = bodyId(row, stancesName, ++n);
            if (!bodies.containsKey(id)) {
                throw new IllegalArgumentException(stancesName + ": row " + n + " names body " + id
                        + ", which " + bodiesName + " lacks");
            }
            String stance = row.get("Stance");
            Optional<StanceLabel> gold;
            try {
                gold = stance == null || stance.isEmpty() ? Optional.empty() : Optional.of(StanceLabel.parse(stance));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(stancesName + ": row " + n + ": " + e.getMessage(), e);
            }
            pairs.add(new Pair(Objects.requireNonNullElse(row.get("Headline"), ""), id, gold));
        }
        return new Fnc1Corpus(bodies, pairs);
    }

    private static List<Map<String, String>> rows(String csv, String name, List<String> required) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader r = new StringReader(text);
             MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(r)) {
            List<Map<String, String>> rows = it.readAll();
            CsvSchema header = (CsvSchema) it.getParser().getSchema();
            for (String column : required) {
                if (header.column(column) == null) {
                    throw new IllegalArgumentException(name + ": no '" + column + "' column; the header must name "
                            + String.join(", ", required));
                }
            }
            return rows;
        } catch (RuntimeJsonMappingException e) {
            throw new IllegalArgumentException(name + ": not valid CSV: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** The body id of a row; {@code n} counts the records after the header, from 1. */
    private static int bodyId(Map<String, String> row, String name, int n) {
        String id = row.get("Body ID");
        try {
            return Integer.parseInt(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": row " + n + ": Body ID '" + id + "' is not a number");
        }
    }
}
