package org.triangulate.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.triangulate.reconcile.StanceLabel;

/** Writes predicted stances in the challenge's own CSV format: {@code Headline,Body ID,Stance}, one row a pair. */
public final class Fnc1Predictions {
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("Headline").addColumn("Body ID").addColumn("Stance").build().withHeader();

    private Fnc1Predictions() {}

    /** Writes the pairs with their predicted labels, in order; the writer is left open. */
    public static void write(Writer out, List<Fnc1Corpus.Pair> pairs, List<StanceLabel> predicted) throws IOException {
        if (pairs.size() != predicted.size()) {
            throw new IllegalArgumentException("pairs and predicted differ in size: " + pairs.size() + " and "
                    + predicted.size());
        }
        CsvMapper csv = new CsvMapper();
        csv.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Quote only where CSV needs it (a comma, a quote, a line break), as the challenge's own files do.
        csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        try (SequenceWriter w = csv.writer(SCHEMA).writeValues(out)) {
            for (int i = 0; i < pairs.size(); i++) {
                Fnc1Corpus.Pair p = pairs.get(i);
                w.write(new Object[] {p.headline(), String.valueOf(p.bodyId()), predicted.get(i).label()});
            }
        }
    }
}
