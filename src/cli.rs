//! Command-line parsing and the exit-code contract: 0 all claims pass, 1 some claim fails,
//! 2 invalid input (nothing is checked until the input is valid).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use factcheck::article::{Article, analyse};
use factcheck::cache::Replay;
use factcheck::diagnostic::{self, Diagnostic};
use factcheck::report::{self, extract};
use factcheck::scaffold::{Ci, Dependency};
use factcheck::{Config, InputErrors, RunOptions, Suite};

/// Fact-check articles against claims written as TOML.
#[derive(Parser, Debug)]
#[command(
    name = "factcheck",
    version,
    about,
    propagate_version = true,
    after_help = "Exit codes: 0 all claims pass, 1 some claim fails, 2 invalid input \
        (nothing is checked until every claim file and article is valid).\n\
        Colour: --color, or CLICOLOR_FORCE=1 (always), NO_COLOR=1 (never).\n\
        Start with `factcheck init my-desk`, then `factcheck check` inside it."
)]
struct Cli {
    /// When to colour output.
    #[arg(long, value_enum, default_value = "auto", global = true)]
    color: Color,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check claim files against their articles.
    #[command(after_help = "Examples:\n  \
        factcheck check                          check every claim file under claims/\n  \
        factcheck check claims/drills.toml       check one file\n  \
        factcheck check --filter 'nato-*'        only the claims whose id matches\n  \
        factcheck check --format json > out.json\n  \
        factcheck check --junit junit.xml --html report.html --markdown summary.md\n  \
        factcheck check --watch                  re-run affected claims on every save\n\n\
        Under GitHub Actions (GITHUB_ACTIONS=true) the human report is followed by annotations\n\
        of the failing claims, unless --format or --annotations never says otherwise.\n\n\
        Exit codes: 0 all claims pass, 1 some claim fails, 2 invalid input.")]
    Check {
        /// Claim files or folders (default: the suite's claims folder).
        paths: Vec<PathBuf>,
        /// Only the claims a pattern names: a claim id, or a test name
        /// (`<claim file>::<id>`); `*` matches any run of characters, `?` any one. Repeatable.
        #[arg(long, value_name = "PATTERN")]
        filter: Vec<String>,
        /// The format on standard output (or in --output): human (as cargo test prints it),
        /// json (one document, version 1), junit (XML for CI dashboards), github (Actions
        /// annotations), markdown (a summary and each failure's diff), html (one
        /// self-contained page), claimreview (schema.org ClaimReview JSON-LD).
        #[arg(long, value_parser = report_format)]
        format: Option<report::Format>,
        /// Write the --format report to this file; the human report still goes to the
        /// terminal.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also write the JSON report to FILE.
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
        /// Also write the JUnit XML report to FILE.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
        /// Also write the Markdown report to FILE (e.g. "$GITHUB_STEP_SUMMARY").
        #[arg(long, value_name = "FILE")]
        markdown: Option<PathBuf>,
        /// Also write the HTML report to FILE.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Also write schema.org ClaimReview JSON-LD to FILE.
        #[arg(long, value_name = "FILE")]
        claimreview: Option<PathBuf>,
        /// GitHub Actions annotations of failing claims after the human report: auto (when
        /// GITHUB_ACTIONS=true), always or never.
        #[arg(long, value_enum, default_value = "auto")]
        annotations: Annotations,
        /// Append the counts (`claims=`, `passed=`, `failed=`) to FILE as step outputs, e.g.
        /// "$GITHUB_OUTPUT".
        #[arg(long, value_name = "FILE")]
        github_output: Option<PathBuf>,
        /// Keep what runs learn in DIR (default: `factcheck-cache` in the build's target
        /// folder, or FACTCHECK_CACHE), so that a run after an edit re-checks only what the
        /// edit can change.
        #[arg(long, value_name = "DIR")]
        cache: Option<PathBuf>,
        /// Check everything from scratch, and keep nothing (FACTCHECK_CACHE=off does the
        /// same).
        #[arg(long, conflicts_with = "cache")]
        no_cache: bool,
        /// Keep watching: re-run the claims a change to a claim file or article affects.
        #[arg(long, conflicts_with_all = ["output", "json", "junit", "markdown", "html", "claimreview", "github_output", "filter"])]
        watch: bool,
    },
    /// List what an article holds (paragraphs, sentences, quotations), to write claims from.
    #[command(after_help = "Examples:\n  \
        factcheck extract articles/nbc-russia-belarus-drills.txt\n  \
        curl -s https://example.org/story.txt | factcheck extract --format json -")]
    Extract {
        /// An article file, or `-` for standard input.
        path: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Print the JSON Schema of claim files, or of factcheck.toml (for editors).
    #[command(after_help = "Examples:\n  \
        factcheck schema > factcheck.schema.json                   claim files\n  \
        factcheck schema --config > factcheck.config.schema.json   factcheck.toml\n\n\
        Keep both at the suite's root and start each file with Taplo's directive (Even Better\n\
        TOML), a path relative to the file: `#:schema ../factcheck.schema.json` in\n\
        claims/x.toml, one more `../` per folder deeper (`#:schema ../../factcheck.schema.json`\n\
        in claims/desk/x.toml), and `#:schema ./factcheck.config.schema.json` in factcheck.toml.")]
    Schema {
        /// The schema of factcheck.toml instead of claim files'.
        #[arg(long)]
        config: bool,
    },
    /// Scaffold a new suite repository that passes `cargo test` at once.
    #[command(after_help = "Examples:\n  \
        factcheck init my-desk                  a new suite in ./my-desk\n  \
        factcheck init my-desk --ci github      with a GitHub Actions workflow\n  \
        factcheck init --git https://github.com/you/factcheck my-desk\n\n\
        The suite's factcheck dependency: the checkout this binary was built from, by path,\n\
        while it exists; else --path, --git or --from-registry (the published crate).\n\
        Never overwrites a file: if one exists, nothing is written; --force rewrites only the\n\
        files an earlier init wrote that nobody has changed since.")]
    Init {
        /// The folder (made if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Depend on the factcheck checkout at this path.
        #[arg(long, value_name = "FACTCHECK_CHECKOUT", group = "source")]
        path: Option<PathBuf>,
        /// Depend on factcheck from this git repository.
        #[arg(long, value_name = "URL", group = "source")]
        git: Option<String>,
        /// Depend on the published factcheck from crates.io (this binary's version).
        #[arg(long, group = "source")]
        from_registry: bool,
        /// Also write a CI workflow: `github` (.github/workflows/factcheck.yml).
        #[arg(long, value_enum, value_name = "CI")]
        ci: Option<CiKind>,
        /// Rewrite the files an earlier init wrote that nobody has changed since, and add the
        /// missing ones; files you changed are kept.
        #[arg(long)]
        force: bool,
    },
}

/// CI systems `init` writes a workflow for.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum CiKind {
    Github,
}

