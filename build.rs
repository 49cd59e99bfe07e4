//! Stamps the build with a fingerprint of factcheck's own sources, so that a verdict cached
//! by one build of factcheck is never trusted by another (src/cache.rs). The version number
//! alone would not do: between releases, and in every working copy, the code changes while
//! the version stays.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=Cargo.lock");
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files.sort();
    // FNV-1a over every source file's path and bytes: a fingerprint, not a defence, since
    // whoever can change the sources can change this script.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for path in files.iter().map(Path::new).chain([Path::new("Cargo.lock")]) {
        feed(path.to_string_lossy().as_bytes());
        feed(&[0]);
        feed(&std::fs::read(path).unwrap_or_default());
        feed(&[0]);
    }
    println!("cargo::rustc-env=FACTCHECK_SOURCE_HASH={hash:016x}");
}

/// Every file under `folder`, at any depth.
fn collect(folder: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
