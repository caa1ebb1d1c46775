package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBufferTest {

    @Test
    void collapsesSpacesAcrossPiecesAndTrimsBothEnds() {
        TextBuffer text = new TextBuffer()
                .append("  Cải cách ")
                .append(" hành\u00A0\u00A0chính")
                .space()
                .append("\tsố\n")
                .append("hoá ");

        assertThat(text.take()).isEqualTo("Cải cách hành chính số hoá");
    }

    @Test
    void keepsPiecesWithoutSpaceBetweenThemJoined() {
        assertThat(new TextBuffer().append("Chính").append("quyền").take()).isEqualTo("Chínhquyền");
    }

    @Test
    void collapsesInsideAPiece() {
        assertThat(new TextBuffer().append("a  b\r\n c\u2003d").take()).isEqualTo("a b c d");
    }

    @Test
    void isEmptyAfterTake() {
        TextBuffer text = new TextBuffer().append("x").space();
        text.take();

        assertThat(text.isEmpty()).isTrue();
        assertThat(text.append("y").take()).isEqualTo("y");
    }
}
