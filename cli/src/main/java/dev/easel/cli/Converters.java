package dev.easel.cli;

import dev.easel.analyzer.model.UnsafeRules;
import dev.easel.analyzer.pipeline.Shard;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** picocli type converters for the option values easel takes with units or a shape. */
final class Converters {

    private Converters() {
    }

    /** {@code 90s}, {@code 10m}, {@code 1h}, or plain seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            return Duration.ofSeconds(withUnit(text, Map.of("", 1L, "s", 1L, "m", 60L, "h", 3600L),
                    "not a duration: '" + text + "' (use e.g. 90s, 10m, 1h)"));
        }
    }

    /** {@code 512m}, {@code 4g}, {@code 100k}, or plain bytes. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return withUnit(text, Map.of("", 1L, "b", 1L, "k", 1L << 10, "m", 1L << 20, "g", 1L << 30),
                    "not a size: '" + text + "' (use e.g. 512m, 4g)");
        }
    }

    /** {@code K/N}: shard K of N; {@code auto}: the batch scheduler's task index and count. */
    static final class ShardConverter implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String text) {
            try {
                return "auto".equalsIgnoreCase(text.trim()) ? Shard.fromEnvironment(System.getenv()) : Shard.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code geiger} or {@code count-unsafe}: the ids the graph stores, not the enum's constant names. */
    static final class UnsafeRulesConverter implements ITypeConverter<UnsafeRules> {
        @Override
        public UnsafeRules convert(String text) {
            try {
                return UnsafeRules.of(text.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A whole number with an optional unit suffix, times that unit's factor. */
    private static long withUnit(String text, Map<String, Long> factors, String error) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String digits = t.replaceAll("[a-z]+$", "");
        Long factor = factors.get(t.substring(digits.length()));
        try {
            if (factor == null) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(Long.parseLong(digits), factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException(error);
        }
    }
}
