package org.triangulate.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.Settings;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.RecordFilter;
import org.triangulate.resolve.AliasList;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads reports shares: what to read, and how. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH-OR-URL",
            description = "Report files (.txt, .md, .html, also gzipped), WARC files (.warc, .warc.gz), feeds (.rss, "
                    + ".atom, .xml), JSON Lines of reports (.jsonl), folders of them, or http(s) URLs of pages or "
                    + "feeds. A manifest.jsonl beside report files gives publication dates, outlets, URLs and titles.")
    List<String> sources;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A manifest (JSON Lines: file, published, outlet, url, title, language) for all the files, "
                    + "in place of the manifest.jsonl beside them.")
    Path manifest;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
            description = "Skip files larger than this (bytes, or with KB, MB, GB). Default: ${DEFAULT-VALUE}.")
    long maxFileBytes;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated at once. Default: the number "
            + "of processors.")
    Integer threads;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Names that stand for one entity, added to the built-in list of countries: TSV (a canonical "
                    + "name, then its aliases, tab-separated, one entity a line) or JSON ({\"name\": [aliases]}).")
    Path aliases;

    @Option(names = "--host", paramLabel = "HOST", split = ",",
            description = "Read only the WARC records, JSONL lines and feed items of this host or its subdomains "
                    + "(repeat, or separate with commas, for several).")
    List<String> hosts = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "Read only the WARC records (by capture date), "
            + "JSONL lines and feed items (by publication date) of this day (yyyy-MM-dd) or later.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Read only the WARC records, JSONL lines and feed items "
            + "of this day (yyyy-MM-dd) or earlier.")
    LocalDate to;

    @Option(names = "--lang", paramLabel = "LANG", split = ",",
            description = "Read only the WARC records, JSONL lines and feed items in this language (en, fr, ...; "
                    + "those that declare none are read).")
    List<String> languages = List.of();

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long one web request may take, to the last byte (e.g. 30s, 2m, 500ms). "
                    + "Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    /** The settings these options make; a user error (exit 2) when they make no sense together. */
    Settings settings() {
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(),
                    "--threads must be at least 1, was " + threads);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(),
                    "--from " + from + " is after --to " + to + "; nothing could be read");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        RecordFilter filter = new RecordFilter(Set.copyOf(hosts), from, to, Set.copyOf(languages));
        return new Settings(new IngestOptions(manifest, maxFileBytes, filter, timeout), n, aliasList());
    }

    private AliasList aliasList() {
        if (aliases == null) return AliasList.builtIn();
        try {
            return AliasList.builtIn().with(AliasList.read(aliases));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(), "--aliases: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(),
                    "--aliases: cannot read " + aliases + ": " + e);
        }
    }

    /** Durations such as 30s, 2m, 500ms, or a number of seconds. */
    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(|S|MS|M)");

        @Override
        public Duration convert(String value) {
            Matcher m = DURATION.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a positive duration; write e.g. 30s, 2m or 500ms");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "MS" -> Duration.ofMillis(n);
                case "M" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }

    /** Sizes such as 500000, 512KB, 10MB, 1GB (binary multiples). */
    static final class SizeConverter implements picocli.CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|B|K|KB|KIB|M|MB|MIB|G|GB|GIB)");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a size; write e.g. 500000, 512KB, 10MB or 1GB");
            }
            long n = Long.parseLong(m.group(1));
            long bytes = switch (m.group(2).isEmpty() ? ' ' : m.group(2).charAt(0)) {
                case 'K' -> n << 10;
                case 'M' -> n << 20;
                case 'G' -> n << 30;
                default -> n;
            };
            if (bytes < 1 || bytes > IngestOptions.MAX_FILE_BYTES_LIMIT) {
                throw new picocli.CommandLine.TypeConversionException(
                        "size must be between 1 byte and 2GB, was '" + value + "'");
            }
            return bytes;
        }
    }
}
