// Declares nothing to link; the `links` key needs a build script.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:marker=base");
}
