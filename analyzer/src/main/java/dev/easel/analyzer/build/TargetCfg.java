package dev.easel.analyzer.build;

import dev.easel.analyzer.cfg.CfgSet;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A target's configuration as rustc reports it ({@code rustc --print cfg [--target T]}), asked once per target and
 * process: {@code target_os="linux"}, {@code unix}, {@code target_feature="sse2"}, … The features and build-script
 * cfgs of a particular crate are added by the caller ({@link CfgSet#withFeatures}, {@link CfgSet#with}).
 *
 * @param target the target triple
 * @param cfg    its configuration
 */
public record TargetCfg(String target, CfgSet cfg) {

    private static final Map<String, TargetCfg> CACHE = new ConcurrentHashMap<>();

    /**
     * The configuration of {@code target}, or of the host when null.
     *
     * @throws IOException when rustc is missing or does not know the target
     */
    public static TargetCfg of(String target) throws IOException {
        String triple = target != null ? target : Toolchain.detect().host();
        TargetCfg known = CACHE.get(triple);
        if (known != null) {
            return known;
        }
        List<String> command = new ArrayList<>(List.of("rustc", "--print", "cfg"));
        if (target != null) {
            command.addAll(List.of("--target", target));
        }
        String printed = ProcessRunner.capture(command, Duration.ofSeconds(60));
        TargetCfg parsed;
        try {
            parsed = new TargetCfg(triple, CfgSet.parse(printed.lines().toList()));
        } catch (IllegalArgumentException e) {
            throw new IOException(String.join(" ", command) + ": " + e.getMessage(), e);
        }
        CACHE.putIfAbsent(triple, parsed);
        return parsed;
    }
}
