//! The offline guarantee in the dependency tree: nothing lantern ships with can talk to a
//! network. (`.ci/offline-check` also runs the binary under strace and fails on any socket
//! or connect call.)

use std::process::Command;

/// Crates whose purpose is networking: HTTP, TLS, DNS, websockets, async runtimes, raw
/// sockets. None may appear among lantern's normal or build dependencies.
const NETWORKING: &[&str] = &[
    "async-std",
    "attohttpc",
    "curl",
    "curl-sys",
    "h2",
    "h3",
    "hickory-resolver",
    "http",
    "httparse",
    "hyper",
    "isahc",
    "native-tls",
    "openssl",
    "openssl-sys",
    "quinn",
    "reqwest",
    "rustls",
    "smol",
    "socket2",
    "surf",
    "tokio",
    "trust-dns-resolver",
    "tungstenite",
    "ureq",
    "url",
];

#[test]
fn no_networking_crate_is_in_the_dependency_tree() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "-f",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo tree");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    let names: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(names.contains(&"ratatui"), "the tree was read: {tree}");
    let found: Vec<&&str> = NETWORKING.iter().filter(|n| names.contains(n)).collect();
    assert!(found.is_empty(), "networking crates in the tree: {found:?}");
    // mio is crossterm's event loop; signal-hook-mio turns on its "net" feature only for a
    // local socket pair that wakes the loop on a window resize. It is allowed for that, and
    // the strace check shows no socket() or connect() call is ever made.
    for name in &names {
        assert!(
            !name.contains("http") && !name.contains("tls") && !name.contains("dns"),
            "{name} looks like a networking crate"
        );
    }
}
