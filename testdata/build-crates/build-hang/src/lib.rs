pub fn never_built() {}
