//! The JSON Schema of the report format, generated from the Rust types (native builds only).
//!
//! schemars derives the shape (fields, types, required fields, choices) from `format`; the
//! step below then adds every rule of `validate` that JSON Schema can state, so that a tool
//! checking a report against the published schema (an editor's `$schema`, a CMS, ajv) refuses what
//! the widget refuses. Each rule names the fields it constrains and panics when the generated
//! schema lacks one, so a renamed field fails `tests/format.rs` instead of losing its rule silently.
//! `tests/schema/validate.mjs` checks the result with ajv against every hostile and example report.
//!
//! What stays with the widget alone, since it relates two values of one report (JSON Schema
//! compares a value with constants, never with another value): ids unique among the sections and
//! among the indicators; a section's indicators, and a photo's section, that exist; every
//! indicator shown by a section; `published` not before `event_date`; a share within one point of
//! its two figures' ratio; `value` not above `total`; a range's `value_to` above `value`. These are [`RULES_ACROSS_FIELDS`].

use serde_json::{json, Map, Value};

use super::format::{Report, FORMAT_VERSION, MAX_TEXT_CHARS};

/// Where the published schema lives, relative to the crate root.
pub const SCHEMA_PATH: &str = "static/report.schema.json";

/// The rules the widget checks that the schema cannot state, in words (the README lists them).
pub const RULES_ACROSS_FIELDS: [&str; 7] = [
    "ids are unique among the sections and among the indicators",
    "a section's indicators and a photo's section exist",
    "every indicator is shown by a section",
    "`published` is not before `event_date`",
    "a share is within one point of its two figures' ratio",
    "`value` is not above `total`",
    "`value_to` (a range's upper end) is above `value`",
];

/// Unicode's spaces beyond Latin-1, as a regex class body: the rest of Rust's
/// `char::is_whitespace` (Unicode White_Space).
macro_rules! wide_spaces {
    () => {
        r"\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
    };
}
/// What `char::is_whitespace` calls blank, as a regex class body.
const WHITE_SPACE: &str = concat!(r"\u0009-\u000D\u0020\u0085\u00A0", wide_spaces!());
/// White space and control characters (`is_whitespace() || is_control()`), which no address has.
const SPACE_OR_CONTROL: &str = concat!(r"\u0000-\u0020\u007F-\u00A0", wide_spaces!());
/// The same and every ASCII character: what is left takes two bytes or more in UTF-8.
const SPACE_CONTROL_OR_ASCII: &str = concat!(r"\u0000-\u00A0", wide_spaces!());

/// A text with a visible character: `str::trim` leaves something (`Text::is_blank`, names).
pub fn not_blank_pattern() -> String {
    format!("[^{WHITE_SPACE}]")
}

/// Section and indicator ids (`validate::is_valid_id`).
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// Currency codes: three capital letters.
pub const CURRENCY_PATTERN: &str = "^[A-Z]{3}$";

/// An absolute http(s) address (`validate::is_web_url`): the scheme in any case, more than
/// `https://`'s 8 bytes in all, no white space or control character anywhere.
pub fn web_url_pattern() -> String {
    format!("^{}$", web_url())
}

/// A photo's address: a web address or a path relative to the page (`validate::is_relative_path`:
/// no scheme before the first `/`, `?` or `#`, no `//` at the start).
pub fn photo_src_pattern() -> String {
    let x = format!("[^{SPACE_OR_CONTROL}]");
    let relative = format!("[^{SPACE_OR_CONTROL}/?#:]+(?:[/?#]{x}*)?|/(?:[^{SPACE_OR_CONTROL}/]{x}*)?|[?#]{x}*");
    format!("^(?:{}|{relative})$", web_url())
}

fn web_url() -> String {
    let x = format!("[^{SPACE_OR_CONTROL}]");
    // "http://" is 7 bytes: two more characters, or one that takes two bytes or more in UTF-8.
    format!("[Hh][Tt][Tt][Pp](?:[Ss]://{x}+|://(?:{x}{{2,}}|[^{SPACE_CONTROL_OR_ASCII}]))")
}

/// The schema as pretty-printed JSON with a trailing newline, exactly as the file should hold it.
pub fn schema_json() -> String {
    let mut s = serde_json::to_string_pretty(&schema()).expect("a schema always serialises");
    s.push('\n');
    s
}

/// The schema: schemars' from the types, with the widget's rules. (A `schemars::Schema`, whose
/// serialisation puts the keywords people read first: `description`, `type`, `properties`.)
pub fn schema() -> schemars::Schema {
    let mut schema = schemars::schema_for!(Report).to_value();
    add_rules(&mut schema);
    numbers_are_doubles(&mut schema);
    schemars::Schema::try_from(schema).expect("still a schema")
}

