//! Rebuild when the web pages change: the binary embeds web/dist (rust-embed), and cargo
//! would not notice a file added to or removed from it by itself.
fn main() {
    println!("cargo:rerun-if-changed=../web/dist");
}
