package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.SemVer;

import java.util.List;

/**
 * One entry of an advisory's {@code [affected.functions]}: a Rust path as the advisory writes it (crate name with
 * underscores, {@code crate_name::Type::method}) and the versions in which that function is vulnerable.
 *
 * @param path         the path as written
 * @param requirements the versions for which the function is vulnerable (any of them); empty means every version
 *                     the advisory affects (as in {@code "traitobject::data" = []})
 * @param line         its line in the advisory file
 */
public record AffectedFunction(String path, List<VersionRequirement> requirements, int line) {

    public AffectedFunction {
        requirements = List.copyOf(requirements);
    }

    /** Whether the function is vulnerable in {@code version}, read as RustSec reads ranges. */
    public boolean vulnerableIn(SemVer version) {
        if (requirements.isEmpty()) {
            return true;
        }
        for (VersionRequirement r : requirements) {
            if (r.contains(version)) {
                return true;
            }
        }
        return false;
    }

    /** The first requirement that contains {@code version}, {@code *} when there are none, or null. */
    public VersionRequirement requirementFor(SemVer version) {
        if (requirements.isEmpty()) {
            return VersionRequirement.ANY;
        }
        for (VersionRequirement r : requirements) {
            if (r.contains(version)) {
                return r;
            }
        }
        return null;
    }
}
