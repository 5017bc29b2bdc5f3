/**
 * The statistics report: Markdown and self-contained HTML with charts, beside published figures.
 */
package dev.easel.queries.report;
