//! Review flags: the parts of a draft the drafter is unsure of, each at its place in the report
//! (the one path grammar, `report::path`: `indicators[3]`, `participants[1]`, `sections[2]`,
//! `meta.event_date`) with a reason. They are kept beside the report, never in it: the published
//! format has no place for a drafter's doubts. The reasons' words, in Vietnamese and English, are
//! here and nowhere else; the command's summary and the editor's "check these first" list both
//! say them from here.

/// Why a part of the draft needs an editor's eye first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// The session's year comes from the text: there is no date line.
    YearFromText,
    /// No session date in the text: the publication date stands in for it.
    PublicationDate,
    /// No date at all: a placeholder.
    DateNotFound,
    /// The outlet comes from a sign-off or a photo credit.
    OutletFromSignoff,
    /// The place is guessed from the opening sentence.
    PlaceGuessed,
    /// The place's province comes from the outlet's, not from the text.
    ProvinceFromOutlet,
    /// A person's side is guessed from their office.
    SideGuessed,
    /// "28.000 - 34.000 tỷ đồng": a range, both ends to check.
    Range,
    /// The label was taken from the figure before it.
    LabelFromPrevious,
    /// The label may not name the figure (one word, a preposition at its end, a date first).
    LabelWeak,
    /// "1.698 người ở 120 xã": the second figure's label is joined to the first's.
    TwoFigures,
    /// "(chiếm 59,4%)": a share of the figure before it, under that figure's label.
    ShareOfPrevious,
    /// "đạt 915 tỷ đồng, tăng 30%": a change whose base is not written.
    BaseUnwritten,
    /// "phấn đấu GDP tăng trên 10,5%": a goal that is a rate of growth.
    GoalOfGrowth,
    /// "GRDP ước tăng 7,5%": a growth rate taken as the figure itself.
    GrowthRate,
    /// A section of no kind the drafter knows.
    SectionKind,
    /// A number in the section's text that the drafter could not read as a figure.
    NumberLeft,
    /// English filled from the glossary (`english/`): a suggestion to accept or correct.
    EnglishSuggested,
}

impl Reason {
    /// The reason in Vietnamese.
    pub fn vi(self) -> &'static str {
        self.words().0
    }

    /// The reason in English.
    pub fn en(self) -> &'static str {
        self.words().1
    }

    fn words(self) -> (&'static str, &'static str) {
        use Reason::*;
        match self {
            YearFromText => ("năm lấy từ nội dung bài", "year taken from the text"),
            PublicationDate => ("ngày đăng bài, không phải ngày làm việc", "the publication date, not the session's"),
            DateNotFound => ("không có ngày trong bài: ngày tạm", "date not found: a placeholder"),
            OutletFromSignoff => ("tên báo lấy từ dòng ký tên hoặc nguồn ảnh", "outlet from the sign-off or a photo credit"),
            PlaceGuessed => ("nơi đoán từ câu mở đầu", "place guessed from the opening"),
            ProvinceFromOutlet => ("tỉnh lấy theo tờ báo, bài không ghi", "the province comes from the outlet, not the text"),
            SideGuessed => ("phía đoán theo chức vụ", "side guessed from the office"),
            Range => ("khoảng A–B: kiểm tra cả hai đầu", "a range: check both its ends"),
            LabelFromPrevious => ("nhãn lấy theo số liệu đứng trước", "label taken from the figure before it"),
            LabelWeak => ("nhãn có thể không đúng số liệu", "the label may not name the figure"),
            TwoFigures => ("hai số liệu trong một cụm: nhãn ghép với số liệu trước", "two figures in one phrase: label joined to the one before"),
            ShareOfPrevious => ("tỷ lệ của số liệu đứng trước: nhãn lấy theo số liệu đó", "the share of the figure before it: its label"),
            BaseUnwritten => ("thay đổi không nêu so với gì", "a change whose base is not written"),
            GoalOfGrowth => ("mục tiêu là mức tăng/giảm (%)", "a goal of growth: the figure is a rate of change"),
            GrowthRate => ("tốc độ tăng/giảm là số liệu (%)", "a growth rate as the figure"),
            SectionKind => ("loại phần chưa rõ: hãy chọn", "kind of section not recognised: choose one"),
            NumberLeft => ("có số để lại trong bài, chưa thành số liệu", "a number left in the text, not made a figure"),
            EnglishSuggested => ("tiếng Anh gợi ý theo bảng thuật ngữ: hãy duyệt", "English suggested from the glossary: review it"),
        }
    }

    /// Whether the reason doubts a figure's label (one such flag on a figure is enough).
    pub fn about_label(self) -> bool {
        matches!(self, Reason::LabelFromPrevious | Reason::LabelWeak | Reason::TwoFigures | Reason::ShareOfPrevious)
    }
}

/// A part of the draft to check first: where it is in the report, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// A path of `report::path`'s grammar: `indicators[3]`, `participants[0]`, `meta.place`.
    pub path: String,
    pub reason: Reason,
}

impl Flag {
    /// "indicators[3]: nhãn … / the label …", as the command's summary prints it.
    pub fn line(&self) -> String {
        format!("{}: {} / {}", self.path, self.reason.vi(), self.reason.en())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_line_names_its_path_and_says_why_in_both_languages() {
        let f = Flag { path: "indicators[2]".into(), reason: Reason::Range };
        assert_eq!(f.line(), "indicators[2]: khoảng A–B: kiểm tra cả hai đầu / a range: check both its ends");
        assert!(Reason::TwoFigures.about_label() && !Reason::Range.about_label());
    }
}
