package vn.cchc.publisher.channel.http;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.cchc.publisher.channel.ChannelsProperties;

/** The pieces every adapter's configuration uses: secrets from the environment, the clock, retries. */
@Configuration(proxyBeanMethods = false)
public class ChannelHttpConfiguration {

    @Bean
    SecretSource channelSecrets(Environment environment) {
        return new EnvironmentSecrets(environment);
    }

    /** The application's clock if it declares one, else the system clock in UTC. */
    public static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfUnique(Clock::systemUTC);
    }

    /** A retry loop with real waits. */
    public static RetryLoop retryLoop(ChannelsProperties.Retry settings, Clock clock) {
        return new RetryLoop(settings, new Backoff(settings), clock, Pause.blocking());
    }
}
