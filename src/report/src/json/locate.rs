//! Byte offsets → the line and column an editor shows: 1-based, the column counted in characters
//! (a Vietnamese letter is one column, not two or three bytes).

/// Line and column of each offset, in one pass over the text however many there are.
/// `offsets` must be in ascending order.
pub fn line_columns(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut pos, mut line, mut column) = (0, 1, 1);
    offsets
        .iter()
        .map(|&offset| {
            let target = offset.min(bytes.len());
            while pos < target {
                match bytes[pos] {
                    b'\n' => {
                        line += 1;
                        column = 1;
                    }
                    // UTF-8 continuation bytes belong to the character already counted.
                    b if b & 0xC0 == 0x80 => {}
                    _ => column += 1,
                }
                pos += 1;
            }
            (line, column)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::line_columns;

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "{\n  \"tiêu đề\": x\n}";
        let x = text.find('x').unwrap();
        assert_eq!(line_columns(text, &[0, x, text.len()]), [(1, 1), (2, 14), (3, 2)]);
    }
}
