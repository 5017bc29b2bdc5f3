fn main() { println!("no library here"); }
