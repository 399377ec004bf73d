//! The fields of the report format, read from the published JSON Schema (`static/report.schema.json`,
//! which `tests/format.rs` keeps equal to the Rust types): what the README's field table and the
//! template reports are checked against.
//!
//! A field's path is written as in the README: `meta.title`, `sections[].indicators`,
//! `indicators[].counts[].value`. `$ref`s are resolved to `$defs`; an array's items add `[]`. A
//! bilingual text (`$defs/Text`) is one field of type `text`, not two: its own fields (`vi`, `en`)
//! are listed once, by [`text_fields`].

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// `meta.source.outlet`, `sections[].id`.
    pub path: String,
    /// Listed in its parent object's `required`.
    pub required: bool,
    /// `text`, `date`, `string`, `number`, `integer`, `object`, `choice`, or `list of` one of them
    /// in the plural (`list of texts`, `list of objects`, `list of strings`).
    pub ty: String,
    /// For a `choice` (or a list of them): the allowed values.
    pub choices: Vec<String>,
    /// The schema's rules on the field beyond its type, each as a [`Rule`].
    pub rules: Vec<Rule>,
}

/// A rule of the schema on one field (on its value, or the items of its list), or on the field
/// with others of its object (`allOf` of the object's schema).
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// `minimum` (or `exclusiveMinimum` when the flag is set), other than the finite-double bound.
    Minimum(f64, bool),
    /// `maximum`, other than the finite-double bound.
    Maximum(f64),
    MaxLength(u64),
    MinItems(u64),
    /// `const` (the format version).
    Const(Value),
    /// A `pattern` (of the value, or of the items of a list).
    Pattern(String),
    /// Only when the other field is given too (`if` this one `then` that one).
    Needs(String),
    /// Not when any of these fields is given.
    NotWith(Vec<String>),
    /// Exactly one of these fields (`oneOf`).
    ExactlyOne(Vec<String>),
    /// At least one of these fields (`anyOf`), on the group's first field.
    AtLeastOne(Vec<String>),
}

pub fn schema() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/report.schema.json");
    serde_json::from_str(&std::fs::read_to_string(&path).expect("the published schema")).expect("schema is JSON")
}

/// Every field of a report, parents before their children.
pub fn report_fields(schema: &Value) -> Vec<Field> {
    let mut out = Vec::new();
    walk(schema, schema, "", &mut out);
    out
}

/// The fields of one bilingual text (`vi`, `en`).
pub fn text_fields(schema: &Value) -> Vec<Field> {
    let mut out = Vec::new();
    walk(schema, &schema["$defs"]["Text"], "", &mut out);
    out
}