/// Formats of `extract`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

/// A report format by its name.
fn report_format(name: &str) -> Result<report::Format, String> {
    report::Format::named(name).ok_or_else(|| {
        let names: Vec<&str> = report::Format::ALL.iter().map(|(n, _)| *n).collect();
        format!("possible values: {}", names.join(", "))
    })
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Annotations {
    Auto,
    Always,
    Never,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Color {
    Auto,
    Always,
    Never,
}

impl Color {
    /// Whether to colour a stream: `--color`, then `CLICOLOR_FORCE` (set and not `0`:
    /// colour even into a pipe), then `NO_COLOR` and `CLICOLOR=0` (no colour), then whether
    /// the stream is a terminal.
    fn enabled(self, terminal: bool) -> bool {
        let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") => true,
            Color::Auto => {
                terminal && set("NO_COLOR").is_none() && set("CLICOLOR").is_none_or(|v| v != "0")
            }
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout_color = cli.color.enabled(std::io::stdout().is_terminal());
    let stderr_color = cli.color.enabled(std::io::stderr().is_terminal());
    let nothing_done = match cli.command {
        Command::Init { .. } => "nothing was written",
        _ => "nothing was checked",
    };
    let outcome = match cli.command {
        Command::Check {
            paths,
            watch: true,
            cache,
            no_cache,
            ..
        } => {
            return watch(
                &paths,
                &cache_choice(cache, no_cache),
                stdout_color,
                stderr_color,
            );
        }
        Command::Check {
            paths,
            filter,
            format,
            output,
            json,
            junit,
            markdown,
            html,
            claimreview,
            annotations,
            github_output,
            cache,
            no_cache,
            watch: false,
        } => {
            let files = [
                (report::Format::Json, json),
                (report::Format::Junit, junit),
                (report::Format::Markdown, markdown),
                (report::Format::Html, html),
                (report::Format::ClaimReview, claimreview),
            ];
            let mut outputs: Vec<(report::Format, PathBuf)> = files
                .into_iter()
                .filter_map(|(format, path)| Some((format, path?)))
                .collect();
            let chosen = format.unwrap_or(report::Format::Human);
            // With --output, the chosen format goes to the file and the terminal still
            // shows the human report.
            let stdout = match output {
                Some(path) => {
                    outputs.insert(0, (chosen, path));
                    report::Format::Human
                }
                None => chosen,
            };
            let plan = CheckPlan {
                filter,
                stdout,
                outputs,
                // `auto` annotates under GitHub Actions, unless a --format was chosen.
                annotations: match annotations {
                    Annotations::Always => true,
                    Annotations::Never => false,
                    Annotations::Auto => {
                        format.is_none()
                            && std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true")
                    }
                },
                github_output,
                cache: cache_choice(cache, no_cache),
            };
            check_claims(&paths, &plan, (stdout_color, stderr_color))
        }
        Command::Extract { path, format } => extract(&path, format),
        Command::Init {
            dir,
            path,
            git,
            from_registry,
            ci,
            force,
        } => {
            let dependency = match (path, git) {
                (Some(path), _) => {
                    Some(Dependency::Path(std::path::absolute(&path).unwrap_or(path)))
                }
                (_, Some(url)) => Some(Dependency::Git(url)),
                _ if from_registry => Some(Dependency::default()),
                _ => Dependency::built_from(),
            };
            init(&dir, dependency, ci.map(|CiKind::Github| Ci::Github), force)
        }
        Command::Schema { config } => {
            let schema = if config {
                factcheck::schema::Schema::Config
            } else {
                factcheck::schema::Schema::ClaimFile
            };
            Ok((schema.render(), Vec::new(), 0))
        }
    };
    match outcome {
        Ok((output, warnings, code)) => {
            eprint!("{}", diagnostic::render(&warnings, stderr_color));
            if let Some(failure) = stdout_failure(print_out(&output)) {
                eprint!("{}", diagnostic::render(&[failure], stderr_color));
                return ExitCode::from(2);
            }
            ExitCode::from(code)
        }
        Err(InputErrors(diagnostics)) => {
            let count = diagnostics
                .iter()
                .filter(|d| d.severity == diagnostic::Severity::Error)
                .count();
            eprint!("{}", diagnostic::render(&diagnostics, stderr_color));
            let plural = if count == 1 { "" } else { "s" };
            eprintln!("error: {count} error{plural} in the input; {nothing_done}");
            ExitCode::from(2)
        }
    }
}

fn print_out(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

/// The error to report for a failed write to standard output. A closed pipe (`factcheck
/// check | head`) is none: the reader has what it wanted, and the exit code stays the run's.
/// Anything else (a full disk behind `> report.txt`) is an error: the output is incomplete.
fn stdout_failure(result: std::io::Result<()>) -> Option<Diagnostic> {
    match result {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Some(
            Diagnostic::file_error(format!("cannot write to standard output: {error}"), None),
        ),
        _ => None,
    }
}

type Output = (String, Vec<Diagnostic>, u8);

/// What `check` writes, and where.
struct CheckPlan {
    /// Claim-id patterns (all claims when empty).
    filter: Vec<String>,
    /// The format on standard output.
    stdout: report::Format,
    /// Reports written to files, each atomically.
    outputs: Vec<(report::Format, PathBuf)>,
    /// Annotations after the report on standard output.
    annotations: bool,
    /// A file to append the counts to (GitHub step outputs).
    github_output: Option<PathBuf>,
    /// The cache to use.
    cache: factcheck::cache::Choice,
}

/// The cache `--cache DIR` or `--no-cache` names.
fn cache_choice(folder: Option<PathBuf>, off: bool) -> factcheck::cache::Choice {
    use factcheck::cache::Choice;
    match (folder, off) {
        (_, true) => Choice::Off,
        (Some(folder), _) => Choice::At(folder),
        (None, false) => Choice::Default,
    }
}

fn check_claims(
    paths: &[PathBuf],
    plan: &CheckPlan,
    (color, error_color): (bool, bool),
) -> Result<Output, InputErrors> {
    let current = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let config = Config::discover(&current)?;
    let mut duplicates: Vec<Diagnostic> = Vec::new();
    for (at, (_, path)) in plan.outputs.iter().enumerate() {
        if plan.outputs[..at]
            .iter()
            .any(|(_, earlier)| earlier == path)
        {
            duplicates.push(Diagnostic::file_error(
                format!("two reports would be written to `{}`", path.display()),
                None,
            ));
        }
    }
    if !duplicates.is_empty() {
        return Err(InputErrors(duplicates));
    }
    let cache = plan.cache.open(&config);
    // A run of the same command on unchanged files gives what it gave last time.
    let key = match &cache {
        Some(cache) if plan.filter.is_empty() => {
            Suite::replay_key(&config, paths, cache, &plan.options(color))
        }
        _ => None,
    };
    if let (Some(cache), Some(key)) = (&cache, &key)
        && let Some(replay) = cache.replay(key)
    {
        return Ok(deliver(plan, &replay));
    }
    // With a cache, the human and JSON reports are written from each file's report rendered
    // ahead; a filtered run writes from the claims it keeps.
    let options = if plan.filter.is_empty() {
        plan.run_options(color)
    } else {
        RunOptions::for_formats(plan.outputs.iter().map(|(f, _)| *f).chain([plan.stdout]))
    };
    let mut suite = Suite::load_cached_for(config, paths, cache.as_ref(), options)?;
    if !plan.filter.is_empty() {
        let unmatched = suite.retain_claims(&plan.filter);
        if unmatched.len() == plan.filter.len() {
            return Err(InputErrors(vec![
                Diagnostic::file_error(
                    format!("no claim matches --filter {}", plan.filter.join(", ")),
                    None,
                )
                .help(
                    "patterns match a claim id or `<claim file>::<id>`; `*` and `?` are wildcards",
                ),
            ]));
        }
        eprint!(
            "{}",
            diagnostic::render(
                &unmatched
                    .iter()
                    .map(
                        |p| Diagnostic::file_error(format!("no claim matches --filter {p}"), None)
                            .warning()
                    )
                    .collect::<Vec<_>>(),
                error_color
            )
        );
    }
    // Warnings from loading are shown with the run's errors, if it has any.
    let warnings = suite.warnings().to_vec();
    let (report, _, suite) = suite.run_once(options).map_err(|mut errors| {
        errors.0.splice(0..0, warnings);
        errors
    })?;
    eprint!("{}", diagnostic::render(suite.warnings(), error_color));
    if let (Some(cache), Some(key)) = (&cache, &key) {
        // Rendered once, kept, and written from what was kept.
        let replay = render(plan, &report, color);
        if suite.warnings().is_empty() {
            cache.keep_replay(key, &replay);
        }
        finish(suite, report);
        return Ok(deliver(plan, &replay));
    }
    let mut failed_writes = Vec::new();
    for (format, path) in &plan.outputs {
        if let Err(error) = report::write_file(&report, *format, path) {
            failed_writes.push(Diagnostic::cannot_write(path, &error));
        }
    }
    if let Some(path) = &plan.github_output
        && let Err(error) = append_counts(report.passed(), report.failed(), path)
    {
        failed_writes.push(Diagnostic::cannot_write(path, &error));
    }
    let mut written = write_stdout(
        &report,
        plan.stdout,
        color && plan.stdout == report::Format::Human,
    );
    if plan.annotations && plan.stdout != report::Format::Github && written.is_ok() {
        written = write_stdout(&report, report::Format::Github, false);
    }
    failed_writes.extend(stdout_failure(written));
    let code = finish(suite, report);
    if !failed_writes.is_empty() {
        // The claims were checked, but a report asked for is missing: not a pass.
        return Ok((String::new(), failed_writes, 2));
    }
    Ok((String::new(), Vec::new(), code))
}

impl CheckPlan {
    /// What a run writing this plan's outputs needs: each report file (never coloured), then
    /// standard output, with GitHub annotations after it where asked for.
    fn run_options(&self, color: bool) -> RunOptions {
        let stdout_color = color && self.stdout == report::Format::Human;
        let annotations = (self.annotations && self.stdout != report::Format::Github)
            .then_some((report::Format::Github, false));
        RunOptions::for_output(
            self.outputs
                .iter()
                .map(|(format, _)| (*format, false))
                .chain([(self.stdout, stdout_color)])
                .chain(annotations),
        )
    }

    /// What the outputs depend on besides the files read: formats, destinations, colour.
    fn options(&self, color: bool) -> String {
        format!(
            "stdout={:?} color={} outputs={:?} annotations={} counts={}",
            self.stdout,
            color && self.stdout == report::Format::Human,
            self.outputs,
            self.annotations,
            self.github_output.is_some()
        )
    }
}

/// The outputs of `report` as `plan` writes them: each report file, then standard output.
fn render(plan: &CheckPlan, report: &factcheck::Report, color: bool) -> Replay {
    let mut outputs = Vec::with_capacity(plan.outputs.len() + 1);
    for (format, _) in &plan.outputs {
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = report::write(report, *format, false, &mut bytes);
        outputs.push(bytes);
    }
    let mut stdout = Vec::new();
    let human_color = color && plan.stdout == report::Format::Human;
    let _ = report::write(report, plan.stdout, human_color, &mut stdout);
    if plan.annotations && plan.stdout != report::Format::Github {
        let _ = report::write(report, report::Format::Github, false, &mut stdout);
    }
    outputs.push(stdout);
    Replay {
        outputs,
        passed: report.passed() as u64,
        failed: report.failed() as u64,
    }
}

/// Write what `replay` holds where `plan` says: each report file atomically, the counts,
/// then standard output; the exit code is the run's (2 when an output could not be written).
fn deliver(plan: &CheckPlan, replay: &Replay) -> Output {
    let mut failed_writes = Vec::new();
    for ((_, path), bytes) in plan.outputs.iter().zip(&replay.outputs) {
        if let Err(error) = report::write_file_with(path, |file| file.write_all(bytes)) {
            failed_writes.push(Diagnostic::cannot_write(path, &error));
        }
    }
    if let Some(path) = &plan.github_output
        && let Err(error) = append_counts(replay.passed as usize, replay.failed as usize, path)
    {
        failed_writes.push(Diagnostic::cannot_write(path, &error));
    }
    let stdout = replay.outputs.last().map_or(&[][..], Vec::as_slice);
    failed_writes.extend(stdout_failure(print_bytes(stdout)));
    if !failed_writes.is_empty() {
        // The claims were checked, but a report asked for is missing: not a pass.
        return (String::new(), failed_writes, 2);
    }
    let code = if replay.failed == 0 { 0 } else { 1 };
    (String::new(), Vec::new(), code)
}

fn print_bytes(bytes: &[u8]) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()
}

/// Append the run's counts to `path` as `key=value` lines (GitHub step outputs).
fn append_counts(passed: usize, failed: usize, path: &Path) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    write!(
        file,
        "claims={}\npassed={passed}\nfailed={failed}\n",
        passed + failed
    )
}

/// Write the report to standard output (see [`stdout_failure`] for what a failure means).
fn write_stdout(
    report: &factcheck::Report,
    format: report::Format,
    color: bool,
) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    report::write(report, format, color, &mut stdout)?;
    stdout.flush()
}

/// The command's exit code. The suite and report are not freed: the process ends next, and
/// freeing a large suite's hundreds of thousands of allocations one by one takes a tenth of
/// a second for nothing.
fn finish(suite: Suite, report: factcheck::Report) -> u8 {
    let code = if report.failed() == 0 { 0 } else { 1 };
    std::mem::forget(report);
    std::mem::forget(suite);
    code
}

fn watch(
    paths: &[PathBuf],
    cache: &factcheck::cache::Choice,
    color: bool,
    error_color: bool,
) -> ExitCode {
    let current = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    // A watch whose terminal is gone has no one to report to; it goes on until stopped.
    let mut print = |text: &str| {
        let _ = print_out(text);
    };
    let mut problems = |diagnostics: &[Diagnostic]| {
        eprint!("{}", factcheck::watch::show(diagnostics, error_color))
    };
    match factcheck::watch::watch(&current, paths, cache, color, &mut print, &mut problems) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprint!("{}", diagnostic::render(&[error], error_color));
            ExitCode::from(2)
        }
    }
}

