//! The incremental cache: what one run learnt (each claim file's verdicts, and what they were
//! decided on), kept so that the next run re-checks only what an edit can change.
//!
//! A run asks the cache, for each claim file, for the report it gave last time. The answer is
//! used only if everything the report was made from is unchanged:
//!
//! - the **build**: factcheck's version and a fingerprint of its sources (`build.rs`), and the
//!   suite's config ([`Cache::open`]);
//! - the **claim file**: its path and the BLAKE3 hash of its text;
//! - each **article** it names: the path the name resolves to today and the hash of its bytes.
//!
//! A claim file whose text or articles changed is parsed again, and only what the change can
//! touch is decided again: a claim keeps its outcome on each unchanged article if the entry
//! holds a claim with the same [key](crate::claims::Claim::key) (what the claim asks, with its
//! file's defaults, hashed) on the same articles. Editing one claim of a hundred re-decides
//! that claim; editing a file's defaults re-decides them all. A claim file with no entry, or
//! with another build's, is checked from scratch.
//!
//! An entry also keeps the file's report **rendered ahead** in the forms the run that made it
//! wrote (the human report, plain or coloured, and the JSON report's claims: see
//! [`crate::RunOptions::for_output`]). A later run writing only those forms writes a file the
//! cache answers whole from them, without decoding its claims: an entry is stored as a head
//! (what it was made from, its counts, its pieces' lengths, the hash of its claims) and the
//! pieces as they are; its claims are encoded in a shard of their own beside the entry's,
//! read and decoded only by a run that needs them.
//!
//! Content is what counts, never a timestamp. To avoid reading every file on every run, a
//! file's hash is remembered beside its status (size, modification and change times, inode):
//! a file whose status is unchanged has the hash it had, as in git's index. A file modified in
//! the two seconds before it was hashed is hashed again next time (a filesystem's clock may be
//! too coarse to show a second edit within the same tick).
//!
//! On disk, under the cache folder (`target/factcheck-cache` by default):
//!
//! ```text
//! CACHEDIR.TAG          marks the folder as a cache for backup tools
//! .gitignore            `*`: never committed
//! v5/builds/<build>/entries/<nn>.bin   the entries (heads and pieces), one per claim file,
//!                                      in 64 shards by the hash of its path
//! v5/builds/<build>/claims/<nn>.bin    their encoded claims, in shards beside them, read
//!                                      only where a run decodes claims
//! v5/builds/<build>/status.bin         the status index: path → status → content hash
//! v5/runs/<hash>.bin                   what a command printed and wrote, by its options
//!                                      (see [`Replay`])
//! ```
//!
//! `<build>` names the build and config the entries were made by (a debug and a release
//! build of factcheck share a target folder, and each keeps its own). Entries of another
//! build are never used, so a build's folder is read only by that build's runs, and
//! the folders of all but the [`BUILDS`] most recently used builds are removed: a rebuilt
//! factcheck does not leave its old entries behind to be read past on every run.
//!
//! Every entry, and the status index, carries the BLAKE3 hash of its bytes: one that is short,
//! foreign, from another format or corrupt is taken for missing (and rewritten by the run).
//! Files are written whole to a temporary name and renamed into place, so concurrent runs
//! (nextest's one process per test) each see a whole file, never a mix; two runs that rewrite
//! one shard at once each leave it whole, and the entries only the other run added are
//! simply made again next time. (Shards, rather than a file per claim file, because creating
//! and renaming files costs more than writing them on some filesystems: a thousand claim
//! files' entries cost a cold run 0.3 s on ext4, 64 shards 0.02 s.) The entries are bounded:
//! a shard holds at most [`LIMIT`]` / 64` bytes, and past it the least recently written
//! entries are dropped.

use std::collections::HashMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::article::{Catalog, Meta};
use crate::check::{Candidate, ClaimResult, Diff, Evidence, Outcome};
use crate::claims::Verdict;
use crate::config::Config;
use crate::recognise::calendar::CalendarDay;
use crate::report::{ArticleReport, ClaimReport, FileReport, Piece, Rendered, Shared};

/// A BLAKE3 hash.
pub(crate) type Digest = [u8; 32];

/// The folder's format: a change to what an entry holds changes it.
const FORMAT: &str = "v5";

/// The first bytes of every cache file.
const MAGIC: &[u8; 16] = b"factcheck-cache\n";

/// The most bytes of entries kept, over all builds' folders; past a build's share of it
/// (`LIMIT / BUILDS`), the least recently written are removed until three quarters of it
/// remain (per shard). A claim file's entry takes about 0.4 KB per claim.
pub const LIMIT: u64 = 512 * 1024 * 1024;

/// How many builds' entries are kept: the most recently used.
pub const BUILDS: usize = 3;

/// How many shards the entries are kept in.
const SHARDS: usize = 64;

/// A file modified this recently before it was hashed is hashed again next run.
const SETTLE: Duration = Duration::from_secs(2);

/// Which cache a run uses: `--cache DIR`, `--no-cache`, or neither (then the environment's
/// `FACTCHECK_CACHE`, a folder or `off`, and else the default folder).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Choice {
    /// `FACTCHECK_CACHE` where set, else [`Cache::default_folder`].
    #[default]
    Default,
    /// This folder.
    At(PathBuf),
    /// No cache: every run is cold.
    Off,
}

impl Choice {
    /// The cache this choice names for the suite `config` describes, if any.
    pub fn open(&self, config: &Config) -> Option<Cache> {
        let folder = match self {
            Choice::Off => return None,
            Choice::At(folder) => folder.clone(),
            Choice::Default => match std::env::var_os("FACTCHECK_CACHE") {
                Some(value) if value == "off" || value == "0" || value == "false" => return None,
                Some(value) if !value.is_empty() => PathBuf::from(value),
                _ => Cache::default_folder(config),
            },
        };
        let folder = std::path::absolute(&folder).unwrap_or(folder);
        Some(Cache::open(folder, config))
    }
}

