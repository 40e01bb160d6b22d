package org.triangulate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triangulate.model.Diagnostic;

/**
 * One split of PolNeAR (the Political News Attribution Relations corpus): its texts, each with the annotation files
 * its annotators made.
 *
 * <p>Layout: {@code DIR/<split>/text/<stem>.txt} and {@code DIR/<split>/attributions/<stem>_<annotator>.ann},
 * where the annotator's id holds no underscore (PolNeAR's are four hex digits). A text may have several annotation
 * files, or none (it is listed, with a warning, and cannot be scored); an annotation file whose text is missing, or
 * whose name has no annotator, is left out with a warning. A folder that is not laid out so is the caller's mistake:
 * {@link #open} throws {@link IllegalArgumentException} saying what is missing and what was expected.
 *
 * <p>Threading: immutable. Cost: lists two folders; reads no file.
 */
public final class PolnearCorpus {
    private static final Pattern SPLIT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final Path root;
    private final String split;
    private final List<Text> texts;
    private final List<Diagnostic> diagnostics;

    /**
     * A text of the split and its annotation files.
     *
     * @param stem the file name without {@code .txt}; the name its predictions are written under
     * @param annotations the annotation files, by annotator id
     */
    public record Text(String stem, Path text, List<AnnotationFile> annotations) {
        public Text {
            Objects.requireNonNull(stem, "stem");
            Objects.requireNonNull(text, "text");
            annotations = List.copyOf(annotations);
        }
    }

    /** One annotator's {@code .ann} file for a text. */
    public record AnnotationFile(String annotator, Path path) {
        public AnnotationFile {
            Objects.requireNonNull(annotator, "annotator");
            Objects.requireNonNull(path, "path");
        }
    }

    private PolnearCorpus(Path root, String split, List<Text> texts, List<Diagnostic> diagnostics) {
        this.root = root;
        this.split = split;
        this.texts = List.copyOf(texts);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Lists a split.
     *
     * @param root the PolNeAR folder, holding one folder per split
     * @param split the split's name: {@code dev}, {@code test}, {@code train}
     * @throws IllegalArgumentException when the folder is not laid out as PolNeAR is, or the split has no text or
     *     no annotation file; the message says what was expected
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static PolnearCorpus open(Path root, String split) {
        if (root == null) throw new IllegalArgumentException("root must not be null");
        if (split == null || !SPLIT_NAME.matcher(split).matches()) {
            throw new IllegalArgumentException("split must be a folder name such as 'dev' or 'test', was '" + split
                    + "'");
        }
        String layout = "expected " + root.resolve(split).resolve("text") + "/*.txt and "
                + root.resolve(split).resolve("attributions") + "/<text>_<annotator>.ann";
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder; give the PolNeAR folder (" + layout + ")");
        }
        Path textDir = root.resolve(split).resolve("text");
        Path annDir = root.resolve(split).resolve("attributions");
        for (Path dir : List.of(textDir, annDir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(root + " is not a PolNeAR folder with a '" + split + "' split: "
                        + dir + " is missing (" + layout + splitsHint(root) + ")");
            }
        }
        Map<String, Path> textFiles = list(textDir, ".txt");
        if (textFiles.isEmpty()) throw new IllegalArgumentException("no .txt file in " + textDir + " (" + layout + ")");
        Map<String, List<AnnotationFile>> byStem = new TreeMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int annotationFiles = 0;
        for (Map.Entry<String, Path> e : list(annDir, ".ann").entrySet()) {
            int sep = e.getKey().lastIndexOf('_');
            String stem = sep < 1 ? null : e.getKey().substring(0, sep);
            if (stem == null || sep == e.getKey().length() - 1) {
                diagnostics.add(Diagnostic.warning(e.getValue().toString(),
                        "skipped: the name is not <text>_<annotator>.ann"));
            } else if (!textFiles.containsKey(stem)) {
                diagnostics.add(Diagnostic.warning(e.getValue().toString(),
                        "skipped: no text " + textDir.resolve(stem + ".txt")));
            } else {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>())
                        .add(new AnnotationFile(e.getKey().substring(sep + 1), e.getValue()));
                annotationFiles++;
            }
        }
        if (annotationFiles == 0) {
            throw new IllegalArgumentException("no annotation file for any text of " + textDir + " in " + annDir
                    + " (" + layout + ")");
        }
        List<Text> texts = new ArrayList<>();
        textFiles.forEach((stem, path) -> {
            List<AnnotationFile> anns = byStem.getOrDefault(stem, List.of());
            if (anns.isEmpty()) {
                diagnostics.add(Diagnostic.warning(path.toString(), "no annotation file " + stem
                        + "_<annotator>.ann in " + annDir + "; the text cannot be scored"));
            }
            texts.add(new Text(stem, path, anns));
        });
        return new PolnearCorpus(root, split, texts, diagnostics);
    }

    public Path root() {
        return root;
    }

    public String split() {
        return split;
    }

    /** The texts, sorted by stem. */
    public List<Text> texts() {
        return texts;
    }

    /** The files left out or not scorable, and why. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** How many annotation files there are, over all texts. */
    public int annotationFileCount() {
        return texts.stream().mapToInt(t -> t.annotations().size()).sum();
    }

    /** The regular files of a folder with this extension, by name without it, sorted. */
    private static Map<String, Path> list(Path dir, String extension) {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                String name = p.getFileName().toString();
                if (name.endsWith(extension) && name.length() > extension.length()) {
                    out.put(name.substring(0, name.length() - extension.length()), p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    /** "; splits here: dev, train" when the folder holds other splits. */
    private static String splitsHint(Path root) {
        List<String> splits = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.isDirectory(d.resolve("text"))).forEach(d -> splits.add(d.getFileName().toString()));
        } catch (IOException e) {
            return "";
        }
        splits.sort(null);
        return splits.isEmpty() ? "" : "; splits here: " + String.join(", ", splits);
    }
}
