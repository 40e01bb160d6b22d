package org.triangulate.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.Diagnostic;

/**
 * Turns one path the user gave into the files to read under it: the file itself, or a folder's supported files in
 * sorted order, depth first. Hidden files and folders (name starting with a dot) and manifests are left out; so are
 * other file types inside a folder (and JSON Lines and {@code .xml} files, read only when named), while a file given
 * by name with an unsupported type is an error.
 */
final class InputWalk {
    static final String MANIFEST = "manifest.jsonl";

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    /**
     * What one given path holds.
     *
     * @param scope the folder whose {@code manifest.jsonl} applies: the given folder, or the given file's folder
     * @param manifestSource that manifest's path as the user would write it
     * @param files the files to read, in order
     */
    record Expansion(Path scope, String manifestSource, List<InputFile> files) {
        Expansion {
            files = List.copyOf(files);
        }

        Path manifest() {
            return scope.resolve(MANIFEST);
        }
    }

    private final boolean warnNestedManifests;
    private final List<Diagnostic> diagnostics;

    /**
     * @param warnNestedManifests whether a manifest in a subfolder, which is not read, deserves a warning (not when
     *     an explicit manifest replaces them all)
     * @param diagnostics where problems go
     */
    InputWalk(boolean warnNestedManifests, List<Diagnostic> diagnostics) {
        this.warnNestedManifests = warnNestedManifests;
        this.diagnostics = diagnostics;
    }

    /** The files under {@code given}; empty, with an error, when there is nothing to read there. */
    Optional<Expansion> expand(Path given) {
        String source = given.toString();
        if (!Files.exists(given)) {
            diagnostics.add(Diagnostic.error(source, "no such file or directory; check the path"));
            return Optional.empty();
        }
        if (Files.isDirectory(given)) {
            List<InputFile> files = new ArrayList<>();
            Set<Path> visited = new HashSet<>();
            walk(given, given, visited, files);
            return Optional.of(new Expansion(given.toAbsolutePath().normalize(),
                    given.resolve(MANIFEST).toString(), files));
        }
        if (!Files.isRegularFile(given)) {
            diagnostics.add(Diagnostic.error(source,
                    "not a regular file or folder; give " + InputFile.SUPPORTED + " files or folders of them"));
            return Optional.empty();
        }
        Optional<InputFile> file = explicitFile(given, source);
        if (file.isEmpty()) return Optional.empty();
        Path parent = given.getParent();
        String manifestSource = parent == null ? MANIFEST : parent.resolve(MANIFEST).toString();
        return Optional.of(new Expansion(given.toAbsolutePath().normalize().getParent(), manifestSource,
                List.of(file.get())));
    }

    private Optional<InputFile> explicitFile(Path given, String source) {
        if (given.getFileName().toString().equals(MANIFEST)) {
            diagnostics.add(Diagnostic.error(source, "this is a manifest, not a report; leave it in the folder you "
                    + "give, or give it with --manifest"));
            return Optional.empty();
        }
        Optional<InputFile.Kind> kind = InputFile.kindOf(given);
        if (kind.isEmpty()) {
            String ext = InputFile.extensionOf(given);
            String type = ext.isEmpty() ? "(no extension)" : ext;
            diagnostics.add(Diagnostic.error(source,
                    "unsupported file type " + type + "; give " + InputFile.SUPPORTED));
            return Optional.empty();
        }
        return Optional.of(new InputFile(given, source, kind.get(), InputFile.isGzipped(given)));
    }

    private void walk(Path root, Path dir, Set<Path> visited, List<InputFile> out) {
        // Folders are followed through symbolic links; the real path stops a link that loops back.
        if (!visited.add(realPath(dir))) return;
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(dir.toString(),
                    "cannot list the folder: " + Problems.describe(e) + "; its files were not read"));
            return;
        }
        children.sort(BY_NAME);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(child)) {
                walk(root, child, visited, out);
            } else if (name.equals(MANIFEST)) {
                if (!dir.equals(root) && warnNestedManifests) {
                    diagnostics.add(Diagnostic.warning(child.toString(), "not read: only the manifest.jsonl at the "
                            + "top of a folder you give is read; move its entries to " + root.resolve(MANIFEST)
                            + " or give " + dir + " as a path of its own"));
                }
            } else if (Files.isRegularFile(child)) {
                InputFile.kindInFolder(child).ifPresent(
                        k -> out.add(new InputFile(child, child.toString(), k, InputFile.isGzipped(child))));
            }
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
