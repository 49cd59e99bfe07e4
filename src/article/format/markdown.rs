//! Markdown: the text a reader sees once it is rendered (CommonMark with tables,
//! strikethrough and footnotes, by `pulldown-cmark`), each block a paragraph, positions kept
//! through the parser's source ranges.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::Builder;

/// Render `source[body]` into `text`.
pub(super) fn render(source: &str, body: Range<usize>, text: &mut Builder) {
    let base = body.start;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES;
    // Images' alternative text is not the article's: it is skipped, as HTML comments are.
    let mut in_image = 0usize;
    let mut in_code_block = false;
    for (event, range) in Parser::new_ext(&source[body], options).into_offset_iter() {
        let range = base + range.start..base + range.end;
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ if in_image > 0 => {}
            Event::Start(Tag::CodeBlock(_)) => {
                in_code_block = true;
                text.paragraph(range.start);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                text.paragraph(range.end);
            }
            Event::Start(tag) => match tag {
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::Item
                | Tag::List(_)
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::FootnoteDefinition(_)
                | Tag::HtmlBlock => text.paragraph(range.start),
                Tag::TableCell if !text.ends_with_space() => text.put(" | ", range.start),
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::Item
                | TagEnd::List(_)
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::FootnoteDefinition => text.paragraph(range.end),
                _ => {}
            },
            Event::Text(words) if in_code_block => {
                // Each line of a code block is a row of its own (a table, a data excerpt).
                let verbatim = source.get(range.clone()) == Some(&*words);
                let mut at = 0;
                for line in words.split_inclusive('\n') {
                    let content = line.trim_end_matches(['\n', '\r']);
                    if verbatim {
                        text.verbatim(source, range.start + at..range.start + at + content.len());
                    } else {
                        text.put(content, range.start);
                    }
                    at += line.len();
                    text.paragraph(range.start + at.min(range.len()));
                }
            }
            Event::Text(words) | Event::Code(words) => text.decoded(source, &words, range),
            Event::SoftBreak | Event::HardBreak => text.line_break(range.start),
            Event::Rule => text.paragraph(range.start),
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Format, render};

    fn rendered(source: &str) -> (String, super::super::SourceMap) {
        let rendered = render(Format::Markdown, source).unwrap();
        (rendered.text.unwrap(), rendered.map)
    }

    #[test]
    fn markup_is_left_out_and_blocks_are_paragraphs() {
        let source = "# Fares rise\n\nThe **city** raised _bus_ fares by [10%](https://x.example) on\nMonday.\n\n- Adults: £2.50\n- Children: £1\n\n> \"We had no choice,\" the mayor said.\n\n![A bus at a stop](bus.jpg)\n\n<!-- editor: check figure -->\n\nA \\*starred\\* word &amp; an entity.\n";
        let (text, _) = rendered(source);
        assert_eq!(
            text,
            "Fares rise\n\nThe city raised bus fares by 10% on\nMonday.\n\nAdults: £2.50\n\nChildren: £1\n\n\"We had no choice,\" the mayor said.\n\nA *starred* word & an entity.\n"
        );
    }

    #[test]
    fn offsets_point_into_the_markdown_source() {
        let source = "---\ntitle: T\n---\n# Head\n\nFares rose by **10%** on Monday.\n";
        let (text, map) = rendered(source);
        for needle in ["Head", "10%", "Monday", "Fares"] {
            let at = text.find(needle).unwrap();
            let in_source = map.to_source(at);
            assert_eq!(&source[in_source..in_source + needle.len()], needle);
        }
    }
}
