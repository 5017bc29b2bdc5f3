/**
 * Crate intake: crate folders, name-version folders, .crate archives (extracted safely), directory registries and
 * vendor folders, workspaces; selection and deterministic order.
 */
package dev.easel.analyzer.intake;
