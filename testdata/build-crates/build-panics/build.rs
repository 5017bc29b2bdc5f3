fn main() {
    panic!("easel fixture: this build script always fails");
}
