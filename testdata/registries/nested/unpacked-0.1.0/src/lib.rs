pub fn unpacked() {}
