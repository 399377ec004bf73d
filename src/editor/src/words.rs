//! Every string of the editor page, in Vietnamese and English. Kept apart from the widget's own
//! catalogue (`report::wording::Msg`), whose strings ship in every reader's wasm; these are linked only
//! by the editor. One line per string, both languages side by side, so neither can be forgotten.

use report::locale::Locale;

macro_rules! words {
    ($($name:ident => $vi:literal, $en:literal;)*) => {
        /// A string of the editor's interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum W { $($name),* }

        impl W {
            pub const ALL: &'static [W] = &[$(W::$name),*];

            pub fn text(self, l: Locale) -> &'static str {
                match (self, l) {
                    $((W::$name, Locale::Vi) => $vi, (W::$name, Locale::En) => $en,)*
                }
            }
        }
    };
}

words! {
    AppTitle => "Soạn báo cáo buổi làm việc", "Work-session report editor";
    Intro => "Dán một bài báo, kiểm tra bản nháp, thêm tiếng Anh rồi xuất bản. Mọi thứ ở lại trong trình duyệt này, không gửi đi đâu.", "Paste an article, check the draft, add the English, then publish. Everything stays in this browser; nothing is uploaded.";
    UiLanguage => "Ngôn ngữ giao diện", "Interface language";
    Steps => "Các bước", "Steps";
    TabArticle => "1. Bài báo", "1. Article";
    TabReview => "2. Kiểm tra", "2. Review";
    TabEnglish => "3. Tiếng Anh", "3. English";
    TabJson => "4. JSON", "4. JSON";
    TabPublish => "5. Xuất bản", "5. Publish";
    Saved => "Đã lưu trong trình duyệt này", "Saved in this browser";
    NotStored => "Trình duyệt không cho lưu: đừng đóng trang trước khi xuất bản.", "This browser refuses storage: do not close the page before publishing.";
    ArticleLabel => "Bài báo: dán toàn bộ văn bản (ngày đăng, tiêu đề, sa-pô, nội dung, tác giả)", "The article: paste its whole text (date line, title, standfirst, body, byline)";
    MakeDraft => "Lập bản nháp", "Make the draft";
    OpenText => "Mở tệp bài báo (.txt)", "Open an article file (.txt)";
    OpenReport => "Mở tệp báo cáo (.json)", "Open a report file (.json)";
    ConfirmReplace => "Công việc hiện tại chưa được xuất bản. Thay nó bằng báo cáo mới?", "The current work has not been published. Replace it with the new report?";
    ToCheck => "Cần kiểm tra:", "To check:";
    ToCheckIntro => "Những chỗ cần xem trước khi xuất bản: chỗ bản nháp chưa chắc chắn, chỗ còn để trống. Chọn một mục để đến ô của nó.", "What to look at before publishing: where the draft is unsure, what is still a placeholder. Choose one to go to its field.";
    NothingToCheck => "Không còn gì cần kiểm tra.", "Nothing left to check.";
    MarkChecked => "Đã kiểm tra", "Mark checked";
    SuggestedEnglish => "Tiếng Anh gợi ý theo bảng thuật ngữ: hãy duyệt", "English suggested from the glossary: review it";
    PlaceholderLeft => "còn chỗ để trống", "still a placeholder";
    NoRole => "chưa có chức vụ", "no role given";
    HasProblems => "Báo cáo còn vấn đề, mỗi vấn đề ở dòng của nó trong thẻ JSON:", "The report still has problems, each at its line in the JSON step:";
    SeeProblems => "Xem các vấn đề", "See the problems";
    Preview => "Xem trước", "Preview";
    NoValidYet => "Báo cáo chưa hiển thị được: các vấn đề của nó ở thẻ JSON, mỗi vấn đề ở dòng của nó.", "The report cannot be shown yet: its problems are in the JSON step, each at its line.";
    PreviewStale => "Báo cáo đang có vấn đề (xem thẻ JSON): bản xem trước là phiên bản hợp lệ gần nhất.", "The report has problems (see the JSON tab): the preview shows the last valid version.";
    NoReport => "Chưa có báo cáo. Dán một bài báo ở bước 1 để bắt đầu.", "No report yet. Paste an article in step 1 to begin.";
    Broken => "Báo cáo chưa đúng cấu trúc nên chưa hiện được bằng biểu mẫu: sửa ở thẻ JSON trước.", "The report's structure is broken, so the forms cannot show it: fix it in the JSON tab first.";
    About => "Thông tin chung", "About the session";
    Title => "Tiêu đề", "Title";
    Lede => "Sa-pô", "Standfirst";
    EventDate => "Ngày làm việc", "Session date";
    Published => "Ngày đăng", "Published";
    Place => "Địa điểm", "Place";
    Outlet => "Tên báo", "Outlet";
    Url => "Địa chỉ bài gốc (https://…)", "Original article's address (https://…)";
    Author => "Tác giả", "Author";
    People => "Người tham dự", "Participants";
    Name => "Họ tên", "Name";
    GroupName => "Tên nhóm", "Group";
    Side => "Phía", "Side";
    Delegation => "Đoàn công tác", "Visiting delegation";
    Host => "Nơi được làm việc", "Host";
    OtherSide => "Khác", "Other";
    Roles => "Chức vụ (mỗi dòng một chức vụ, cao nhất trước)", "Roles (one per line, most senior first)";
    AddPerson => "Thêm người", "Add a person";
    AddGroup => "Thêm nhóm", "Add a group";
    Remove => "Xoá", "Remove";
    Sections => "Các mục", "Sections";
    Id => "Mã (dùng trong liên kết)", "Id (used in links)";
    Kind => "Loại", "Kind";
    Paragraphs => "Đoạn văn (mỗi dòng một đoạn)", "Paragraphs (one per line)";
    Items => "Ý liệt kê (mỗi dòng một ý)", "Bullet items (one per line)";
    AddSection => "Thêm mục", "Add a section";
    Indicators => "Chỉ số", "Indicators";
    AsReported => "Câu gốc trong bài", "As the article says it";
    NoQuote => "Không có câu gốc: hãy đối chiếu với bài báo.", "No source sentence: check it against the article.";
    Label => "Tên chỉ số", "Label";
    Value => "Giá trị", "Value";
    ValueTo => "Đến (khoảng số, vd. 10–12)", "Up to (a range, e.g. 10–12)";
    Qualifier => "Mức", "Qualifier";
    Exact => "đúng bằng", "exactly";
    Unit => "Đơn vị", "Unit";
    Currency => "Tiền tệ (mã ISO, vd. VND)", "Currency (ISO code, e.g. VND)";
    Per => "Tiền tính trên (vd. người/năm)", "Money per (e.g. person/year)";
    Percent => "Giá trị là một tỷ lệ %", "The value is a percentage";
    Decimals => "Số chữ số thập phân như bài viết", "Decimals as reported";
    Total => "Trên tổng số", "Out of a total of";
    Better => "Tốt hơn khi", "Better when";
    Higher => "cao hơn", "higher";
    Lower => "thấp hơn", "lower";
    NotSaid => "(không nói)", "(not said)";
    Period => "Thời kỳ", "Period";
    Note => "Ghi chú", "Note";
    InSection => "Hiện trong mục", "Shown in section";
    NoSection => "(không mục nào)", "(none)";
    Plan => "Kế hoạch", "Plan";
    ShareOfPlan => "% kế hoạch", "% of plan";
    References => "Đo so với", "Measured against";
    ReferenceKind => "Loại mốc", "Kind";
    By => "Do ai đặt (vd. tỉnh giao)", "Set by (e.g. the province)";
    ReferenceValue => "Con số của mốc", "Its figure";
    Share => "Đạt (%)", "Reached (%)";
    AddReference => "Thêm mốc so sánh", "Add a reference";
    Changes => "Thay đổi", "Changes";
    Measure => "Tính bằng", "Measured in";
    MeasurePercent => "% so với trước", "percent";
    MeasurePoints => "điểm phần trăm", "percentage points";
    MeasureAbsolute => "đơn vị của chỉ số", "the indicator's unit";
    Against => "So với", "Compared with";
    AddChange => "Thêm thay đổi", "Add a change";
    Counts => "Số đếm", "Counts";
    CountLabel => "Đếm gì", "What is counted";
    AddCount => "Thêm số đếm", "Add a count";
    AddIndicator => "Thêm chỉ số", "Add an indicator";
    Target => "Mục tiêu phía trước", "Goal ahead";
    Deadline => "Đến (vd. hết năm 2024)", "By (e.g. the end of 2024)";
    AddTarget => "Thêm mục tiêu", "Add a goal";
    ReadersSee => "Người đọc thấy:", "Readers see:";
    // A closed indicator card: its set fields in short words, and the control that opens the rest.
    ShortValueTo => "Đến", "Up to";
    ShortCurrency => "Tiền tệ", "Currency";
    ShortPer => "Tính trên", "Per";
    ShortPercent => "Tỷ lệ", "Percentage";
    ShortDecimals => "Số lẻ", "Decimals";
    ShortTotal => "Trên tổng số", "Out of";
    ShortTarget => "Mục tiêu", "Goal";
    NothingSet => "Chưa điền trường nào.", "No field set yet.";
    AllFields => "Mọi trường", "All fields";
    // Said in the review's live region after a removal, with the button that takes it back.
    IndicatorRemoved => "Đã xoá chỉ số.", "Indicator removed.";
    SectionRemoved => "Đã xoá mục.", "Section removed.";
    PersonRemoved => "Đã xoá người tham dự.", "Participant removed.";
    PhotoRemoved => "Đã xoá ảnh.", "Photo removed.";
    EntryRemoved => "Đã xoá.", "Removed.";
    UndoRemoval => "Hoàn tác việc xoá", "Undo the removal";
    NotADate => "Không đọc được ngày: viết như 28/11/2020.", "Not a date: write it as 28/11/2020.";
    NotANumber => "Không phải một con số: giá trị cũ được giữ.", "Not a number: the previous value is kept.";
    ProblemsHere => "Vấn đề ở đây:", "Problems here:";
    EnglishIntro => "Mỗi văn bản tiếng Việt với bản tiếng Anh bên cạnh. Văn bản chưa có tiếng Anh vẫn hiện cho người đọc tiếng Anh, bằng tiếng Việt và có ghi chú.", "Each Vietnamese text with its English beside it. A text without English is still shown to English readers, in Vietnamese with a note.";
    OnlyMissing => "Chỉ hiện những văn bản còn thiếu tiếng Anh", "Show only the texts without English";
    History => "Hoàn tác và làm lại", "Undo and redo";
    Undo => "Hoàn tác", "Undo";
    Redo => "Làm lại", "Redo";
    Photos => "Ảnh", "Photos";
    NoPhotos => "Chưa có ảnh. Một đoạn là chú thích ảnh có thể chuyển thành ảnh từ mục của nó (\"Chuyển đến\").", "No photos. A paragraph that is a photo caption can be made one from its section (\"Move to\").";
    Caption => "Chú thích ảnh", "Caption";
    ShownAfter => "Hiện sau", "Shown after";
    AfterHeader => "Phần đầu báo cáo", "The report's header";
    ImageAddress => "Địa chỉ ảnh (https://… hoặc đường dẫn)", "Image address (https://… or a path)";
    CaptionToParagraph => "Chuyển thành đoạn văn", "Make it a paragraph";
    ToPhoto => "Chú thích ảnh (sau mục này)", "A photo caption (after this section)";
    MoveUp => "Lên trên", "Move up";
    MoveDown => "Xuống dưới", "Move down";
    ParagraphToMove => "Đoạn", "Paragraph";
    MoveTo => "Chuyển đến", "Move to";
    SplitHere => "Phần mới bắt đầu từ đoạn này", "A new section starting here";
    MoveParagraph => "Chuyển đoạn", "Move the paragraph";
    UntitledSection => "(phần chưa có tiêu đề)", "(untitled section)";
    PasteTranslation => "Dán một bản dịch có sẵn", "Paste a translation you already have";
    PasteTranslationIntro => "Bản dịch của cả bài (từ người dịch, đồng nghiệp hay ấn bản tiếng Anh của tờ báo), mỗi đoạn một dòng. Trang ghép từng đoạn với văn bản tiếng Việt theo thứ tự, số liệu và tên riêng; bạn chấp nhận hoặc sửa từng cặp.", "The whole article's translation (from a translator, a colleague or the outlet's English edition), a paragraph a line. The page pairs each piece with a Vietnamese text by order, numbers and names; you accept or correct each pair.";
    TranslationLabel => "Bản dịch tiếng Anh", "The English translation";
    LineUp => "Ghép với báo cáo", "Line it up with the report";
    Proposed => "Đề xuất", "Proposed";
    Accept => "Chấp nhận", "Accept";
    AcceptAll => "Chấp nhận tất cả", "Accept all";
    NoneLinedUp => "Không ghép được đoạn nào: mọi văn bản đã có tiếng Anh, hoặc bản dịch trống.", "Nothing lined up: every text already has English, or the translation is empty.";
    ByNumbers => "cùng số liệu", "same figures";
    ByNames => "cùng tên riêng", "same names";
    ByOrder => "theo thứ tự: hãy kiểm tra", "by order only: check it";
    AllTranslated => "Mọi văn bản đã có tiếng Anh.", "Every text has its English.";
    Vietnamese => "Tiếng Việt", "Vietnamese";
    English => "Tiếng Anh", "English";
    Missing => "Còn thiếu:", "Missing:";
    JsonLabel => "JSON của báo cáo (sửa trực tiếp được)", "The report's JSON (you can edit it here)";
    Problems => "Vấn đề", "Problems";
    NoProblems => "Không có vấn đề: báo cáo hợp lệ.", "No problems: the report is valid.";
    Whole => "toàn tệp", "the whole file";
    ReportFile => "Tệp báo cáo", "The report file";
    ReportFileHelp => "Bản báo cáo để đăng lên trang của bạn, hoặc để mở lại trong trình soạn này sau.", "The report to upload to your site, or to open again in this editor later.";
    DownloadJson => "Tải tệp báo cáo (.json)", "Download the report file (.json)";
    Snippet => "Đoạn mã nhúng vào bài báo", "Embed snippet for the article";
    SnippetHelp => "Đăng tệp báo cáo lên trang của bạn, rồi dán đoạn mã này vào bài báo. Đoạn mã mang sẵn báo cáo: người đọc thấy ngay, cả khi tắt JavaScript.", "Upload the report file to your site, then paste this snippet into the article. It carries the report: readers see it at once, even with JavaScript off.";
    SnippetSrc => "Địa chỉ tệp báo cáo (so với trang bài báo)", "The report file's address (relative to the article's page)";
    SnippetBase => "Thư mục chứa các tệp của tiện ích", "Where the widget's files are";
    StartIn => "Ngôn ngữ ban đầu", "Language to start in";
    CopySnippet => "Chép đoạn mã", "Copy the snippet";
    Copied => "Đã chép vào bộ nhớ tạm.", "Copied to the clipboard.";
    CopyRefused => "Trình duyệt không cho chép: hãy chọn đoạn mã ở trên và chép.", "The browser refused to copy: select the snippet above and copy it.";
    Standalone => "Trang HTML độc lập", "Self-contained HTML page";
    StandaloneHelp => "Một tệp duy nhất chứa tiện ích, báo cáo và kiểu trình bày: mở được không cần mạng, gửi qua thư được.", "One file holding the widget, the report and its styles: opens with no network, and can be mailed.";
    DownloadStandalone => "Tải trang HTML độc lập", "Download the self-contained page";
    Making => "Đang tạo trang…", "Making the page…";
    Made => "Đã tạo trang.", "The page is made.";
    NotYetValid => "Báo cáo còn vấn đề (thẻ JSON): sửa xong mới xuất bản được.", "The report still has problems (JSON tab): fix them before publishing.";
    Downloaded => "Đã tải xuống.", "Downloaded.";
    SessionDate => "Ngày làm việc, nếu bài không ghi", "Session date, if the article gives none";
    DateMissing => "Bài không ghi ngày làm việc: hãy nhập ngày vào ô “Ngày làm việc” ở trên.", "The article gives no session date: enter it in the “Session date” field above.";
    DraftFailed => "Bài báo này chưa lập được báo cáo; văn bản đã dán vẫn được giữ.", "No report could be drafted from this article; the text you pasted is kept.";
    PreviewPrevious => "Đây là báo cáo trước đó, không phải của bài báo vừa dán.", "This is the previous report, not the article just pasted.";
}

