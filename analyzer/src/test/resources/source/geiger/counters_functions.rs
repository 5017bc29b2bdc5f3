// geiger's counters_functions test: functions 2/3, exprs 2/3.
pub fn f() { f(); }
pub fn f() { f(); }
pub unsafe fn f() { f(); }
#[no_mangle]
pub fn f() { f(); }
#[export_name = "exported_e"]
pub unsafe fn f() { f(); }