fn init(
    dir: &Path,
    dependency: Option<Dependency>,
    ci: Option<Ci>,
    force: bool,
) -> Result<Output, InputErrors> {
    let Some(dependency) = dependency else {
        return Err(InputErrors(vec![
            Diagnostic::file_error(
                format!(
                    "cannot tell where the new suite should get factcheck from: the checkout this binary was built from (`{}`) is gone",
                    env!("CARGO_MANIFEST_DIR")
                ),
                None,
            )
            .help("pass --path FACTCHECK_CHECKOUT, --git URL, or --from-registry (the published crate)"),
        ]));
    };
    let options = factcheck::scaffold::Options {
        dependency: dependency.clone(),
        ci,
        force,
    };
    let done = factcheck::scaffold::init(dir, &options)?;
    let mut text = if done.written.is_empty() {
        format!("Nothing to write in {}:\n", dir.display())
    } else {
        format!("Wrote a factcheck suite in {}:\n", dir.display())
    };
    for file in &done.written {
        text.push_str(&format!("  {file}\n"));
    }
    for (file, why) in &done.kept {
        text.push_str(&format!("  kept {file} ({why})\n"));
    }
    if done.written.iter().any(|f| f == "Cargo.toml") {
        text.push_str(&format!(
            "\nIts Cargo.toml depends on {}.\n",
            dependency.describe()
        ));
    }
    if done.written.iter().any(|f| f.starts_with(".github/")) {
        text.push_str(
            "The workflow runs factcheck's GitHub Action on every push and pull request.\n",
        );
    }
    text.push_str(
        "\nNext: cd into it and run `cargo test`; edit claims/example.toml to add your own.\n",
    );
    Ok((text, Vec::new(), 0))
}

fn extract(path: &Path, format: Format) -> Result<Output, InputErrors> {
    let article = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|error| {
            InputErrors(vec![Diagnostic::file_error(
                format!("cannot read standard input: {error}"),
                None,
            )])
        })?;
        let text = String::from_utf8(bytes).map_err(|error| {
            InputErrors(vec![Diagnostic::file_error(
                format!(
                    "standard input is not valid UTF-8 (first invalid byte at byte offset {})",
                    error.utf8_error().valid_up_to()
                ),
                None,
            )])
        })?;
        Article::from_text("stdin", "<stdin>", text)
    } else {
        let display = path.to_string_lossy().replace('\\', "/");
        let folder = path.parent().unwrap_or(Path::new(""));
        let name = factcheck::article::name_for(folder, path).unwrap_or_else(|| {
            path.file_stem()
                .map_or(display.clone(), |n| n.to_string_lossy().into_owned())
        });
        Article::load(&name, path, &display).map_err(InputErrors)?
    };
    let analysis = analyse(article);
    let text = match format {
        Format::Human => extract::render_human(&analysis),
        Format::Json => extract::render_json(&analysis),
    };
    Ok((text, Vec::new(), 0))
}