/// Sentences with figures in them.
pub fn drafted(l: Locale, people: usize, sections: usize, indicators: usize) -> String {
    match l {
        Locale::Vi => format!("Bản nháp: {people} người tham dự, {sections} mục, {indicators} chỉ số. Hãy kiểm tra từng mục ở bước 2."),
        Locale::En => format!(
            "Draft: {}, {}, {}. Check each in step 2.",
            counted(people, "participant", "participants"),
            counted(sections, "section", "sections"),
            counted(indicators, "indicator", "indicators")
        ),
    }
}

/// "Cần kiểm tra (4)" / "To check (4)".
pub fn to_check_count(l: Locale, n: usize) -> String {
    match l {
        Locale::Vi => format!("Cần kiểm tra ({n})"),
        Locale::En => format!("To check ({n})"),
    }
}

/// "12 văn bản chưa có tiếng Anh" / "12 texts without English".
pub fn without_english(l: Locale, n: usize) -> String {
    match l {
        Locale::Vi => format!("{n} văn bản chưa có tiếng Anh"),
        Locale::En => format!("{n} text{} without English", if n == 1 { "" } else { "s" }),
    }
}

/// The publish step's note while things are unchecked.
pub fn unchecked_note(l: Locale, n: usize) -> String {
    match l {
        Locale::Vi => format!("Còn {n} mục cần kiểm tra (xem \"Cần kiểm tra\" ở trên): mỗi cách xuất bản sẽ hỏi lại trước."),
        Locale::En => format!("{n} thing{} still to check (see \"To check\" above): each way of publishing asks first.", if n == 1 { "" } else { "s" }),
    }
}

