package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.cchc.publisher.audit.report.Reports;

/** Without any {@link Reports} implementation the application starts and the page says so. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "lanhdao", roles = "APPROVER")
class ReportsPageWithoutReportsTests {

    @TestConfiguration
    static class NoReports {
        /** Takes out whatever implementation the application has. */
        @Bean
        static BeanFactoryPostProcessor withoutReports() {
            return factory -> {
                for (String name : factory.getBeanNamesForType(Reports.class, true, false)) {
                    ((BeanDefinitionRegistry) factory).removeBeanDefinition(name);
                }
            };
        }
    }

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) throws IOException {
        UiFixtures.twoUnits(dir, registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void thePageTellsThatReportsAreMissing() {
        MvcTestResult result = mvc.get().uri("/reports").exchange();

        assertThat(result).hasStatusOk();
        Document page = UiFixtures.html(result);
        assertThat(page.select("#reports-missing").text())
                .isEqualTo("Chức năng lập báo cáo chưa có trong bản cài đặt này, nên chưa tải được báo cáo.");
        assertThat(page.select("form[action=/reports] button").hasAttr("disabled"))
                .isTrue();

        MvcTestResult posted = mvc.post()
                .uri("/reports")
                .param("period", "2026-Q1")
                .param("unit", "")
                .param("format", "xlsx")
                .with(csrf())
                .exchange();
        assertThat(posted).hasStatus(503);
        assertThat(UiFixtures.html(posted).select("#reports-missing")).hasSize(1);
    }
}
