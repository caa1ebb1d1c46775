package vn.cchc.publisher.channel.local;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.cchc.publisher.TestTemplates;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.content.ContentProperties;

/** The real built-in site, writing under a directory of the test's, for other modules' tests. */
public final class TestLocalSites {

    private TestLocalSites() {}

    /** A local site named "TTYT Thử nghiệm" at {@code baseUrl}, pages under {@code siteDir}, images from {@code content}. */
    public static LocalSite create(String baseUrl, Path siteDir, Path content, Instant now) {
        StaticListableBeanFactory beans =
                new StaticListableBeanFactory(Map.of("clock", Clock.fixed(now, ZoneOffset.UTC)));
        return new StaticLocalSite(
                new SiteProperties(baseUrl, siteDir, "TTYT Thử nghiệm"),
                new ContentProperties(content, "TTYT", List.of()),
                TestTemplates.engine(),
                new StaticLocalSiteTest.FakeTthcPages(),
                beans.getBeanProvider(Clock.class));
    }
}
