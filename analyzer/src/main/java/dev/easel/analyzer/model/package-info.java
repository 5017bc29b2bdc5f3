/**
 * The {@link dev.easel.analyzer.model.CrateAnalysis} record, the seam between analysis and loading, and its JSON-
 * lines form.
 */
package dev.easel.analyzer.model;
