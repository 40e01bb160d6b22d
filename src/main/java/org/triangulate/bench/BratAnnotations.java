package org.triangulate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.triangulate.model.Span;

/**
 * One BRAT standoff annotation file ({@code .ann}), read leniently: its text-bound annotations ({@code T} lines) and
 * its events ({@code E} lines), which PolNeAR uses to tie a source, a cue and a content into one attribution.
 *
 * <p>Input: the file's text, and optionally the text it annotates. Output: the annotations in file order. A
 * discontinuous span ({@code T9\tContent 315 448;463 553\t...}) is kept as several spans. Malformed lines (missing
 * fields, offsets that are not numbers, an end before its start, a duplicate id, an unknown kind of line) are
 * skipped, each with a warning naming its line and showing its first 40 characters; so are event arguments that
 * name no annotation of the file, and, when the text is given, annotations that reach past its end. A
 * text-bound annotation whose quoted text differs from what its offsets pick out of the text is kept, with a warning.
 * The other kinds of BRAT line (relations, attributes, normalizations, notes, equivalences) are not needed and are
 * ignored without a warning. Parsing never throws on bad content.
 *
 * <p>Threading: immutable. Cost: linear in the file.
 *
 * @param textBounds the {@code T} lines: id, type, spans, quoted text
 * @param events the {@code E} lines: id, type, trigger, arguments (each naming one of {@code textBounds})
 * @param warnings the first {@value #MAX_WARNINGS} warnings
 * @param warningCount how many warnings there were in all
 */
