package vn.cchc.publisher.channel.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import vn.cchc.publisher.channel.http.HttpReply;

class GraphErrorTest {

    @Test
    void readsCodeSubcodeAndMessage() {
        GraphError error = GraphError.of(new HttpReply(
                400,
                new HttpHeaders(),
                "{\"error\":{\"message\":\"(#200) Permissions error.\",\"type\":\"OAuthException\",\"code\":200,"
                        + "\"error_subcode\":1,\"fbtrace_id\":\"x\"}}"));

        assertThat(error).isEqualTo(new GraphError(400, 200, 1, "(#200) Permissions error."));
        assertThat(error.describe()).isEqualTo("(#200/1) Permissions error");
    }

    @Test
    void aBodyWithoutAGraphErrorIsDescribedByItsStatus() {
        GraphError error = GraphError.of(new HttpReply(502, new HttpHeaders(), "<html>Bad Gateway</html>"));

        assertThat(error.code()).isZero();
        assertThat(error.describe()).isEqualTo("(HTTP 502) HTTP 502");
    }
}
