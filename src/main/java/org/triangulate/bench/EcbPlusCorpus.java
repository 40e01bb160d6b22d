package org.triangulate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The ECB+ corpus as sentences that report events: per topic, the sentences its annotators marked
 * ({@code ECBplus_coreference_sentences.csv}), each with the cross-document event instances it mentions and the
 * sub-topic it belongs to (each topic holds two similar events: the {@code ecb} and the {@code ecbplus} documents).
 * Two sentences that mention one event instance report one happening; two from different sub-topics report two.
 */
public final class EcbPlusCorpus {
    /** One annotated sentence. */
    public record Sentence(String doc, String subtopic, int number, String text, Set<String> events) {}

    /** One topic's annotated sentences. */
    public record Topic(String name, List<Sentence> sentences) {}

    private EcbPlusCorpus() {}

    /**
     * Reads the topics under {@code dir}.
     *
     * @throws IOException when the sentence list or a document cannot be read or parsed; the message names it
     */
    public static List<Topic> read(Path dir) throws IOException {
        Path list = dir.resolve("ECBplus_coreference_sentences.csv");
        if (!Files.isRegularFile(list)) throw new IOException(list + ": not found (is " + dir + " ECB+?)");
        Map<String, Set<Integer>> wanted = new HashMap<>(); // "1_10ecbplus" -> sentence numbers
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f.length != 3 || !f[0].matches("\\d+")) continue;
            wanted.computeIfAbsent(f[0] + "_" + f[1], k -> new HashSet<>()).add(Integer.parseInt(f[2].strip()));
        }
        Map<String, List<Sentence>> topics = new TreeMap<>((a, b) -> Integer.compare(num(a), num(b)));
        for (Map.Entry<String, Set<Integer>> e : wanted.entrySet()) {
            String name = e.getKey();
            String topic = name.substring(0, name.indexOf('_'));
            Path file = dir.resolve(topic).resolve(name + ".xml");
            if (!Files.isRegularFile(file)) continue;
            topics.computeIfAbsent(topic, k -> new ArrayList<>()).addAll(sentences(file, name, e.getValue()));
        }
        List<Topic> out = new ArrayList<>();
        topics.forEach((name, sentences) -> out.add(new Topic(name, sentences)));
        return out;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static List<Sentence> sentences(Path file, String name, Set<Integer> wanted) throws IOException {
        Document xml;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml = f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        Map<String, Integer> sentenceOf = new HashMap<>();
        Map<Integer, StringBuilder> text = new TreeMap<>();
        NodeList tokens = xml.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            int s = Integer.parseInt(t.getAttribute("sentence"));
            sentenceOf.put(t.getAttribute("t_id"), s);
            if (wanted.contains(s)) {
                StringBuilder b = text.computeIfAbsent(s, k -> new StringBuilder());
                String w = t.getTextContent();
                if (b.length() > 0 && !w.matches("[.,;:!?')\\]]|'s|n't")) b.append(' ');
                b.append(w);
            }
        }
        // Event mentions: ACTION_* markables anchored on tokens, with their cross-document instance.
        Map<String, Integer> mentionSentence = new HashMap<>();
        NodeList markables = ((Element) xml.getElementsByTagName("Markables").item(0)).getChildNodes();
        for (int i = 0; i < markables.getLength(); i++) {
            Node n = markables.item(i);
            if (!(n instanceof Element m) || !m.getTagName().startsWith("ACTION")) continue;
            NodeList anchors = m.getElementsByTagName("token_anchor");
            if (anchors.getLength() == 0) continue;
            Integer s = sentenceOf.get(((Element) anchors.item(0)).getAttribute("t_id"));
            if (s != null) mentionSentence.put(m.getAttribute("m_id"), s);
        }
        Map<Integer, Set<String>> events = new HashMap<>();
        NodeList relations = xml.getElementsByTagName("CROSS_DOC_COREF");
        for (int i = 0; i < relations.getLength(); i++) {
            Element r = (Element) relations.item(i);
            String instance = r.getAttribute("note");
            NodeList sources = r.getElementsByTagName("source");
            for (int j = 0; j < sources.getLength(); j++) {
                Integer s = mentionSentence.get(((Element) sources.item(j)).getAttribute("m_id"));
                if (s != null) events.computeIfAbsent(s, k -> new HashSet<>()).add(instance);
            }
        }
        String subtopic = name.endsWith("ecbplus") ? "ecbplus" : "ecb";
        List<Sentence> out = new ArrayList<>();
        for (Map.Entry<Integer, StringBuilder> e : new LinkedHashMap<>(text).entrySet()) {
            out.add(new Sentence(name, subtopic, e.getKey(), e.getValue().toString(),
                    Set.copyOf(events.getOrDefault(e.getKey(), Set.of()))));
        }
        return out;
    }
}
