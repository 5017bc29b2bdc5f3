mod a;
#[path = "../other/renamed.rs"]
mod b;
#[cfg(test)]
mod tests;
mod nested;
mod inline {
    mod c;
}
