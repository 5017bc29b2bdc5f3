pub unsafe fn in_deeper() {}
