//! The `static-unwinder` setting (a Cargo feature, on by default): on Linux with glibc, GCC's
//! unwinder (libgcc_eh, which `-static-libgcc` links for C programs) is linked into lantern
//! whole, so nothing is left for libgcc_s to provide and the linker (which rustc runs with
//! `--as-needed`) leaves it out. libgcc_s was the one shared library lantern loaded that
//! `less` does not; loading it, and its start-up CPU-feature probe, made start-up slower.
//! Panics unwind through the same code either way (a test checks a panic still ends with
//! Rust's exit code 101, not an abort). A `crt-static` build links the unwinder statically
//! already. `-bundle`: the archive is found by the C compiler that links the program, in its
//! own library folder, not copied into lantern's rlib.

#[cfg(all(
    feature = "static-unwinder",
    target_os = "linux",
    target_env = "gnu",
    not(target_feature = "crt-static")
))]
#[link(name = "gcc_eh", kind = "static", modifiers = "+whole-archive,-bundle")]
extern "C" {}
