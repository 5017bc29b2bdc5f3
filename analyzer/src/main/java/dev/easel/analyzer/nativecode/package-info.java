/**
 * The native-code census: C, C++ and assembly bundled in a crate, and the native build mechanisms its build script
 * uses.
 */
package dev.easel.analyzer.nativecode;
