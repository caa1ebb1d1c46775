package vn.cchc.publisher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.cchc.publisher.cli.Cli;

/**
 * Entry point. With no arguments, or with {@code serve}, the service starts with its web server and
 * scheduler; any other first argument is a command-line command that runs without a web server and
 * exits with its own status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CchcPublisherApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(CchcPublisherApplication.class);
        if (Cli.isServe(args)) {
            app.run(args);
            return;
        }
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        System.exit(SpringApplication.exit(app.run(args)));
    }
}