/// The rules of `validate` (and of the reader, for `format`) on each type's fields.
fn add_rules(schema: &mut Value) {
    let max = MAX_TEXT_CHARS;
    let not_blank = not_blank_pattern();

    // The reader: only the version this widget reads.
    let format = prop(schema, "format");
    *format = json!({ "description": format["description"], "type": "integer", "const": FORMAT_VERSION });
    set(schema, "sections", "minItems", json!(1));

    // A text has Vietnamese or English that is not blank; no text is longer than the limit.
    let text = def(schema, "Text");
    for lang in ["vi", "en"] {
        set(text, lang, "maxLength", json!(max));
    }
    let one_language = ["vi", "en"].map(|lang| {
        json!({ "required": [lang], "properties": { lang: { "type": "string", "pattern": not_blank } } })
    });
    all_of(text, json!({ "anyOf": one_language }));

    let meta = def(schema, "Meta");
    set(meta, "author", "pattern", json!(not_blank));
    set(meta, "author", "maxLength", json!(max));
    set(def(schema, "Source"), "url", "pattern", json!(web_url_pattern()));
    let photo = def(schema, "Photo");
    set(photo, "src", "pattern", json!(photo_src_pattern()));
    set(photo, "section", "pattern", json!(ID_PATTERN));

    let participant = def(schema, "Participant");
    set(participant, "person", "pattern", json!(not_blank));
    set(participant, "person", "maxLength", json!(max));
    all_of(participant, json!({ "oneOf": [given("person"), given("group")] }));

    let section = def(schema, "Section");
    set(section, "id", "pattern", json!(ID_PATTERN));
    // A listed id must be an indicator's, and so a well-formed id.
    let listed = prop(section, "indicators");
    listed["items"]["pattern"] = json!(ID_PATTERN);

    let indicator = def(schema, "Indicator");
    set(indicator, "id", "pattern", json!(ID_PATTERN));
    set(indicator, "currency", "pattern", json!(CURRENCY_PATTERN));
    set(indicator, "plan", "exclusiveMinimum", json!(0));
    set(indicator, "total", "exclusiveMinimum", json!(0));
    set(indicator, "share_of_plan", "minimum", json!(0));
    set(indicator, "decimals", "maximum", json!(6));
    set(indicator, "quote", "maxLength", json!(max));
    all_of(
        indicator,
        json!({ "anyOf": [given("value"), { "required": ["counts"], "properties": { "counts": { "type": "array", "minItems": 1 } } }, given("target")] }),
    );
    for needs_value in ["value_to", "qualifier", "decimals", "total"] {
        all_of(indicator, json!({ "if": given(needs_value), "then": given("value") }));
    }
    all_of(indicator, json!({ "if": given("per"), "then": given("currency") }));
    all_of(indicator, json!({ "not": { "allOf": [given("unit"), given("currency")] } }));
    all_of(
        indicator,
        json!({
            "if": { "required": ["percent"], "properties": { "percent": { "const": true } } },
            "then": { "not": { "anyOf": [given("unit"), given("currency")] } }
        }),
    );

    let reference = def(schema, "Reference");
    set(reference, "value", "exclusiveMinimum", json!(0));
    set(reference, "share", "minimum", json!(0));
    all_of(reference, json!({ "anyOf": [given("value"), given("share")] }));

    set(def(schema, "Count"), "value", "minimum", json!(0));
}

/// Every number is a finite double (the reader refuses 1e400); schemars' own `format` names for
/// Rust's number types ("double", "uint8") are no JSON Schema format, and strict validators
/// refuse a schema that uses them.
fn numbers_are_doubles(v: &mut Value) {
    match v {
        Value::Object(o) => {
            let numeric = |t: &Value| t == "number" || t.as_array().is_some_and(|ts| ts.iter().any(|t| t == "number"));
            if o.get("type").is_some_and(numeric) {
                if !o.contains_key("minimum") && !o.contains_key("exclusiveMinimum") {
                    o.insert("minimum".into(), json!(f64::MIN));
                }
                o.insert("maximum".into(), json!(f64::MAX));
            }
            if o.get("format").and_then(Value::as_str).is_some_and(|f| f != "date") {
                o.remove("format");
            }
            o.values_mut().for_each(numbers_are_doubles);
        }
        Value::Array(a) => a.iter_mut().for_each(numbers_are_doubles),
        _ => {}
    }
}

/// The field is there and not `null` (the reader reads `null` as a field left out).
fn given(field: &str) -> Value {
    json!({ "required": [field], "properties": { field: { "not": { "type": "null" } } } })
}

/// `$defs/<name>`.
fn def<'a>(schema: &'a mut Value, name: &str) -> &'a mut Value {
    let def = &mut schema["$defs"][name];
    assert!(def.is_object(), "the schema has no $defs/{name}");
    def
}

/// The schema of an object's property.
fn prop<'a>(object: &'a mut Value, name: &str) -> &'a mut Value {
    let p = &mut object["properties"][name];
    assert!(p.is_object(), "the schema has no property {name} there");
    p
}

fn set(object: &mut Value, name: &str, key: &str, value: Value) {
    let p = prop(object, name);
    assert!(p.get(key).is_none() || key == "maximum", "{name} already has {key}");
    p[key] = value;
}

/// Adds a rule on the whole object; every field it names must be one of the object's.
fn all_of(object: &mut Value, rule: Value) {
    fn named(rule: &Value, out: &mut Vec<String>) {
        match rule {
            Value::Object(o) => {
                let required = o.get("required").and_then(Value::as_array).into_iter().flatten();
                out.extend(required.filter_map(Value::as_str).map(String::from));
                o.values().for_each(|v| named(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| named(v, out)),
            _ => {}
        }
    }
    let mut fields = Vec::new();
    named(&rule, &mut fields);
    for field in fields {
        assert!(object["properties"][&field].is_object(), "a rule names {field}, which the object does not have");
    }
    let o: &mut Map<String, Value> = object.as_object_mut().expect("an object schema");
    o.entry("allOf").or_insert_with(|| json!([])).as_array_mut().expect("allOf is a list").push(rule);
}