/// Where a suite keeps what its runs learnt.
///
/// A `Cache` value stands for one run: the files it has hashed are not hashed again while
/// it lives (a command asks for a file's hash several times). Open one for each run.
#[derive(Debug, Clone)]
pub struct Cache {
    place: Place,
    run: Arc<std::sync::OnceLock<Arc<Session>>>,
}

/// The cache's folder, and the build its entries must be for.
#[derive(Debug, Clone)]
struct Place {
    folder: PathBuf,
    build: Digest,
}

impl Cache {
    /// The cache in `folder`, for runs of the suite `config` describes with this build of
    /// factcheck. Nothing is read or written until a run uses it; a folder that cannot be
    /// made or written only makes runs cold.
    pub fn open(folder: impl Into<PathBuf>, config: &Config) -> Cache {
        let mut hasher = blake3::Hasher::new();
        hasher.update(FORMAT.as_bytes());
        hasher.update(&[0]);
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update(&[0]);
        hasher.update(env!("FACTCHECK_SOURCE_HASH").as_bytes());
        hasher.update(&[0]);
        // Every field of the config (folders, aliases), as its stable debug form.
        hasher.update(format!("{config:?}").as_bytes());
        Cache {
            place: Place {
                folder: folder.into(),
                build: *hasher.finalize().as_bytes(),
            },
            run: Default::default(),
        }
    }

    /// The default cache folder of the suite `config` describes: `factcheck-cache` in the
    /// build's target folder. That is `CARGO_TARGET_DIR` where set; else the suite's own
    /// `target` folder where it has one; else the target folder this program was built in
    /// (found by cargo's `CACHEDIR.TAG` beside it: `cargo run`, `cargo test`); else the
    /// suite's `target` folder, made.
    pub fn default_folder(config: &Config) -> PathBuf {
        const NAME: &str = "factcheck-cache";
        if let Some(target) = std::env::var_os("CARGO_TARGET_DIR").filter(|t| !t.is_empty()) {
            return config.root.join(target).join(NAME);
        }
        let own = config.root.join("target");
        if own.is_dir() {
            return own.join(NAME);
        }
        let built_in = std::env::current_exe().ok().and_then(|exe| {
            exe.ancestors()
                .skip(1)
                .find(|dir| dir.join("CACHEDIR.TAG").is_file())
                .map(Path::to_path_buf)
        });
        built_in.unwrap_or(own).join(NAME)
    }

    /// The folder the cache lives in.
    pub fn folder(&self) -> &Path {
        &self.place.folder
    }
}

impl Place {
    /// The folder of all builds' entries.
    fn builds(&self) -> PathBuf {
        self.folder.join(FORMAT).join("builds")
    }

    /// The folder of this build's entries and status index.
    fn own(&self) -> PathBuf {
        let name = blake3::Hash::from(self.build).to_hex();
        self.builds().join(&name[..16])
    }

    fn shard_path(&self, shard: usize) -> PathBuf {
        self.own().join("entries").join(format!("{shard:02}.bin"))
    }

    /// The shard holding the encoded claims of the entries of shard `shard`.
    fn claims_path(&self, shard: usize) -> PathBuf {
        self.own().join("claims").join(format!("{shard:02}.bin"))
    }

    fn status_path(&self) -> PathBuf {
        self.own().join("status.bin")
    }

    /// Mark this build's folder as just used, and remove the folders of all but the
    /// [`BUILDS`] most recently used builds. A run of a removed build that is still going
    /// only makes its folder again, or runs cold.
    fn keep_recent_builds(&self) {
        let own = self.own();
        let _ = write_whole(&own.join("used"), b"");
        // Folders of an older format (`v1` to `v4`) are never read again.
        if let Ok(listing) = std::fs::read_dir(&self.folder) {
            for entry in listing.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                let versioned = name
                    .strip_prefix('v')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
                if versioned && name != FORMAT && entry.path().is_dir() {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        let Ok(listing) = std::fs::read_dir(self.builds()) else {
            return;
        };
        let mut others: Vec<(SystemTime, PathBuf)> = listing
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| *path != own && path.is_dir())
            .map(|path| {
                let used = std::fs::metadata(path.join("used"))
                    .and_then(|m| m.modified())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                (used, path)
            })
            .collect();
        if others.len() < BUILDS {
            return;
        }
        others.sort_by(|a, b| b.cmp(a));
        for (_, path) in others.into_iter().skip(BUILDS - 1) {
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

/// One run's use of a cache: the hashes of the files it read, and the entries it wrote.
pub(crate) struct Session {
    place: Place,
    /// The status index as the last run left it.
    known: FxHashMap<String, Status>,
    /// Each file's hash this run, once found (`None`: it could not be read).
    hashes: Mutex<FxHashMap<std::ffi::OsString, Option<Digest>>>,
    /// What this run learnt of files' statuses, for the next run.
    learnt: Mutex<FxHashMap<String, Status>>,
    /// Each article name's file and its hash, as this run found them.
    articles: Mutex<FxHashMap<Arc<str>, Option<Found>>>,
    /// The articles folders this run listed, each once (keying a run and loading its suite
    /// both need the listing).
    catalogs: Mutex<FxHashMap<PathBuf, Arc<Catalog>>>,
    /// Each shard as this run first read it.
    shards: Vec<std::sync::OnceLock<Shard>>,
    /// Each shard of encoded claims, read when an entry's claims are first decoded.
    claim_shards: Vec<Arc<std::sync::OnceLock<Shard>>>,
    /// Entries to write at the end of the run: (shard, key, entry, its encoded claims).
    pending: Mutex<Vec<Pending>>,
    /// Held while the run's findings are written (the harness writes after each file).
    finishing: Mutex<()>,
}

/// An entry to write at the end of a run.
struct Pending {
    shard: usize,
    key: Key,
    /// The entry's bytes (its head and pieces).
    entry: Vec<u8>,
    /// Its encoded claims.
    claims: Vec<u8>,
}

/// An article's file and its hash, as a run found them.
type Found = (PathBuf, Digest);

/// The key of a claim file's entry: the start of the hash of its path.
type Key = [u8; 16];

fn key_of(claim_file: &Path) -> (usize, Key) {
    let hash = blake3::hash(claim_file.as_os_str().as_encoded_bytes());
    let mut key = [0; 16];
    key.copy_from_slice(&hash.as_bytes()[..16]);
    (usize::from(key[0]) % SHARDS, key)
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("folder", &self.place.folder)
            .finish_non_exhaustive()
    }
}

/// What a whole run gave: its report in each form the command wrote, kept to be given again,
/// byte for byte, by a run of the same command on the same files. A run's key
/// ([`crate::suite::Suite::replay_key`]) covers the build, the config, every claim file and
/// every article of the suite (each by its content), the article names, and the command's
/// options; a run with warnings is never kept, as they would not be shown again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replay {
    /// Each output, in the order the command writes them.
    pub outputs: Vec<Vec<u8>>,
    /// Claims that passed and failed.
    pub passed: u64,
    /// Claims that failed.
    pub failed: u64,
}

/// The key of a whole run: see [`Replay`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunKey {
    /// Which file the run is kept in: the suite and the command's options.
    pub(crate) slot: Digest,
    /// Everything the run read.
    pub(crate) inputs: Digest,
}

/// A kept run as stored: its header (postcard), then each output's bytes as they are.
#[derive(Serialize, Deserialize)]
struct StoredReplay {
    build: Digest,
    inputs: Digest,
    passed: u64,
    failed: u64,
    lengths: Vec<u64>,
}

impl Cache {
    fn replay_path(&self, key: &RunKey) -> PathBuf {
        let slot = blake3::Hash::from(key.slot).to_hex();
        self.place
            .folder
            .join(FORMAT)
            .join("runs")
            .join(format!("{}.bin", &slot[..32]))
    }

