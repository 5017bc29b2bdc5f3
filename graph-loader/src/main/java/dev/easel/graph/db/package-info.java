/**
 * The one way to the database ({@link dev.easel.graph.db.GraphStore}): the embedded Neo4j on loopback or a remote
 * server, both through the Java driver; schema creation.
 */
package dev.easel.graph.db;
