unsafe fn in_c() {}