    /// What the run with `key` gave last time, if it is kept.
    pub fn replay(&self, key: &RunKey) -> Option<Replay> {
        use std::io::Read;
        // The header says whether it is this run's before the whole (megabytes) is read.
        let mut file = std::fs::File::open(self.replay_path(key)).ok()?;
        let mut start = Vec::with_capacity(4096);
        (&mut file).take(4096).read_to_end(&mut start).ok()?;
        let (stored, _): (StoredReplay, &[u8]) =
            postcard::take_from_bytes(start.get(MAGIC.len() + 32..)?).ok()?;
        if !start.starts_with(MAGIC)
            || stored.build != self.place.build
            || stored.inputs != key.inputs
        {
            return None;
        }
        let mut bytes = start;
        file.read_to_end(&mut bytes).ok()?;
        let body = checked(bytes.strip_prefix(MAGIC.as_slice())?)?;
        let (_, mut rest): (StoredReplay, &[u8]) = postcard::take_from_bytes(body).ok()?;
        let mut outputs = Vec::with_capacity(stored.lengths.len());
        for length in stored.lengths {
            let (output, tail) = rest.split_at_checked(usize::try_from(length).ok()?)?;
            outputs.push(output.to_vec());
            rest = tail;
        }
        if !rest.is_empty() {
            return None;
        }
        // What the keying learnt of the files' statuses is kept: the run ends here.
        if let Some(session) = self.run.get() {
            session.finish();
        }
        Some(Replay {
            outputs,
            passed: stored.passed,
            failed: stored.failed,
        })
    }

    /// Keep what the run with `key` gave. At most [`RUNS`] runs are kept, the least recently
    /// written dropped first.
    pub fn keep_replay(&self, key: &RunKey, replay: &Replay) {
        let stored = StoredReplay {
            build: self.place.build,
            inputs: key.inputs,
            passed: replay.passed,
            failed: replay.failed,
            lengths: replay.outputs.iter().map(|o| o.len() as u64).collect(),
        };
        let Ok(header) = postcard::to_stdvec(&stored) else {
            return;
        };
        let mut parts = vec![header.as_slice()];
        parts.extend(replay.outputs.iter().map(Vec::as_slice));
        let path = self.replay_path(key);
        if write_checked_parts(&path, &parts).is_ok()
            && let Some(folder) = path.parent()
        {
            keep_newest(folder, RUNS);
        }
    }
}

/// How many whole runs are kept (each is one command's options on one suite).
pub const RUNS: usize = 16;

/// Remove all but the `count` most recently written files in `folder`.
fn keep_newest(folder: &Path, count: usize) {
    let Ok(listing) = std::fs::read_dir(folder) else {
        return;
    };
    let mut files: Vec<(SystemTime, PathBuf)> = listing
        .flatten()
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .collect();
    if files.len() <= count {
        return;
    }
    files.sort();
    let excess = files.len() - count;
    for (_, path) in files.into_iter().take(excess) {
        let _ = std::fs::remove_file(path);
    }
}

/// A file's status when it was hashed, and its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Status {
    stamp: Stamp,
    hash: Digest,
    /// Whether the stamp may stand for the hash: the file had not been modified for a while
    /// when it was hashed.
    settled: bool,
}

/// What the filesystem says of a file, which changes whenever its content can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified: (i64, i64),
    changed: (i64, i64),
    device: u64,
    inode: u64,
}

impl Stamp {
    fn of(metadata: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp {
                len: metadata.len(),
                modified: (metadata.mtime(), metadata.mtime_nsec()),
                changed: (metadata.ctime(), metadata.ctime_nsec()),
                device: metadata.dev(),
                inode: metadata.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let since = |time: std::io::Result<SystemTime>| {
                time.ok()
                    .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                    .map_or((0, 0), |d| {
                        (d.as_secs() as i64, i64::from(d.subsec_nanos()))
                    })
            };
            Stamp {
                len: metadata.len(),
                modified: since(metadata.modified()),
                changed: since(metadata.created()),
                device: 0,
                inode: 0,
            }
        }
    }

