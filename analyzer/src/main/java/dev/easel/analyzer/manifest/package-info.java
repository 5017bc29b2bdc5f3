/**
 * The Cargo.toml model read with tomlj: package facts, dependencies of every kind and target, features, workspace
 * inheritance.
 */
package dev.easel.analyzer.manifest;
