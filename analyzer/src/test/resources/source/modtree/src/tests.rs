unsafe fn in_tests() {}