public record BratAnnotations(List<TextBound> textBounds, List<Event> events, List<String> warnings,
                              int warningCount) {
    /** Warnings kept as text; the rest are only counted. */
    public static final int MAX_WARNINGS = 20;

    private static final Pattern OFFSETS = Pattern.compile("\\d{1,9} \\d{1,9}(;\\d{1,9} \\d{1,9})*");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

    /** A {@code T} line: a typed annotation of one or more spans of the text. */
    public record TextBound(String id, String type, List<Span> spans, String text) {
        public TextBound {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
            spans = List.copyOf(spans);
            if (spans.isEmpty()) throw new IllegalArgumentException("spans must not be empty");
        }
    }

    /**
     * An {@code E} line.
     *
     * @param trigger the id of the trigger's text-bound annotation
     * @param arguments role and annotation id, in file order; repeated roles keep BRAT's numbering ({@code Content2})
     */
    public record Event(String id, String type, String trigger, List<Argument> arguments) {
        public Event {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(trigger, "trigger");
            arguments = List.copyOf(arguments);
        }
    }

    /** One argument of an event: {@code Source:T1}. */
    public record Argument(String role, String id) {
        public Argument {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(id, "id");
        }
    }

    public BratAnnotations {
        textBounds = List.copyOf(textBounds);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        if (warningCount < warnings.size()) {
            throw new IllegalArgumentException("warningCount must be >= warnings.size(), was " + warningCount);
        }
    }

    /** Parses an annotation file's text without checking offsets against the text annotated. */
    public static BratAnnotations parse(String ann) {
        return parse(ann, null);
    }

    /**
     * Parses an annotation file's text, checking each span against {@code text} (the annotated text, or null not to
     * check).
     */
    public static BratAnnotations parse(String ann, String text) {
        if (ann == null) throw new IllegalArgumentException("ann must not be null");
        return new Parser(text).parse(ann);
    }

    /** Reads and parses a UTF-8 file; see {@link #parse(String, String)}. */
    public static BratAnnotations read(Path file, String text) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), text);
    }

    /** The span sets of the text-bound annotations of one type, in file order. */
    public List<List<Span>> spanSets(SpanType type) {
        List<List<Span>> out = new ArrayList<>();
        for (TextBound t : textBounds) {
            if (t.type().equals(type.bratName())) out.add(t.spans());
        }
        return out;
    }

    /**
     * The events as attributions: the spans of their {@code Source}, {@code Cue} and {@code Content} arguments
     * (numbered repeats such as {@code Content2} join the first), in file order. Events with none of the three are
     * left out.
     */
    public List<AttributionSpans> attributions() {
        Map<String, TextBound> byId = new HashMap<>();
        for (TextBound t : textBounds) byId.put(t.id(), t);
        List<AttributionSpans> out = new ArrayList<>();
        for (Event e : events) {
            Map<SpanType, List<Span>> parts = new java.util.EnumMap<>(SpanType.class);
            for (Argument a : e.arguments()) {
                String role = TRAILING_DIGITS.matcher(a.role()).replaceFirst("");
                for (SpanType type : SpanType.values()) {
                    if (type.bratName().equals(role)) {
                        parts.computeIfAbsent(type, k -> new ArrayList<>()).addAll(byId.get(a.id()).spans());
                    }
                }
            }
            if (parts.isEmpty()) continue;
            out.add(new AttributionSpans(parts.getOrDefault(SpanType.SOURCE, List.of()),
                    parts.getOrDefault(SpanType.CUE, List.of()), parts.getOrDefault(SpanType.CONTENT, List.of())));
        }
        return out;
    }

    /** The state of one parse. */
    private static final class Parser {
        private final String text;
        private final List<TextBound> textBounds = new ArrayList<>();
        /** Events wait, with their line, until their arguments can be checked against every T line. */
        private final List<Pending> events = new ArrayList<>();
        private final Map<String, TextBound> byId = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private int warningCount;

        Parser(String text) {
            this.text = text;
        }

        BratAnnotations parse(String ann) {
            String[] lines = ann.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                if (line.isBlank()) continue;
                switch (line.charAt(0)) {
                    case 'T' -> textBound(i + 1, line);
                    case 'E' -> event(i + 1, line);
                    // Relations, attributes, modifications, normalizations, notes, equivalences: valid, not needed.
                    case 'R', 'A', 'M', 'N', '#', '*' -> { }
                    default -> warn(i + 1, line, "not a BRAT annotation line");
                }
            }
            List<Event> resolved = new ArrayList<>();
            for (Pending e : events) resolved.add(resolve(e));
            return new BratAnnotations(textBounds, resolved, warnings, warningCount);
        }

        private void textBound(int lineNo, String line) {
            String[] f = line.split("\t", 3);
            int space = f.length < 2 ? -1 : f[1].indexOf(' ');
            if (space < 1 || !OFFSETS.matcher(f[1].substring(space + 1)).matches()) {
                warn(lineNo, line, "expected 'T<n><TAB><type> <start> <end>[;<start> <end>...]<TAB><text>'");
                return;
            }
            List<Span> spans = new ArrayList<>();
            for (String pair : f[1].substring(space + 1).split(";")) {
                int sep = pair.indexOf(' ');
                int start = Integer.parseInt(pair.substring(0, sep));
                int end = Integer.parseInt(pair.substring(sep + 1));
                if (end < start) {
                    warn(lineNo, line, "span " + start + ".." + end + " ends before it starts");
                    return;
                }
                if (text != null && end > text.length()) {
                    warn(lineNo, line, "span " + start + ".." + end + " is past the end of the text (length "
                            + text.length() + ")");
                    return;
                }
                spans.add(new Span(start, end));
            }
            if (byId.containsKey(f[0])) {
                warn(lineNo, line, "duplicate id " + f[0]);
                return;
            }
            String quoted = f.length == 3 ? f[2] : "";
            if (text != null) {
                StringBuilder picked = new StringBuilder();
                for (Span s : spans) picked.append(picked.length() == 0 ? "" : " ").append(s.of(text));
                if (!picked.toString().equals(quoted)) {
                    warn(lineNo, line, "kept, but the text at its offsets is '" + clip(picked.toString()) + "'");
                }
            }
            TextBound t = new TextBound(f[0], f[1].substring(0, space), spans, quoted);
            byId.put(t.id(), t);
            textBounds.add(t);
        }

        private void event(int lineNo, String line) {
            String[] f = line.split("\t", 3);
            String[] parts = f.length < 2 ? new String[0] : f[1].strip().split(" +");
            List<Argument> pairs = new ArrayList<>();
            for (String p : parts) {
                int colon = p.lastIndexOf(':');
                if (colon < 1 || colon == p.length() - 1) {
                    warn(lineNo, line, "expected 'E<n><TAB><type>:<id> <role>:<id>...'");
                    return;
                }
                pairs.add(new Argument(p.substring(0, colon), p.substring(colon + 1)));
            }
            if (pairs.isEmpty()) {
                warn(lineNo, line, "expected 'E<n><TAB><type>:<id> <role>:<id>...'");
                return;
            }
            events.add(new Pending(lineNo, line,
                    new Event(f[0], pairs.get(0).role(), pairs.get(0).id(), pairs.subList(1, pairs.size()))));
        }

        private Event resolve(Pending p) {
            List<Argument> kept = new ArrayList<>();
            for (Argument a : p.event().arguments()) {
                if (byId.containsKey(a.id())) {
                    kept.add(a);
                } else {
                    warn(p.lineNo(), p.line(), "argument " + a.role() + ":" + a.id()
                            + " names no text-bound annotation; skipped");
                }
            }
            Event e = p.event();
            return new Event(e.id(), e.type(), e.trigger(), kept);
        }

        private record Pending(int lineNo, String line, Event event) {}

        private void warn(int lineNo, String line, String message) {
            warningCount++;
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add("line " + lineNo + ": " + message + ": '" + clip(line) + "'");
            }
        }

        private static String clip(String s) {
            String flat = s.replace('\t', ' ');
            return flat.length() <= 40 ? flat : flat.substring(0, 40) + "...";
        }
    }
}
