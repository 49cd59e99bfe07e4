//! The committed JSON Schema (`factcheck.schema.json`) accepts every bundled claim file and
//! config, and rejects what the parser rejects.

mod common;

use common::repo;

fn validator() -> (boon::Schemas, boon::SchemaIndex) {
    let text = std::fs::read_to_string(repo().join("factcheck.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("factcheck.schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("factcheck.schema.json", &mut schemas)
        .unwrap();
    (schemas, index)
}

fn as_json(toml_text: &str) -> serde_json::Value {
    toml::from_str(toml_text).expect("valid TOML")
}

#[test]
fn bundled_files_validate_against_the_committed_schema() {
    let (schemas, index) = validator();
    let mut files: Vec<std::path::PathBuf> = ["claims", "tests/fixtures/news-styles/claims"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(repo().join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .collect();
    files.push(repo().join("factcheck.toml"));
    files.push(repo().join("src/scaffold/example.toml"));
    files.push(repo().join("src/scaffold/factcheck.toml"));
    for path in files {
        let instance = as_json(&std::fs::read_to_string(&path).unwrap());
        if let Err(error) = schemas.validate(&instance, index) {
            panic!("{}: {error}", path.display());
        }
    }
}

#[test]
fn the_schema_rejects_unknown_keys_and_bad_values() {
    let (schemas, index) = validator();
    for bad in [
        "[[claim]]\nsays = \"x\"\nqoute = \"y\"\n",
        "[[claim]]\nsays = \"x\"\nwithin = \"para\"\n",
        "[[claim]]\ntext = \"no says\"\n",
        "articel = \"x\"\n",
        "[[claim]]\nsays = \"x\"\ntolerance = \"five\"\n",
    ] {
        assert!(
            schemas.validate(&as_json(bad), index).is_err(),
            "accepted: {bad}"
        );
    }
}
