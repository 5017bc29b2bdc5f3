/**
 * The {@code easel} command (picocli): one class per subcommand on the {@link dev.easel.cli.EaselCommand} base,
 * options, converters, progress display, exit codes. No analysis or loading logic lives here.
 */
package dev.easel.cli;
