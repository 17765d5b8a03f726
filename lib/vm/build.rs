fn main() {
    println!("cargo:rerun-if-changed=src/trap/setjmp.c");
    cc::Build::new()
        .file("src/trap/setjmp.c")
        .opt_level(2)
        .compile("trident_setjmp");
}
