package org.triangulate.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.triangulate.model.Dependency;

/**
 * CoreNLP's neural dependency parser (Universal Dependencies), loaded on first use. Thread-safe.
 */
final class Parser {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private volatile DependencyParser parser;

    /**
     * Starts loading the model on a background thread, so that it loads while the rest of the pipeline does: on a
     * cold start both take seconds.
     */
    void preload() {
        Thread t = new Thread(this::parser, "parser-load");
        t.setDaemon(true);
        t.start();
    }

    /** The dependencies of a tagged sentence, with token indices offset by {@code firstToken}. */
    List<Dependency> parse(CoreMap sentence, int firstToken) {
        GrammaticalStructure gs = parser().predict(sentence);
        List<Dependency> out = new ArrayList<>();
        for (TypedDependency d : gs.typedDependencies()) {
            int head = d.gov().index() == 0 ? -1 : d.gov().index() - 1 + firstToken;
            out.add(new Dependency(head, d.dep().index() - 1 + firstToken, d.reln().toString()));
        }
        return out;
    }

    private DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = DependencyParser.loadFromModelFile(MODEL, new Properties());
                    parser = p;
                }
            }
        }
        return p;
    }
}
