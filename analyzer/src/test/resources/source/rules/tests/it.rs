#[test]
fn integration() {
    let v = 3u8;
    let _ = unsafe { easel_rules::raw(&v) };
}