    fn modified(&self) -> SystemTime {
        let (seconds, nanos) = self.modified;
        let since = Duration::new(seconds.max(0) as u64, nanos.clamp(0, 999_999_999) as u32);
        SystemTime::UNIX_EPOCH + since
    }
}

impl Session {
    /// The run `cache` stands for.
    pub(crate) fn start(cache: &Cache) -> Arc<Session> {
        Arc::clone(
            cache
                .run
                .get_or_init(|| Arc::new(Session::new(cache.place.clone()))),
        )
    }

    fn new(place: Place) -> Session {
        let known = read_checked(&place.status_path())
            .and_then(|body| postcard::from_bytes::<StatusIndex>(&body).ok())
            .filter(|index| index.build == place.build)
            .map(|index| index.files.into_iter().collect())
            .unwrap_or_default();
        Session {
            place,
            known,
            hashes: Mutex::new(FxHashMap::default()),
            learnt: Mutex::new(FxHashMap::default()),
            articles: Mutex::new(FxHashMap::default()),
            catalogs: Mutex::new(FxHashMap::default()),
            shards: (0..SHARDS).map(|_| std::sync::OnceLock::new()).collect(),
            claim_shards: (0..SHARDS).map(|_| Arc::default()).collect(),
            pending: Mutex::new(Vec::new()),
            finishing: Mutex::new(()),
        }
    }

    /// The hash of the file at `path`, read only if its status changed since it was last
    /// hashed; `None` if it cannot be read.
    pub(crate) fn hash_of(&self, path: &Path) -> Option<Digest> {
        if let Some(known) = lock(&self.hashes).get(path.as_os_str()) {
            return *known;
        }
        let hash = self.find_hash(path);
        lock(&self.hashes).insert(path.as_os_str().to_owned(), hash);
        hash
    }

    /// [`Session::hash_of`] each of `paths`, in parallel, remembered under one lock.
    pub(crate) fn hash_all(&self, paths: &[&Path]) -> Vec<Option<Digest>> {
        let hashes: Vec<Option<Digest>> =
            paths.par_iter().map(|path| self.find_hash(path)).collect();
        let mut known = lock(&self.hashes);
        for (path, hash) in paths.iter().zip(&hashes) {
            known.insert(path.as_os_str().to_owned(), *hash);
        }
        hashes
    }

    fn find_hash(&self, path: &Path) -> Option<Digest> {
        let metadata = std::fs::metadata(path).ok()?;
        let stamp = Stamp::of(&metadata);
        let key = path.to_str()?;
        if let Some(status) = self.known.get(key)
            && status.settled
            && status.stamp == stamp
        {
            return Some(status.hash);
        }
        let bytes = std::fs::read(path).ok()?;
        let hash = *blake3::hash(&bytes).as_bytes();
        self.learn(key, stamp, hash);
        Some(hash)
    }

    /// The articles in `folder`, listed once in this run.
    pub(crate) fn catalog(&self, folder: &Path) -> Arc<Catalog> {
        if let Some(catalog) = lock(&self.catalogs).get(folder) {
            return Arc::clone(catalog);
        }
        let catalog = Arc::new(Catalog::scan(folder));
        lock(&self.catalogs).insert(folder.to_path_buf(), Arc::clone(&catalog));
        catalog
    }

    /// The build this session's cache is for.
    pub(crate) fn build(&self) -> Digest {
        self.place.build
    }

    /// Remember `hash`, found from bytes read for another reason (a claim file's, to parse
    /// it), as the hash of the file at `path` whose status was `metadata` before it was read.
    pub(crate) fn learn_hash(&self, path: &Path, metadata: &std::fs::Metadata, hash: Digest) {
        if let Some(key) = path.to_str() {
            self.learn(key, Stamp::of(metadata), hash);
        }
        lock(&self.hashes).insert(path.as_os_str().to_owned(), Some(hash));
    }

    fn learn(&self, key: &str, stamp: Stamp, hash: Digest) {
        let settled = SystemTime::now()
            .duration_since(stamp.modified())
            .is_ok_and(|age| age >= SETTLE);
        lock(&self.learnt).insert(
            key.to_string(),
            Status {
                stamp,
                hash,
                settled,
            },
        );
    }

    /// The entry of the claim file at `path`, if the cache holds one made by this build, from
    /// whatever text the file had then (its [`Entry::claim_hash`] says).
    pub(crate) fn entry(&self, path: &Path) -> Option<Entry> {
        let (at, key) = key_of(path);
        let shard = self.shards[at].get_or_init(|| Shard::read(&self.place.shard_path(at)));
        let Some((_, Record::Read(range))) = shard.entries.get(&key) else {
            return None;
        };
        let claims = ClaimsAt {
            shard: Arc::clone(&self.claim_shards[at]),
            path: self.place.claims_path(at),
            key,
            hash: [0; 32],
        };
        let (head, entry) = decode_entry(&shard.buffer, range.clone(), claims)?;
        if head.build != self.place.build || Path::new(&head.path) != path {
            return None;
        }
        Some(entry)
    }

    /// Whether each article of `entry` is unchanged: the name resolves to the same file, and
    /// the file has the same content.
    pub(crate) fn unchanged(&self, entry: &Entry, catalog: &Catalog) -> Vec<bool> {
        let same = |article: &EntryArticle, now: &Option<Found>| {
            now.as_ref()
                .is_some_and(|(path, hash)| *path == article.path && *hash == article.hash)
        };
        // The articles found before, under one lock (entries are checked in parallel, and
        // most of their articles were found for an earlier entry).
        let mut unchanged: Vec<Option<bool>> = {
            let known = lock(&self.articles);
            entry
                .articles
                .iter()
                .map(|article| {
                    known
                        .get(&article.report.name)
                        .map(|now| same(article, now))
                })
                .collect()
        };
        for (article, unchanged) in entry.articles.iter().zip(&mut unchanged) {
            if unchanged.is_none() {
                let name = &article.report.name;
                let now = catalog
                    .resolve(name)
                    .ok()
                    .and_then(|path| Some((path.to_path_buf(), self.hash_of(path)?)));
                *unchanged = Some(same(article, &now));
                lock(&self.articles).insert(Arc::clone(name), now);
            }
        }
        unchanged
            .into_iter()
            .map(|same| same == Some(true))
            .collect()
    }

