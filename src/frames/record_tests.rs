//! Tests of `record.rs`, beside it so the module itself stays short.

use ratatui::buffer::Buffer;

use super::*;

#[test]
fn a_cell_is_recorded_in_8_bytes() {
    assert!(std::mem::size_of::<RecordedCell>() <= 8);
}

#[test]
fn rows_move_as_the_model_moves_them() {
    for (rows, by) in [
        (1..5, 2),
        (1..5, -1),
        (0..4, 9),
        (0..4, -9),
        (2..4, 1),
        (3..3, 1),
    ] {
        let mut buffer = crate::frames::tests::numbered(6);
        let mut record = Record::of(&buffer);
        record.move_rows(rows.clone(), by);
        crate::frames::tests::shift_rows(&mut buffer, rows, by);
        assert_eq!(record.decoded(), buffer.content);
    }
}

#[test]
fn graphemes_of_several_chars_are_interned_once() {
    let mut buffer = Buffer::empty(Rect::new(0, 0, 8, 1));
    buffer.set_string(0, 0, "❤️e\u{301}❤️", ratatui::style::Style::new());
    let record = Record::of(&buffer);
    assert_eq!(record.decoded(), buffer.content);
    assert_eq!(record.table_sizes(), (1, 2));
}

#[test]
fn tables_stay_bounded_while_styles_keep_changing() {
    let area = Rect::new(0, 0, 4, 2);
    let mut record = Record::with_limits(area, 16, usize::from(u16::MAX) + 1);
    let mut buffer = Buffer::empty(area);
    for frame in 0..200u8 {
        for (index, cell) in buffer.content.iter_mut().enumerate() {
            let index = u8::try_from(index).unwrap_or(0);
            cell.fg = Color::Rgb(frame, index, 0);
            let base = char::from(b'a' + (frame + index) % 26);
            cell.set_symbol(&format!("{base}\u{301}"));
        }
        record.update_rows(&buffer.content, &[]);
        assert_eq!(record.decoded(), buffer.content);
        let (styles, symbols) = record.table_sizes();
        // Twice what can be on screen (8 cells and the default style), plus one row's
        // new entries before the check between rows.
        assert!(
            styles <= 2 * 9 + 4 && symbols <= 2 * 9 + 4,
            "{styles} {symbols}"
        );
    }
}

#[test]
fn more_styles_than_the_table_holds_lose_the_record() {
    let area = Rect::new(0, 0, 4, 1);
    let mut record = Record::with_limits(area, 2, 3);
    let mut buffer = Buffer::empty(area);
    for (index, cell) in buffer.content.iter_mut().enumerate() {
        cell.fg = Color::Indexed(u8::try_from(index).unwrap_or(0));
    }
    record.update_rows(&buffer.content, &[]);
    assert!(record.is_lost());
    record.clear(area);
    assert!(!record.is_lost());
    assert_eq!(record.decoded(), Buffer::empty(area).content);
}
