pub fn future() {}
