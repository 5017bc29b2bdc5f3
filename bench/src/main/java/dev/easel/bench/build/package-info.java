/** Build driver: worker target-folder reuse against a fresh target folder per crate (Painter's way). */
package dev.easel.bench.build;
