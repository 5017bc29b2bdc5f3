package dev.easel.analyzer.index;

/**
 * One owner of a crate, from the db-dump's {@code crate_owners.csv} joined with {@code users.csv} or {@code teams.csv}.
 *
 * @param crate crate name
 * @param kind  a user or a team
 * @param login the user's GitHub login, or the team's {@code github:org:team}
 * @param name  display name, null when none
 */
public record IndexOwner(String crate, Kind kind, String login, String name) {

    /** crates.io's {@code owner_kind}: 0 a user, 1 a team. */
    public enum Kind {
        USER, TEAM;

        /** The value stored in the graph. */
        public String graphName() {
            return this == USER ? "user" : "team";
        }
    }

    /** The owner's key across crates: {@code user:login} or {@code team:github:org:team}. */
    public String id() {
        return kind.graphName() + ":" + login;
    }
}