    /// Keep `report`, made from the claim file at `path` (its text hashing to `claim_hash`)
    /// and from `articles`, for the next run. A failure to write only costs the next run time.
    pub(crate) fn store(
        &self,
        path: &Path,
        claim_hash: Digest,
        report: &FileReport,
        articles: &[EntryArticle],
    ) {
        let Some(shown) = path.to_str() else {
            return;
        };
        let rendered = match &report.rendered {
            Some(rendered) => rendered.clone(),
            None => Rendered::of(report, &[], &Default::default()),
        };
        let Some((entry, claims)) = encode_entry(
            self.place.build,
            shown,
            claim_hash,
            report,
            articles,
            &rendered,
        ) else {
            return;
        };
        let (shard, key) = key_of(path);
        lock(&self.pending).push(Pending {
            shard,
            key,
            entry,
            claims,
        });
    }

    /// End the run: keep the status index, and bound the entries.
    pub(crate) fn finish(&self) {
        let _finishing = lock(&self.finishing);
        let learnt = std::mem::take(&mut *lock(&self.learnt));
        let changed = learnt
            .iter()
            .any(|(key, status)| self.known.get(key) != Some(status));
        if changed {
            // What this run saw replaces what the last run saw; files this run did not look
            // at are kept for runs that do (the harness may check one claim file), up to a
            // bound.
            let mut files = self.known.clone();
            if files.len() + learnt.len() > 1_000_000 {
                files.clear();
            }
            files.extend(learnt);
            let mut files: Vec<(String, Status)> = files.into_iter().collect();
            files.sort_by(|a, b| a.0.cmp(&b.0));
            let index = StatusIndex {
                build: self.place.build,
                files,
            };
            if let Ok(body) = postcard::to_stdvec(&index) {
                let _ = write_checked(&self.place.status_path(), &body);
            }
        }
        let pending = std::mem::take(&mut *lock(&self.pending));
        let wrote = !pending.is_empty();
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut groups: Vec<Vec<Pending>> = (0..SHARDS).map(|_| Vec::new()).collect();
        for pending in pending {
            groups[pending.shard].push(pending);
        }
        groups
            .into_par_iter()
            .enumerate()
            .filter(|(_, group)| !group.is_empty())
            .for_each(|(at, group)| {
                let shard_path = self.place.shard_path(at);
                // Read again: another run may have written the shard since this one read it.
                let mut shard = Shard::read(&shard_path);
                let claims_path = self.place.claims_path(at);
                let mut claims = Shard::read(&claims_path);
                for pending in group {
                    let key = pending.key;
                    shard
                        .entries
                        .insert(key, (now, Record::Written(pending.entry)));
                    claims
                        .entries
                        .insert(key, (now, Record::Written(pending.claims)));
                }
                // Half the bound for the entries (heads and pieces), half for their claims;
                // claims whose entry is gone go too.
                let bound = LIMIT / (BUILDS * SHARDS * 2) as u64;
                shard.bound(bound);
                claims
                    .entries
                    .retain(|key, _| shard.entries.contains_key(key));
                claims.bound(bound);
                // The claims first: an entry is never written before the claims it names
                // (a reader that finds them missing or changed checks the file again).
                let _ = write_whole(&claims_path, &claims.bytes());
                let _ = write_whole(&shard_path, &shard.bytes());
            });
        if wrote {
            self.place.keep_recent_builds();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A claim file's report as the last run left it, with what it was made from. Its claims
/// are decoded only where a run needs them ([`Entry::report`]): a run whose formats were all
/// rendered ahead ([`Rendered`]) writes the file from its pieces.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The hash of the claim file's text it was made from.
    pub claim_hash: Digest,
    /// The articles its claims name, in name order.
    pub articles: Vec<EntryArticle>,
    /// The claim file as shown (`claims/drills.toml`).
    pub name: String,
    /// The name tests use (`drills`).
    pub stem: String,
    /// Its counts, and its report's pieces rendered ahead.
    pub rendered: Rendered,
    /// Where its claims are, encoded (`StoredClaims`).
    claims: ClaimsAt,
}

/// Where an entry's encoded claims are: a record of a claims shard, read when first needed
/// and checked against the hash the entry's head gives.
#[derive(Clone)]
struct ClaimsAt {
    shard: Arc<std::sync::OnceLock<Shard>>,
    path: PathBuf,
    key: Key,
    hash: Digest,
}

impl std::fmt::Debug for ClaimsAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClaimsAt")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl ClaimsAt {
    /// The encoded claims, if they are there and are the ones the entry was made with.
    fn bytes(&self) -> Option<Shared> {
        let shard = self.shard.get_or_init(|| Shard::read(&self.path));
        let Some((_, Record::Read(range))) = shard.entries.get(&self.key) else {
            return None;
        };
        let bytes = Shared::part(&shard.buffer, range.clone())?;
        (blake3::hash(bytes.as_ref()).as_bytes() == &self.hash).then_some(bytes)
    }
}

impl Entry {
    /// The report, claims and all (with the pieces rendered ahead); `None` where the claims do
    /// not hold together (an index out of range, an unknown kind or verdict): a corrupt entry
    /// is never trusted.
    pub(crate) fn report(&self) -> Option<FileReport> {
        let encoded = self.claims.bytes()?;
        let stored: StoredClaims = postcard::from_bytes(encoded.as_ref()).ok()?;
        let claims = stored.into_claims(&self.articles)?;
        let passed = claims.iter().filter(|c| c.result.passed).count();
        (passed == self.rendered.passed && claims.len() - passed == self.rendered.failed).then(
            || FileReport {
                path: self.name.clone(),
                stem: self.stem.clone(),
                claims,
                rendered: Some(self.rendered.clone()),
            },
        )
    }

