pub fn app() -> u32 { ws_core::core() }
