pub unsafe fn in_a() {}
