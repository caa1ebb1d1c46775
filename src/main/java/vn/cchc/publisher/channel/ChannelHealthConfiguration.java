package vn.cchc.publisher.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.publisher.shared.Channel;

/**
 * The {@code channels} health component of {@code /actuator/health}: one entry per channel ({@code
 * website}, {@code facebook}, {@code zalo}).
 */
@Configuration(proxyBeanMethods = false)
class ChannelHealthConfiguration {

    @Bean
    ChannelChecks channelChecks(
            Channels channels,
            Clock clock,
            @Value("${cchc.health.channel-check-interval:5m}") Duration interval,
            @Value("${cchc.health.channel-check-wait:3s}") Duration wait) {
        return new ChannelChecks(channels, clock, interval, wait);
    }

    @Bean
    CompositeHealthContributor channelsHealthContributor(ChannelChecks health) {
        Map<String, HealthIndicator> perChannel = new LinkedHashMap<>();
        Arrays.stream(Channel.values()).forEach(channel -> perChannel.put(channel.id(), () -> health.health(channel)));
        return CompositeHealthContributor.fromMap(perChannel);
    }
}
