/** Folder trees on disk: the one way easel deletes what it wrote. */
package dev.easel.analyzer.files;
