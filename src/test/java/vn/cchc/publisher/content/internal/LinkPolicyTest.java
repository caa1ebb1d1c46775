package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkPolicyTest {

    @Test
    void allowsRelativeUrlsAndTheListedSchemes() {
        assertThat(LinkPolicy.isAllowed("/gioi-thieu/", LinkPolicy.LINK_SCHEMES))
                .isTrue();
        assertThat(LinkPolicy.isAllowed("#muc-1", LinkPolicy.LINK_SCHEMES)).isTrue();
        assertThat(LinkPolicy.isAllowed("img/a.jpg", LinkPolicy.IMAGE_SCHEMES)).isTrue();
        assertThat(LinkPolicy.isAllowed("2026/03:tin", LinkPolicy.LINK_SCHEMES)).isTrue();
        assertThat(LinkPolicy.isAllowed("HTTPS://ok.example", LinkPolicy.LINK_SCHEMES))
                .isTrue();
        assertThat(LinkPolicy.isAllowed("mailto:a@example.vn", LinkPolicy.LINK_SCHEMES))
                .isTrue();
        assertThat(LinkPolicy.isAllowed("mailto:a@example.vn", LinkPolicy.IMAGE_SCHEMES))
                .isFalse();
    }

    @Test
    void refusesScriptAndDataUrlsHoweverTheyAreWritten() {
        assertThat(LinkPolicy.isAllowed("javascript:alert(1)", LinkPolicy.LINK_SCHEMES))
                .isFalse();
        assertThat(LinkPolicy.isAllowed("JaVaScRiPt:alert(1)", LinkPolicy.LINK_SCHEMES))
                .isFalse();
        assertThat(LinkPolicy.isAllowed(" \tjava\nscript:alert(1)", LinkPolicy.LINK_SCHEMES))
                .isFalse();
        assertThat(LinkPolicy.isAllowed("java\u0000script:alert(1)", LinkPolicy.LINK_SCHEMES))
                .isFalse();
        assertThat(LinkPolicy.isAllowed("vbscript:msgbox(1)", LinkPolicy.LINK_SCHEMES))
                .isFalse();
        assertThat(LinkPolicy.isAllowed("data:text/html,x", LinkPolicy.LINK_SCHEMES))
                .isFalse();
        assertThat(LinkPolicy.isAllowed("data:image/png;base64,AAAA", LinkPolicy.IMAGE_SCHEMES))
                .isFalse();
    }

    @Test
    void readsTheHostOfHttpUrlsOnly() {
        assertThat(LinkPolicy.host("https://User@TTYT.example.vn:8443/a?b#c")).isEqualTo("ttyt.example.vn");
        assertThat(LinkPolicy.host("http://[::1]:8080/site")).isEqualTo("[::1]");
        assertThat(LinkPolicy.host("http://localhost")).isEqualTo("localhost");
        assertThat(LinkPolicy.host("/tin-bai/")).isNull();
        assertThat(LinkPolicy.host("mailto:a@b.vn")).isNull();
    }

    @Test
    void callsLinksToOtherHostsExternal() {
        assertThat(LinkPolicy.isExternal("https://dichvucong.gov.vn/", "ttyt.example.vn"))
                .isTrue();
        assertThat(LinkPolicy.isExternal("https://ttyt.example.vn/a", "ttyt.example.vn"))
                .isFalse();
        assertThat(LinkPolicy.isExternal("//evil.example/a", "ttyt.example.vn")).isTrue();
        assertThat(LinkPolicy.isExternal("/a", "ttyt.example.vn")).isFalse();
    }
}
