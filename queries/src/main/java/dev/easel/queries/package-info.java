/**
 * The canned Cypher queries (one .cypher file each, with a header), the query runner, ad-hoc read-only queries and
 * result formats.
 */
package dev.easel.queries;
