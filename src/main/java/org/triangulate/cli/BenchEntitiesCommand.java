package org.triangulate.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.bench.MentionSets;
import org.triangulate.model.Entity;
import org.triangulate.resolve.AliasList;
import org.triangulate.resolve.EntityResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench entities}: entity resolution on generated mention sets, at a size and at half of it, so that
 * the ratio of the two times shows how it scales.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Resolves generated mention sets (short documents naming invented people, organizations and "
                + "countries, with surnames, acronyms, reordered names and transliteration variants) at half the "
                + "size and at the full size, and scores the result against what was generated (B-cubed).",
                "Last line: sets, mentions, entities, seconds, mentions_per_s, peak_heap_mb, doubling_ratio "
                        + "(time at full size / time at half), bcubed_precision, bcubed_recall."})
final class BenchEntitiesCommand implements Callable<Integer> {
    @Option(names = "--sets", defaultValue = "20000", description = "Mention sets to resolve. Default: ${DEFAULT-VALUE}.")
    int sets;

    @Option(names = "--seed", defaultValue = "17", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Timed rounds at each size, interleaved; the fastest counts. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (sets < 2 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sets must be >= 2 and --rounds >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        AliasList aliases = AliasList.builtIn();
        EntityResolver resolver = new EntityResolver(aliases);
        MentionSets generator = new MentionSets(seed, countries(aliases), Math.max(100, sets / 4));
        MentionSets.Generated all = generator.generate(sets);
        MentionSets.Generated half = new MentionSets.Generated(all.documents().subList(0, sets / 2),
                all.truth().subList(0, sets / 2));

        resolver.resolve(half.documents()); // warm-up
        resolver.resolve(all.documents());
        double halfSeconds = Double.MAX_VALUE;
        double seconds = Double.MAX_VALUE;
        long before = 0;
        double peakMb = 0;
        for (int i = 0; i < rounds; i++) { // interleaved, so that both sizes meet the same machine
            halfSeconds = Math.min(halfSeconds, timed(resolver, half));
            resetPeaks();
            before = heapUsed();
            seconds = Math.min(seconds, timed(resolver, all));
            peakMb = Math.max(peakMb, peakHeap() / 1048576.0);
        }
        List<Entity> entities = resolver.resolve(all.documents());
        double[] b3 = MentionSets.bcubed(all, entities);
        double ratio = seconds / halfSeconds;
        out.printf(Locale.ROOT, "%d sets (%d mentions): %.3f s; %d sets: %.3f s; doubling ratio %.2f%n",
                sets / 2, half.mentions(), halfSeconds, sets, seconds, ratio);
        out.printf(Locale.ROOT, "%d entities; B-cubed precision %.3f, recall %.3f; heap %.0f MB before, peak %.0f MB%n",
                entities.size(), b3[0], b3[1], before / 1048576.0, peakMb);
        out.printf(Locale.ROOT, "sets=%d mentions=%d entities=%d seconds=%.3f mentions_per_s=%.0f peak_heap_mb=%.0f "
                        + "doubling_ratio=%.2f bcubed_precision=%.3f bcubed_recall=%.3f%n",
                sets, all.mentions(), entities.size(), seconds, all.mentions() / seconds, peakMb, ratio, b3[0], b3[1]);
        return CommandLine.ExitCode.OK;
    }

    private static double timed(EntityResolver resolver, MentionSets.Generated sets) {
        System.gc();
        long start = System.nanoTime();
        resolver.resolve(sets.documents());
        return (System.nanoTime() - start) / 1e9;
    }

    /** Countries of the alias list that have a demonym. */
    private static List<MentionSets.Country> countries(AliasList aliases) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> demonyms = new LinkedHashMap<>();
        for (AliasList.Alias a : aliases.aliases()) {
            if (a.kind() == AliasList.Kind.DEMONYM) demonyms.putIfAbsent(a.id(), a.name());
            if (a.kind() == AliasList.Kind.NAME) names.putIfAbsent(a.id(), a.canonical());
        }
        List<MentionSets.Country> out = new ArrayList<>();
        demonyms.forEach((id, demonym) -> {
            if (names.containsKey(id)) out.add(new MentionSets.Country(names.get(id), demonym));
        });
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the live heap's peak. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
