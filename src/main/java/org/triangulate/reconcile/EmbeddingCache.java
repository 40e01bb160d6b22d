package org.triangulate.reconcile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Embedder#embedAll} remembered in a file, for repeated training runs over the same texts: texts met before
 * are read back, new ones embedded and appended. The file is a cache, never an input: delete it at will; a
 * truncated tail (an interrupted run) is ignored. Threading: one user at a time.
 */
public final class EmbeddingCache implements Function<List<String>, List<float[]>> {
    private static final int CHUNK = 1000;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();

    private EmbeddingCache(Path file) {
        this.file = file;
    }

    /** The cache in {@code file}, read now if it exists. */
    public static EmbeddingCache at(Path file) throws IOException {
        EmbeddingCache c = new EmbeddingCache(file);
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                while (true) {
                    String text = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int i = 0; i < v.length; i++) v[i] = in.readFloat();
                    c.known.put(text, v);
                }
            } catch (EOFException endOrTruncated) {
                // the end of the file, or a run cut short while appending: what was read is whole
            }
        }
        return c;
    }

    public int size() {
        return known.size();
    }

    @Override
    public List<float[]> apply(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) if (!known.containsKey(t)) missing.add(t);
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(missing));
        // In chunks, each appended as soon as it is done: an interrupted run keeps what it embedded.
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            List<float[]> vectors = Embedder.shared().embedAll(chunk);
            append(chunk, vectors);
            for (int i = 0; i < chunk.size(); i++) known.put(chunk.get(i), vectors.get(i));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(known.get(t));
        return out;
    }

    private void append(List<String> texts, List<float[]> vectors) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (int i = 0; i < texts.size(); i++) {
                    out.writeUTF(texts.get(i));
                    out.writeInt(vectors.get(i).length);
                    for (float f : vectors.get(i)) out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache " + file, e);
        }
    }
}
