//! Headless Chromium for the HTML report's test and benchmark: finding the browser, and
//! opening a page with its `#selftest` hook (the failures-only switch turned on, the first
//! failure clicked) to read the DOM the script left and the time it took.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The first Chromium on `PATH` (Debian's `chromium`, which `.ci/run` installs).
pub fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH")?
                .to_str()?
                .split(':')
                .map(|dir| PathBuf::from(dir).join(name))
                .find(|path| path.is_file())
        })
}

/// What a `#selftest` run of a page gave.
pub struct Selftest {
    /// The DOM after the page's script ran.
    pub dom: String,
    /// From starting Chromium to its exit: start-up, loading, the script, writing the DOM.
    pub elapsed: Duration,
}

impl Selftest {
    /// The value of the `<body>`'s `data-NAME` attribute.
    pub fn body_data(&self, name: &str) -> Option<&str> {
        let body = &self.dom[self.dom.find("<body")?..];
        let body = &body[..body.find('>')?];
        body.split(&format!("data-{name}=\""))
            .nth(1)?
            .split('"')
            .next()
    }

    /// Milliseconds from navigation to the end of the page's script and first click.
    pub fn ready_ms(&self) -> Option<u64> {
        self.body_data("selftest-ms")?.parse().ok()
    }
}

/// Open `page` with its `#selftest` hook in headless Chromium with a fresh profile in
/// `profile`; panics when the page's script did not finish.
pub fn selftest(browser: &Path, page: &Path, profile: &Path) -> Selftest {
    let start = Instant::now();
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}#selftest", page.display()))
        .output()
        .expect("Chromium runs");
    let elapsed = start.elapsed();
    let dom = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        dom.contains("data-selftest=\"done\""),
        "the page's script ran: {}",
        &dom[..dom.len().min(400)]
    );
    Selftest { dom, elapsed }
}
