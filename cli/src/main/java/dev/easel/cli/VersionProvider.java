package dev.easel.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (set by Maven), plus the Java and Neo4j versions in use. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** easel's version from the jar manifest, or "(development build)" when run from classes. */
    static String easelVersion() {
        String version = Easel.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    @Override
    public String[] getVersion() {
        String neo4j = org.neo4j.kernel.internal.Version.getNeo4jVersion();
        return new String[] {
                "easel " + easelVersion(),
                "Java " + System.getProperty("java.version") + ", embedded Neo4j Community " + neo4j
        };
    }
}
