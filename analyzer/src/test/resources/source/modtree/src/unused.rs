pub unsafe fn never_declared() {}