/// What Publish asks before exporting a report with things unchecked.
pub fn publish_anyway(l: Locale, blocking: usize) -> String {
    match l {
        Locale::Vi => format!("Báo cáo còn {blocking} mục cần kiểm tra (xem \"Cần kiểm tra\" ở đầu trang). Vẫn xuất bản?"),
        Locale::En => format!(
            "The report still has {blocking} thing{} to check (see \"To check\" at the top). Publish anyway?",
            if blocking == 1 { "" } else { "s" }
        ),
    }
}

/// "Hoàn tác (3)" / "Undo (3)": the button and how many steps it has.
pub fn steps_word(l: Locale, w: W, n: usize) -> String {
    if n == 0 { w.text(l).to_owned() } else { format!("{} ({n})", w.text(l)) }
}

/// "12 đoạn đã ghép" / "12 pieces lined up".
pub fn lined_up(l: Locale, n: usize) -> String {
    match l {
        Locale::Vi => format!("{n} đoạn đã ghép, chưa ghi vào báo cáo:"),
        Locale::En => format!("{n} piece{} lined up, not yet in the report:", if n == 1 { "" } else { "s" }),
    }
}

pub fn missing_english(l: Locale, missing: usize, all: usize) -> String {
    match l {
        Locale::Vi => format!("{missing} trên {all} văn bản chưa có tiếng Anh."),
        Locale::En if all == 1 => format!("{missing} of 1 text has no English yet."),
        Locale::En if missing == 1 => format!("1 of {all} texts has no English yet."),
        Locale::En => format!("{missing} of {all} texts have no English yet."),
    }
}

