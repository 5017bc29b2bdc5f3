pub fn plain() {}
