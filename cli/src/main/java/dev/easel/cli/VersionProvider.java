package dev.easel.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (set by Maven), plus the Java and Neo4j versions in use. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Easel.class.getPackage().getImplementationVersion();
        String neo4j = org.neo4j.kernel.internal.Version.getNeo4jVersion();
        return new String[] {
                "easel " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + ", embedded Neo4j Community " + neo4j
        };
    }
}
