package dev.easel.cli;

/**
 * Configures slf4j-simple before the first logger exists: it reads system properties once. Logs go to stderr,
 * results to stdout; {@code --quiet} shows only errors, {@code --verbose} adds debug. Neo4j's own logs stay in the data
 * folder (see EmbeddedNeo4j); the driver's chatter is kept at warn.
 */
final class LoggingSetup {

    private LoggingSetup() {
    }

    static void configure(String[] args) {
        String level = "info";
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("-q") || arg.equals("--quiet")) {
                level = "error";
            } else if (arg.equals("-v") || arg.equals("--verbose")) {
                level = "debug";
            }
        }
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level);
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "true");
        setIfAbsent("org.slf4j.simpleLogger.log.org.neo4j", "debug".equals(level) ? "info" : "warn");
        // concurrent relationship batches sometimes deadlock and are retried by the driver: expected, not news
        setIfAbsent("org.slf4j.simpleLogger.log.org.neo4j.driver.internal.retry", "debug".equals(level) ? "info" : "error");
        System.setProperty("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
