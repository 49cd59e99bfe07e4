//! Command-line parsing and the exit-code contract: 0 all claims pass, 1 some claim fails,
//! 2 invalid input (nothing is checked until the input is valid).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use factcheck::article::{Article, analyse};
use factcheck::diagnostic::{self, Diagnostic};
use factcheck::report::{self, extract};
use factcheck::scaffold::Dependency;
use factcheck::{Config, InputErrors, RunOptions, Suite};

/// Fact-check articles against claims written as TOML.
#[derive(Parser, Debug)]
#[command(name = "factcheck", version, about, propagate_version = true)]
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
        factcheck check --format json > out.json\n  \
        factcheck check --format junit --output junit.xml\n  \
        factcheck check --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n  \
        factcheck check --format html --output report.html\n  \
        factcheck check --watch                  re-run affected claims on every save\n\n\
        Exit codes: 0 all claims pass, 1 some claim fails, 2 invalid input.")]
    Check {
        /// Claim files or folders (default: the suite's claims folder).
        paths: Vec<PathBuf>,
        /// Output format: human (as cargo test prints it), json (one document, version 1),
        /// junit (XML for CI dashboards), github (Actions annotations), markdown (a summary
        /// and each failure's diff), html (one self-contained page).
        #[arg(long, default_value = "human", value_parser = report_format)]
        format: report::Format,
        /// Write the report to this file; the human report still goes to the terminal.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Keep watching: re-run the claims a change to a claim file or article affects.
        #[arg(long, conflicts_with_all = ["output"])]
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
        factcheck init my-desk          a new suite in ./my-desk\n  \
        factcheck init                  a new suite in the current folder\n\n\
        Never overwrites a file: if one exists, nothing is written.")]
    Init {
        /// The folder (made if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Depend on a local checkout of factcheck instead of crates.io.
        #[arg(long, value_name = "FACTCHECK_CHECKOUT")]
        path: Option<PathBuf>,
    },
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
enum Color {
    Auto,
    Always,
    Never,
}

impl Color {
    /// Whether to colour a stream: `--color`, then `NO_COLOR`, then whether it is a terminal.
    fn enabled(self, terminal: bool) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
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
            paths, watch: true, ..
        } => return watch(&paths, stdout_color, stderr_color),
        Command::Check {
            paths,
            format,
            output,
            watch: false,
        } => check_claims(
            &paths,
            format,
            output.as_deref(),
            (stdout_color, stderr_color),
        ),
        Command::Extract { path, format } => extract(&path, format),
        Command::Init { dir, path } => init(&dir, path),
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
            print_out(&output);
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

fn print_out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`factcheck check | head`) is not an error worth a panic.
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

type Output = (String, Vec<Diagnostic>, u8);

fn check_claims(
    paths: &[PathBuf],
    format: report::Format,
    output: Option<&Path>,
    (color, error_color): (bool, bool),
) -> Result<Output, InputErrors> {
    let current = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let config = Config::discover(&current)?;
    let suite = Suite::load(config, paths)?;
    // Warnings from loading are shown with the run's errors, if it has any.
    let (report, _) = suite
        .run_with(RunOptions::for_formats([format]))
        .map_err(|mut errors| {
            errors.0.splice(0..0, suite.warnings().iter().cloned());
            errors
        })?;
    eprint!("{}", diagnostic::render(suite.warnings(), error_color));
    match output {
        Some(path) => {
            let write_failed = |error: std::io::Error| {
                InputErrors(vec![Diagnostic::file_error(
                    format!("cannot write `{}`: {error}", path.display()),
                    None,
                )])
            };
            let file = std::fs::File::create(path).map_err(write_failed)?;
            report::write(&report, format, false, file).map_err(write_failed)?;
            // The report went to the file; the terminal still shows the human one.
            write_stdout(&report, report::Format::Human, color);
        }
        None => write_stdout(&report, format, color && format == report::Format::Human),
    }
    Ok(finish(suite, report))
}

/// Write the report to standard output; a closed pipe (`factcheck check | head`) is not an
/// error worth a message.
fn write_stdout(report: &factcheck::Report, format: report::Format, color: bool) {
    let _ = report::write(report, format, color, std::io::stdout().lock());
}

/// The command's exit code. The suite and report are not freed: the process ends next, and
/// freeing a large suite's hundreds of thousands of allocations one by one takes a tenth of
/// a second for nothing.
fn finish(suite: Suite, report: factcheck::Report) -> Output {
    let code = if report.failed() == 0 { 0 } else { 1 };
    std::mem::forget(report);
    std::mem::forget(suite);
    (String::new(), Vec::new(), code)
}

fn watch(paths: &[PathBuf], color: bool, error_color: bool) -> ExitCode {
    let current = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut print = |text: &str| print_out(text);
    let mut problems = |diagnostics: &[Diagnostic]| {
        eprint!("{}", factcheck::watch::show(diagnostics, error_color))
    };
    match factcheck::watch::watch(&current, paths, color, &mut print, &mut problems) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprint!("{}", diagnostic::render(&[error], error_color));
            ExitCode::from(2)
        }
    }
}

fn init(dir: &Path, checkout: Option<PathBuf>) -> Result<Output, InputErrors> {
    let dependency = match checkout {
        Some(path) => Dependency::Path(std::path::absolute(&path).unwrap_or(path)),
        None => Dependency::default(),
    };
    let written = factcheck::scaffold::init(dir, &dependency)?;
    let mut text = format!("Created a factcheck suite in {}:\n", dir.display());
    for file in written {
        text.push_str(&format!("  {file}\n"));
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
