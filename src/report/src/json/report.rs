//! The format's types (`core::report`, the single source of truth) read from JSON. Each struct
//! lists its fields once, here, as serde's derive does there: `tests/json_agrees.rs` reads every
//! report, template and thousands of generated ones with both and fails on any difference, and
//! removes or misspells every field of the full template to check that both refuse the same.

use super::read::{expect_of, fill, take, FromJson, Reader, Stop};
use crate::problem::Expect;
use crate::format::*;
use crate::text::Text;

/// A struct read field by field: `req` fields must be present, `opt` ones may be left out.
macro_rules! object {
    ($ty:ident, $expect:expr, { $($field:ident $(= $name:literal)? : $mode:ident),* $(,)? }) => {
        impl FromJson for $ty {
            const EXPECT: Expect = $expect;
            #[inline(never)]
            fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
                const NAMES: &[&str] = &[$(object!(@name $field $($name)?)),*];
                $(let mut $field = None;)*
                let read = r.object(Self::EXPECT, NAMES, &mut |r, i| {
                    let mut k = 0;
                    $(
                        if i == k {
                            return fill(r, &mut $field);
                        }
                        k += 1;
                    )*
                    let _ = k;
                    Ok(())
                })?;
                if let Some(at) = read {
                    $(if object!(@required $mode) && $field.is_none() {
                        r.missing(object!(@name $field $($name)?), expect_of(&$field), at);
                    })*
                }
                Ok($ty { $($field: take($field)),* })
            }
            fn stand_in() -> Self {
                $ty { $($field: FromJson::stand_in()),* }
            }
        }
    };
    (@name $field:ident $name:literal) => { $name };
    (@name $field:ident) => { stringify!($field) };
    (@required req) => { true };
    (@required opt) => { false };
}

/// An enum written as one of its names.
macro_rules! choice {
    ($ty:ident { $($name:literal => $variant:ident),* $(,)? }) => {
        impl FromJson for $ty {
            const EXPECT: Expect = Expect::Choice(&[$($name),*]);
            fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
                const CHOICES: &[(&str, $ty)] = &[$(($name, $ty::$variant)),*];
                const NAMES: &[&str] = &[$($name),*];
                Ok(r.choice(CHOICES, NAMES)?.unwrap_or_else(Self::stand_in))
            }
            fn stand_in() -> Self {
                [$($ty::$variant),*][0]
            }
        }
    };
}

object!(Text, Expect::Text, { vi: opt, en: opt });

object!(Meta, Expect::Object, {
    title: req, lede: opt, event_date: req, published: opt, place: req, source: req, author: opt, photos: opt,
});

object!(Source, Expect::Object, { outlet: req, url: opt });

object!(Photo, Expect::Object, { caption: req, src: opt, section: opt });

object!(Participant, Expect::Object, { person: opt, group: opt, roles: opt, side: req });

object!(Section, Expect::Object, {
    id: req, kind: req, title: req, paragraphs: opt, items: opt, indicators: opt,
});

object!(Indicator, Expect::Object, {
    id: req, label: req, value: opt, value_to: opt, qualifier: opt, unit: opt, currency: opt, per: opt, plan: opt,
    share_of_plan: opt, period: opt, note: opt, counts: opt, decimals: opt, percent: opt, total: opt,
    better: opt, references: opt, changes: opt, target: opt, estimated: opt, quote: opt,
});

object!(Reference, Expect::Object, { kind: req, by: opt, value: opt, share: opt });

object!(Change, Expect::Object, { value: req, measure: req, against: req });

object!(Target, Expect::Object, { value: req, qualifier: opt, deadline: opt });

object!(Count, Expect::Object, { label: req, value: req, unit: opt });

choice!(Side { "delegation" => Delegation, "host" => Host, "other" => Other });

choice!(SectionKind {
    "party_building" => PartyBuilding, "resolution_implementation" => ResolutionImplementation,
    "economy" => Economy, "culture_society" => CultureSociety, "discussion" => Discussion,
    "proposed_tasks" => ProposedTasks, "conclusion" => Conclusion, "directives" => Directives,
    "other" => Other,
});

choice!(Qualifier {
    "more_than" => MoreThan, "nearly" => Nearly, "at_least" => AtLeast, "about" => About, "at_most" => AtMost, "less_than" => LessThan,
});

choice!(Better { "higher" => Higher, "lower" => Lower });

choice!(ReferenceKind {
    "plan" => Plan, "estimate" => Estimate, "target" => Target, "resolution_target" => ResolutionTarget,
});

choice!(ChangeMeasure { "percent" => Percent, "points" => Points, "absolute" => Absolute });

/// The format version as written, and where: only the number 1 is this format. Kept as text so
/// that `"1"`, `1.0` or `2` can be named back in the message.
pub struct Version {
    pub written: String,
    pub at: usize,
}

impl FromJson for Version {
    const EXPECT: Expect = Expect::Number;
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        r.cur.skip_ws();
        let at = r.cur.pos;
        r.cur.skip_value()?;
        Ok(Version { written: r.cur.text()[at..r.cur.pos].to_owned(), at })
    }
    fn stand_in() -> Self {
        Version { written: String::new(), at: 0 }
    }
}

/// The whole report: its fields, and the version as written (`None` when it is missing).
pub fn read_root(r: &mut Reader<'_>) -> Result<(Report, Option<Version>), Stop> {
    const NAMES: &[&str] = &["$schema", "format", "meta", "participants", "sections", "indicators"];
    let (mut schema, mut format, mut meta, mut participants, mut sections, mut indicators) =
        (None, None, None, None, None, None);
    let read = r.object(Expect::Object, NAMES, &mut |r, i| {
        match i {
            0 => fill(r, &mut schema),
            1 => fill(r, &mut format),
            2 => fill(r, &mut meta),
            3 => fill(r, &mut participants),
            4 => fill(r, &mut sections),
            _ => fill(r, &mut indicators),
        }
    })?;
    if let Some(at) = read {
        for (name, present, expected) in [("meta", meta.is_some(), Expect::Object), ("sections", sections.is_some(), Expect::List)] {
            if !present {
                r.missing(name, expected, at);
            }
        }
    }
    let report = Report {
        schema: take(schema),
        format: 1,
        meta: take(meta),
        participants: take(participants),
        sections: take(sections),
        indicators: take(indicators),
    };
    Ok((report, format))
}

impl Version {
    /// Whether this is the version this widget reads (1, written as a whole number).
    pub fn is_current(&self) -> bool {
        self.written == FORMAT_VERSION.to_string()
    }
}
