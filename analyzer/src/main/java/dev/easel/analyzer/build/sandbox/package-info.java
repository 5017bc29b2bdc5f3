/**
 * Isolation of build scripts and proc macros (arbitrary code run by a build): bubblewrap with a read-only host and
 * no network, else network-only isolation, else none, said loudly.
 */
package dev.easel.analyzer.build.sandbox;