/// "1 section", "3 sections": English counts take a singular for one.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn line(l: Locale, line: usize) -> String {
    match l {
        Locale::Vi => format!("Dòng {line}"),
        Locale::En => format!("Line {line}"),
    }
}

pub fn problem_count(l: Locale, n: usize) -> String {
    match (l, n) {
        (Locale::Vi, n) => format!("{n} vấn đề"),
        (Locale::En, 1) => "1 problem".to_owned(),
        (Locale::En, n) => format!("{n} problems"),
    }
}

pub fn failed(l: Locale, what: &str) -> String {
    match l {
        Locale::Vi => format!("Không làm được: {what}"),
        Locale::En => format!("That did not work: {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_are_singular_for_one() {
        assert_eq!(drafted(Locale::En, 1, 2, 1), "Draft: 1 participant, 2 sections, 1 indicator. Check each in step 2.");
        assert_eq!(missing_english(Locale::En, 1, 5), "1 of 5 texts has no English yet.");
        assert_eq!(missing_english(Locale::En, 2, 5), "2 of 5 texts have no English yet.");
    }

    #[test]
    fn every_string_has_both_languages_and_they_differ_in_script() {
        for w in W::ALL {
            assert!(!w.text(Locale::Vi).trim().is_empty() && !w.text(Locale::En).trim().is_empty(), "{w:?}");
        }
    }
}
