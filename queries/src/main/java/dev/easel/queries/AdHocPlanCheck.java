package dev.easel.queries;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

import java.util.List;
import java.util.Map;

/**
 * Keeps ad-hoc Cypher to the graph: the server plans the query ({@code EXPLAIN}, nothing runs) and the plan is refused
 * when an operator reads files or URLs ({@code LOAD CSV}), looks at or acts on the server itself (settings,
 * transactions, users and databases), or calls a procedure outside {@link #PROCEDURES}. Reading the plan, not the
 * text, sees through comments, case, parameters and subqueries. Applies to remote servers as much as to the embedded
 * one, which cannot restrict its built-in procedures by configuration.
 */
final class AdHocPlanCheck {

    /** The procedures an ad-hoc query may call: read-only schema and identity look-ups (docs/security.md). */
    static final List<String> PROCEDURES = List.of(
            "db.labels",
            "db.relationshipTypes",
            "db.propertyKeys",
            "db.schema.visualization",
            "db.schema.nodeTypeProperties",
            "db.schema.relTypeProperties",
            "db.info",
            "db.ping",
            "dbms.components");

    /** Operators that reach beyond the graph, with the clause a user wrote to get them. */
    static final Map<String, String> REFUSED_OPERATORS = Map.of(
            "LoadCSV", "LOAD CSV (it reads files and URLs)",
            "ShowSettings", "SHOW SETTINGS",
            "ShowTransactions", "SHOW TRANSACTIONS",
            "TerminateTransactions", "TERMINATE TRANSACTIONS",
            "AdministrationCommand", "administration commands (users, roles, databases)");

    private static final String PROCEDURE_CALL = "ProcedureCall";
    private static final String REFUSED = "ad-hoc queries read only the graph: ";

    private AdHocPlanCheck() {
    }

    /** @throws QueryException naming what is refused */
    static void check(TransactionContext tx, String cypher, Map<String, Object> params) {
        // the one place easel prefixes user text: EXPLAIN makes the server plan it without running it
        Plan plan = tx.run("EXPLAIN " + cypher, params).consume().plan();
        check(plan);
    }

    private static void check(Plan plan) {
        String operator = operatorName(plan);
        String refused = REFUSED_OPERATORS.get(operator);
        if (refused != null) {
            throw new QueryException(REFUSED + refused + " is refused");
        }
        if (operator.equals(PROCEDURE_CALL)) {
            String procedure = procedureName(plan);
            if (!PROCEDURES.contains(procedure)) {
                throw new QueryException(REFUSED + "procedure " + procedure + " is not on easel's allow-list ("
                        + String.join(", ", PROCEDURES) + ")");
            }
        }
        for (Plan child : plan.children()) {
            check(child);
        }
    }

    /** {@code LoadCSV@neo4j} names the operator and the database it runs on. */
    private static String operatorName(Plan plan) {
        String type = plan.operatorType();
        int at = type.indexOf('@');
        return at < 0 ? type : type.substring(0, at);
    }

    /** The procedure a ProcedureCall calls, from its details: {@code db.labels() :: (label :: STRING)}. */
    private static String procedureName(Plan plan) {
        Value details = plan.arguments().get("Details");
        String text = details == null || details.isNull() ? "" : details.asString();
        int paren = text.indexOf('(');
        String name = (paren < 0 ? text : text.substring(0, paren)).strip().replace("`", "");
        return name.isEmpty() ? "(unnamed)" : name;
    }
}
