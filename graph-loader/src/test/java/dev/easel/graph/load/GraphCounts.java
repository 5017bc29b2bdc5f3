package dev.easel.graph.load;

import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;

import java.util.Map;
import java.util.TreeMap;

/** Counts of every label and relationship type, plus a digest of properties, read by Cypher: a graph's fingerprint. */
public final class GraphCounts {

    private GraphCounts() {
    }

    public static Map<String, Long> of(GraphStore store) {
        Map<String, Long> out = new TreeMap<>();
        try (Session s = store.session()) {
            s.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c")
                    .forEachRemaining(r -> out.put(":" + r.get("l").asString(), r.get("c").asLong()));
            s.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")
                    .forEachRemaining(r -> out.put("-" + r.get("t").asString(), r.get("c").asLong()));
            out.put("#node-properties", s.run("MATCH (n) RETURN sum(size(keys(n))) AS c").single().get(0).asLong());
            out.put("#rel-properties", s.run("MATCH ()-[r]->() RETURN sum(size(keys(r))) AS c").single().get(0).asLong());
            out.put("#calls-sum", s.run("MATCH ()-[r:CALLS]->() RETURN coalesce(sum(r.count), 0)").single().get(0).asLong());
            out.put("#reaches-ffi", s.run("MATCH (f:Function) WHERE f.reaches_ffi RETURN count(*)").single().get(0).asLong());
            out.put("#complete", s.run("MATCH (v:Version {load_state: 'complete'}) RETURN count(*)").single().get(0).asLong());
        }
        return out;
    }
}
