/**
 * Advisory reach over a synthetic ecosystem: easel's computation in memory against one Cypher shortest-path match per
 * question ({@code easel bench advisories}).
 */
package dev.easel.bench.advisory;