    /// The report without its claims, written from the pieces rendered ahead.
    pub(crate) fn report_ahead(&self) -> FileReport {
        FileReport {
            path: self.name.clone(),
            stem: self.stem.clone(),
            claims: Vec::new(),
            rendered: Some(self.rendered.clone()),
        }
    }

    /// How many claims the file has.
    pub(crate) fn claim_count(&self) -> usize {
        self.rendered.passed + self.rendered.failed
    }
}

/// An article a cached report was decided on.
#[derive(Debug, Clone)]
pub(crate) struct EntryArticle {
    /// The article as a report lists it (never with its text).
    pub report: ArticleReport,
    /// The file its name resolved to.
    pub path: PathBuf,
    /// The hash of the file's bytes.
    pub hash: Digest,
}

#[derive(Serialize, Deserialize)]
struct StatusIndex {
    build: Digest,
    files: Vec<(String, Status)>,
}

/// An entry as stored: a head (what the entry was made from, the counts, the length of
/// each piece), then each piece's bytes as they are, then the claims (`StoredClaims`), so
/// that a run reads the head and the pieces and decodes the claims only if it needs them.
#[derive(Serialize, Deserialize)]
struct StoredHead {
    build: Digest,
    path: String,
    claim_hash: Digest,
    name: String,
    stem: String,
    articles: Vec<StoredArticle>,
    passed: u64,
    failed: u64,
    /// Each piece rendered ahead: its code (its place in [`Piece::ALL`]) and its length.
    pieces: Vec<(u8, u64)>,
    /// The hash of the encoded claims, kept apart in a claims shard.
    claims_hash: Digest,
}

/// An entry's claims, with their strings in tables (a sentence stands once, however many
/// outcomes cite it).
#[derive(Serialize, Deserialize)]
struct StoredClaims {
    sentences: Vec<String>,
    claims: Vec<StoredClaim>,
}

#[derive(Serialize, Deserialize)]
struct StoredArticle {
    name: String,
    display: String,
    path: String,
    hash: Digest,
    title: Option<String>,
    url: Option<String>,
    published: Option<(i32, u8, u8)>,
    author: Option<String>,
    publisher: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct StoredClaim {
    key: Option<crate::claims::ClaimKey>,
    id: String,
    says: String,
    line: u64,
    kind: String,
    expect: u8,
    verdict: u8,
    passed: bool,
    outcomes: Vec<StoredOutcome>,
}

#[derive(Serialize, Deserialize)]
struct StoredOutcome {
    /// Index into the entry's articles.
    article: u32,
    verdict: u8,
    evidence: Option<StoredEvidence>,
    notes: Vec<String>,
    diff: Option<(String, String)>,
    candidates: Vec<(StoredEvidence, String)>,
}

#[derive(Serialize, Deserialize)]
struct StoredEvidence {
    line: u64,
    column: u64,
    text: String,
    /// Index into the entry's sentences.
    sentence: u32,
    start: u64,
    end: u64,
}

fn verdict_code(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Supported => 0,
        Verdict::Refuted => 1,
        Verdict::Absent => 2,
    }
}

fn verdict_of(code: u8) -> Option<Verdict> {
    Some(match code {
        0 => Verdict::Supported,
        1 => Verdict::Refuted,
        2 => Verdict::Absent,
        _ => return None,
    })
}

/// Each shared string once, by its first index. Strings are told apart by where they are
/// held (outcomes citing one sentence share it), which is fast; equal strings held apart are
/// stored twice, which costs room, not correctness.
#[derive(Default)]
struct Table {
    index: FxHashMap<usize, u32>,
    strings: Vec<String>,
}

impl Table {
    fn of(&mut self, text: &Arc<str>) -> u32 {
        let held = Arc::as_ptr(text).cast::<u8>() as usize;
        *self.index.entry(held).or_insert_with(|| {
            self.strings.push(text.to_string());
            (self.strings.len() - 1) as u32
        })
    }
}

/// The stored form of a report, made by `build` from the claim file at `path` (its text
/// hashing to `claim_hash`) and `articles`: the entry's bytes (a checked blob: its head and
/// pieces), and its encoded claims, kept apart.
fn encode_entry(
    build: Digest,
    path: &str,
    claim_hash: Digest,
    report: &FileReport,
    articles: &[EntryArticle],
    rendered: &Rendered,
) -> Option<(Vec<u8>, Vec<u8>)> {
    let claims = postcard::to_stdvec(&StoredClaims::new(report, articles)).ok()?;
    let head = StoredHead {
        build,
        path: path.to_string(),
        claim_hash,
        name: report.path.clone(),
        stem: report.stem.clone(),
        articles: articles
            .iter()
            .map(|a| {
                let meta = &a.report.meta;
                StoredArticle {
                    name: a.report.name.to_string(),
                    display: a.report.display.to_string(),
                    path: a.path.to_string_lossy().into_owned(),
                    hash: a.hash,
                    title: meta.title.clone(),
                    url: meta.url.clone(),
                    published: meta.published.map(|d| (d.year, d.month, d.day)),
                    author: meta.author.clone(),
                    publisher: meta.publisher.clone(),
                }
            })
            .collect(),
        passed: rendered.passed as u64,
        failed: rendered.failed as u64,
        pieces: rendered
            .pieces
            .iter()
            .map(|(piece, bytes)| {
                let code = Piece::ALL.iter().position(|p| p == piece).unwrap_or(0);
                (code as u8, bytes.as_ref().len() as u64)
            })
            .collect(),
        claims_hash: *blake3::hash(&claims).as_bytes(),
    };
    let mut body = postcard::to_stdvec(&head).ok()?;
    for (_, bytes) in &rendered.pieces {
        body.extend_from_slice(bytes.as_ref());
    }
    let mut entry = Vec::with_capacity(32 + body.len());
    entry.extend_from_slice(blake3::hash(&body).as_bytes());
    entry.extend_from_slice(&body);
    Some((entry, claims))
}

/// The entry held at `range` of `buffer` (a checked blob), if it is whole and holds together,
/// its claims at `claims` (the hash they must have is the head's).
fn decode_entry(
    buffer: &Arc<Vec<u8>>,
    range: std::ops::Range<usize>,
    mut claims: ClaimsAt,
) -> Option<(StoredHead, Entry)> {
    let body = checked(buffer.get(range.clone())?)?;
    let (head, rest): (StoredHead, &[u8]) = postcard::take_from_bytes(body).ok()?;
    let mut at = range.end - rest.len();
    let mut pieces = Vec::with_capacity(head.pieces.len());
    for (code, len) in &head.pieces {
        let piece = *Piece::ALL.get(usize::from(*code))?;
        let end = at.checked_add(usize::try_from(*len).ok()?)?;
        pieces.push((piece, Shared::part(buffer, at..end)?));
        at = end;
    }
    if at != range.end {
        return None;
    }
    claims.hash = head.claims_hash;
    let articles = head
        .articles
        .iter()
        .map(|a| EntryArticle {
            report: ArticleReport {
                name: a.name.as_str().into(),
                display: a.display.as_str().into(),
                meta: Meta {
                    title: a.title.clone(),
                    url: a.url.clone(),
                    published: a.published.map(|(year, month, day)| CalendarDay {
                        year,
                        month,
                        day,
                    }),
                    author: a.author.clone(),
                    publisher: a.publisher.clone(),
                },
                text: None,
            },
            path: PathBuf::from(&a.path),
            hash: a.hash,
        })
        .collect();
    let entry = Entry {
        claim_hash: head.claim_hash,
        articles,
        name: head.name.clone(),
        stem: head.stem.clone(),
        rendered: Rendered {
            passed: usize::try_from(head.passed).ok()?,
            failed: usize::try_from(head.failed).ok()?,
            pieces,
        },
        claims,
    };
    Some((head, entry))
}

impl StoredClaims {
    fn new(report: &FileReport, articles: &[EntryArticle]) -> StoredClaims {
        let mut sentences = Table::default();
        let article_at: HashMap<&str, u32> = articles
            .iter()
            .enumerate()
            .map(|(at, a)| (a.report.name.as_ref(), at as u32))
            .collect();
        let mut evidence = |e: &Evidence| StoredEvidence {
            line: e.line as u64,
            column: e.column as u64,
            text: e.text.clone(),
            sentence: sentences.of(&e.sentence),
            start: e.start as u64,
            end: e.end as u64,
        };
        let claims = report
            .claims
            .iter()
            .map(|claim| StoredClaim {
                key: claim.key,
                id: claim.id.to_string(),
                says: claim.says.to_string(),
                line: claim.line as u64,
                kind: claim.kind.to_string(),
                expect: verdict_code(claim.expect),
                verdict: verdict_code(claim.result.verdict),
                passed: claim.result.passed,
                outcomes: claim
                    .result
                    .outcomes
                    .iter()
                    .map(|outcome| StoredOutcome {
                        article: article_at
                            .get(outcome.article.as_ref())
                            .copied()
                            .unwrap_or(u32::MAX),
                        verdict: verdict_code(outcome.verdict),
                        evidence: outcome.evidence.as_ref().map(&mut evidence),
                        notes: outcome.notes.clone(),
                        diff: outcome
                            .diff
                            .as_ref()
                            .map(|d| (d.claimed.clone(), d.stated.clone())),
                        candidates: outcome
                            .candidates
                            .iter()
                            .map(|c| (evidence(&c.evidence), c.lacks.clone()))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        StoredClaims {
            sentences: sentences.strings,
            claims,
        }
    }

    /// The claims, their outcomes citing `articles`; `None` where they do not hold together.
    fn into_claims(self, articles: &[EntryArticle]) -> Option<Vec<ClaimReport>> {
        let sentences: Vec<Arc<str>> = self.sentences.into_iter().map(Arc::from).collect();
        let evidence = |e: StoredEvidence| -> Option<Evidence> {
            Some(Evidence {
                line: usize::try_from(e.line).ok()?,
                column: usize::try_from(e.column).ok()?,
                text: e.text,
                sentence: Arc::clone(sentences.get(e.sentence as usize)?),
                start: usize::try_from(e.start).ok()?,
                end: usize::try_from(e.end).ok()?,
            })
        };
        let mut claims = Vec::with_capacity(self.claims.len());
        for claim in self.claims {
            let mut outcomes = Vec::with_capacity(claim.outcomes.len());
            for outcome in claim.outcomes {
                let article = &articles.get(outcome.article as usize)?.report;
                let mut candidates = Vec::with_capacity(outcome.candidates.len());
                for (found, lacks) in outcome.candidates {
                    candidates.push(Candidate {
                        evidence: evidence(found)?,
                        lacks,
                    });
                }
                outcomes.push(Outcome {
                    article: Arc::clone(&article.name),
                    display: Arc::clone(&article.display),
                    verdict: verdict_of(outcome.verdict)?,
                    evidence: match outcome.evidence {
                        Some(found) => Some(evidence(found)?),
                        None => None,
                    },
                    notes: outcome.notes,
                    diff: outcome
                        .diff
                        .map(|(claimed, stated)| Diff { claimed, stated }),
                    candidates,
                });
            }
            claims.push(ClaimReport {
                id: claim.id.into(),
                says: claim.says.into(),
                line: usize::try_from(claim.line).ok()?,
                kind: crate::claims::ClaimKind::NAMES
                    .iter()
                    .find(|name| **name == claim.kind)?,
                expect: verdict_of(claim.expect)?,
                result: ClaimResult {
                    verdict: verdict_of(claim.verdict)?,
                    passed: claim.passed,
                    outcomes,
                },
                key: claim.key,
            });
        }
        Some(claims)
    }
}

/// The body of a checked blob (the BLAKE3 hash of the body, then the body), if it is whole.
fn checked(blob: &[u8]) -> Option<&[u8]> {
    let (hash, body) = blob.split_at_checked(32)?;
    (blake3::hash(body).as_bytes() == hash).then_some(body)
}

/// The body of the cache file at `path`, if it is whole: the magic line, then a checked blob.
fn read_checked(path: &Path) -> Option<Vec<u8>> {
    let bytes = std::fs::read(path).ok()?;
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    checked(rest).map(<[u8]>::to_vec)
}

/// Write `body` to the cache file at `path` as [`read_checked`] reads it.
fn write_checked(path: &Path, body: &[u8]) -> std::io::Result<()> {
    write_checked_parts(path, &[body])
}

/// [`write_checked`] of the body made of `parts`, written as they are (a kept run's outputs
/// are megabytes: they are not copied into one body first).
fn write_checked_parts(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let mut hasher = blake3::Hasher::new();
    for part in parts {
        hasher.update(part);
    }
    let hash = hasher.finalize();
    let mut whole: Vec<&[u8]> = vec![MAGIC.as_slice(), hash.as_bytes()];
    whole.extend_from_slice(parts);
    write_whole_parts(path, &whole)
}

/// Write `bytes` to `path` whole: into a temporary file beside it, renamed over it.
fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_whole_parts(path, &[bytes])
}

/// [`write_whole`] of the bytes `parts` make, one after the other.
fn write_whole_parts(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    if !folder.is_dir() {
        std::fs::create_dir_all(folder)?;
        mark(folder);
    }
    let mut file = tempfile::Builder::new()
        .prefix(".cache-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    for part in parts {
        file.write_all(part)?;
    }
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A shard of entries: the magic line, then records of a key (16 bytes), the time it was
/// written (seconds, 8 bytes), the entry's length (4 bytes) and the entry (a checked blob).
/// Reading stops at the first record that does not fit: a damaged shard keeps what precedes
/// the damage, and each entry is checked again when used.
#[derive(Default)]
struct Shard {
    /// The shard's bytes as read, which the entries read from it are parts of.
    buffer: Arc<Vec<u8>>,
    entries: FxHashMap<Key, (u64, Record)>,
}

/// Where an entry of a shard is.
enum Record {
    /// In the shard's buffer, as read.
    Read(std::ops::Range<usize>),
    /// Written by this run.
    Written(Vec<u8>),
}

impl Shard {
    fn read(path: &Path) -> Shard {
        let mut shard = Shard::default();
        let Ok(bytes) = std::fs::read(path) else {
            return shard;
        };
        if !bytes.starts_with(MAGIC) {
            return shard;
        }
        let mut at = MAGIC.len();
        while let Some(head) = bytes.get(at..at + 28) {
            let key: Key = head[..16].try_into().unwrap_or_default();
            let written = u64::from_le_bytes(head[16..24].try_into().unwrap_or_default());
            let len = u32::from_le_bytes(head[24..28].try_into().unwrap_or_default()) as usize;
            let start = at + 28;
            let Some(end) = start.checked_add(len).filter(|end| *end <= bytes.len()) else {
                break;
            };
            shard
                .entries
                .insert(key, (written, Record::Read(start..end)));
            at = end;
        }
        shard.buffer = Arc::new(bytes);
        shard
    }

    /// The bytes of the entry `record`.
    fn bytes_of<'a>(&'a self, record: &'a Record) -> &'a [u8] {
        match record {
            Record::Read(range) => self.buffer.get(range.clone()).unwrap_or_default(),
            Record::Written(entry) => entry,
        }
    }

    fn bytes(&self) -> Vec<u8> {
        let mut records: Vec<(&Key, &(u64, Record))> = self.entries.iter().collect();
        records.sort_by_key(|(key, _)| **key);
        let size = records
            .iter()
            .map(|(_, (_, r))| 28 + self.bytes_of(r).len())
            .sum::<usize>();
        let mut bytes = Vec::with_capacity(MAGIC.len() + size);
        bytes.extend_from_slice(MAGIC);
        for (key, (written, record)) in records {
            let entry = self.bytes_of(record);
            bytes.extend_from_slice(key);
            bytes.extend_from_slice(&written.to_le_bytes());
            bytes.extend_from_slice(&(entry.len() as u32).to_le_bytes());
            bytes.extend_from_slice(entry);
        }
        bytes
    }

    /// Drop the least recently written entries while the shard holds more than `limit`
    /// bytes, down to three quarters of it.
    fn bound(&mut self, limit: u64) {
        let size = |shard: &Shard| -> u64 {
            shard
                .entries
                .values()
                .map(|(_, r)| 28 + shard.bytes_of(r).len() as u64)
                .sum()
        };
        let mut total = size(self);
        if total <= limit {
            return;
        }
        let mut by_age: Vec<(u64, Key, u64)> = self
            .entries
            .iter()
            .map(|(key, (written, record))| {
                (*written, *key, 28 + self.bytes_of(record).len() as u64)
            })
            .collect();
        by_age.sort();
        for (_, key, len) in by_age {
            if total <= limit / 4 * 3 {
                break;
            }
            self.entries.remove(&key);
            total -= len;
        }
    }
}

/// Mark the cache folder above `folder` (`…/factcheck-cache/v5/…`) as a cache, for
/// backup tools and git.
fn mark(folder: &Path) {
    let Some(root) = folder
        .ancestors()
        .find(|dir| dir.file_name().is_some_and(|n| n == FORMAT))
        .and_then(Path::parent)
    else {
        return;
    };
    let tag = root.join("CACHEDIR.TAG");
    if !tag.exists() {
        let _ = std::fs::write(
            &tag,
            "Signature: 8a477f597d28d172789f06886806bc55\n\
             # This folder is factcheck's cache of verdicts; it is rebuilt when removed.\n",
        );
        let _ = std::fs::write(root.join(".gitignore"), "*\n");
    }
}
