pub fn bench() {}