fn walk(schema: &Value, object: &Value, prefix: &str, out: &mut Vec<Field>) {
    let required: Vec<&str> =
        object["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let properties = object["properties"].as_object().expect("an object schema with properties");
    let object_rules = object_rules(object);
    for (name, property) in properties {
        let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
        let (ty, choices) = type_of(schema, property);
        let mut rules = value_rules(property);
        rules.extend(object_rules.iter().filter(|(field, _)| field == name).map(|(_, rule)| rule.clone()));
        out.push(Field { path: path.clone(), required: required.contains(&name.as_str()), ty, choices, rules });
        // Descend into objects and lists of objects, but not into texts (listed once, apart).
        let property = non_null(property);
        if is_text(property) {
            continue;
        }
        let target = resolve(schema, property);
        if target.get("properties").is_some() {
            walk(schema, target, &path, out);
        } else if let Some(items) = target.get("items") {
            let items = non_null(items);
            let item = resolve(schema, items);
            if !is_text(items) && item.get("properties").is_some() {
                walk(schema, item, &format!("{path}[]"), out);
            }
        }
    }
}

/// The rules on a property's value (or its list's items), read off its own schema.
fn value_rules(property: &Value) -> Vec<Rule> {
    let v = non_null(property);
    let number = |key: &str| v[key].as_f64().filter(|n| n.abs() != f64::MAX);
    let mut rules = Vec::new();
    if let Some(n) = number("minimum") {
        rules.push(Rule::Minimum(n, false));
    }
    if let Some(n) = number("exclusiveMinimum") {
        rules.push(Rule::Minimum(n, true));
    }
    if let Some(n) = number("maximum") {
        rules.push(Rule::Maximum(n));
    }
    rules.extend(v["maxLength"].as_u64().map(Rule::MaxLength));
    rules.extend(v["minItems"].as_u64().map(Rule::MinItems));
    rules.extend(v.get("const").filter(|_| v.get("type").is_some()).cloned().map(Rule::Const));
    rules.extend(v["pattern"].as_str().or(v["items"]["pattern"].as_str()).map(|p| Rule::Pattern(p.into())));
    rules
}

/// The field a subschema says is given: `{required: [f], properties: {f: …}}`.
fn given(v: &Value) -> Option<String> {
    match v["required"].as_array().map(Vec::as_slice) {
        Some([field]) => field.as_str().map(String::from),
        _ => None,
    }
}

/// The rules of an object's `allOf` that relate its fields, each with the field it is listed on.
fn object_rules(object: &Value) -> Vec<(String, Rule)> {
    let mut out = Vec::new();
    for rule in object["allOf"].as_array().into_iter().flatten() {
        let fields = |key: &str, v: &Value| -> Vec<String> { v[key].as_array().into_iter().flatten().filter_map(given).collect() };
        if let (Some(this), Some(that)) = (given(&rule["if"]), given(&rule["then"])) {
            out.push((this, Rule::Needs(that)));
        } else if let (Some(this), others) = (given(&rule["if"]), fields("anyOf", &rule["then"]["not"])) {
            assert!(!others.is_empty(), "an unknown rule: {rule}");
            out.push((this, Rule::NotWith(others)));
        } else if rule["not"]["allOf"].is_array() {
            let pair = fields("allOf", &rule["not"]);
            for f in &pair {
                out.push((f.clone(), Rule::NotWith(pair.iter().filter(|g| *g != f).cloned().collect())));
            }
        } else if rule["oneOf"].is_array() {
            let group = fields("oneOf", rule);
            for f in &group {
                out.push((f.clone(), Rule::ExactlyOne(group.clone())));
            }
        } else if let Some(branches) = rule["anyOf"].as_array() {
            let group = fields("anyOf", rule);
            out.push((group[0].clone(), Rule::AtLeastOne(group.clone())));
            // A branch's own condition on its field (a text's language is not blank).
            for (f, branch) in group.iter().zip(branches) {
                let patterns = value_rules(&branch["properties"][f]).into_iter().filter(|r| matches!(r, Rule::Pattern(_)));
                out.extend(patterns.map(|r| (f.clone(), r)));
            }
        } else {
            panic!("an unknown rule: {rule}");
        }
    }
    out
}

/// `anyOf: [X, {type: null}]` (an optional field) is X.
fn non_null(v: &Value) -> &Value {
    if let Some(any) = v["anyOf"].as_array() {
        let rest: Vec<&Value> = any.iter().filter(|s| s["type"] != "null").collect();
        if rest.len() == 1 {
            return rest[0];
        }
    }
    v
}

fn ref_name(v: &Value) -> Option<&str> {
    v["$ref"].as_str().map(|r| r.strip_prefix("#/$defs/").expect("refs point into $defs"))
}

fn is_text(v: &Value) -> bool {
    ref_name(v) == Some("Text")
}

fn resolve<'a>(schema: &'a Value, v: &'a Value) -> &'a Value {
    match ref_name(v) {
        Some(name) => {
            let def = &schema["$defs"][name];
            assert!(!def.is_null(), "unresolved $ref {name}");
            def
        }
        None => v,
    }
}

/// The README's name for a field's type, and the allowed values of a choice.
fn type_of(schema: &Value, v: &Value) -> (String, Vec<String>) {
    let v = non_null(v);
    match ref_name(v) {
        Some("Text") => return ("text".into(), vec![]),
        Some("Date") => return ("date".into(), vec![]),
        _ => {}
    }
    let v = resolve(schema, v);
    let choices = choices(v);
    if !choices.is_empty() {
        return ("choice".into(), choices);
    }
    if v.get("properties").is_some() {
        return ("object".into(), vec![]);
    }
    let types: Vec<&str> = match &v["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).filter(|t| *t != "null").collect(),
        other => panic!("no type in {other} ({v})"),
    };
    assert_eq!(types.len(), 1, "one type per field: {v}");
    match types[0] {
        "array" => {
            let (item, choices) = type_of(schema, &v["items"]);
            (format!("list of {item}s"), choices)
        }
        t @ ("string" | "number" | "integer" | "boolean") => (t.into(), vec![]),
        t => panic!("unexpected type {t}"),
    }
}

/// `enum` values and `const`s, also inside `oneOf` / `anyOf` (schemars writes documented enum
/// variants as `oneOf` of `const`s).
fn choices(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(values) = v["enum"].as_array() {
        out.extend(values.iter().filter_map(Value::as_str).map(String::from));
    }
    if let Some(c) = v["const"].as_str() {
        out.push(c.into());
    }
    for key in ["oneOf", "anyOf"] {
        for variant in v[key].as_array().into_iter().flatten() {
            out.extend(choices(variant));
        }
    }
    out
}

/// Every value a report holds at `path` (`sections[].title` gives each section's title).
pub fn values_at<'a>(report: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut current = vec![report];
    for step in path.split('.') {
        let (name, arrays) = match step.find("[]") {
            Some(i) => (&step[..i], step[i..].matches("[]").count()),
            None => (step, 0),
        };
        let mut next: Vec<&Value> = current.iter().filter_map(|v| v.get(name)).filter(|v| !v.is_null()).collect();
        for _ in 0..arrays {
            next = next.iter().flat_map(|v| v.as_array().into_iter().flatten()).collect();
        }
        current = next;
    }
    current
}
