package dev.easel.analyzer.model;

/**
 * What {@code cargo package} left in a crate about where it was packaged from: {@code .cargo_vcs_info.json} (written
 * when the package was made inside a git checkout) and {@code Cargo.toml.orig} (the manifest as the author wrote it,
 * before cargo normalised it into {@code Cargo.toml}).
 *
 * @param present       true when {@code .cargo_vcs_info.json} exists, even when it could not be read
 * @param commit        {@code git.sha1}: the commit the package was made from, or null
 * @param dirty         {@code git.dirty}: the checkout had uncommitted changes (cargo writes the key only when true)
 * @param pathInVcs     {@code path_in_vcs}: the package's folder inside the repository, {@code ""} for its root;
 *                      null when the file predates the key (cargo before 1.58)
 * @param cargoTomlOrig true when {@code Cargo.toml.orig} exists
 */
public record VcsInfo(boolean present, String commit, boolean dirty, String pathInVcs, boolean cargoTomlOrig) {

    /** No {@code .cargo_vcs_info.json}: packaged outside git, with {@code --allow-dirty} before 1.x, or stripped. */
    public static VcsInfo absent(boolean cargoTomlOrig) {
        return new VcsInfo(false, null, false, null, cargoTomlOrig);
    }
}
