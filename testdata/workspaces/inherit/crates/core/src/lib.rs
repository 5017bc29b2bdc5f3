pub fn core() -> u32 { 1 }
