fn main() {
    println!("cargo:rustc-cfg=before_the_error");
    let broken = "this string never ends;
    println!("cargo:rustc-cfg=inside_the_string");
}
